"""Shorter everyday words for the long general words most frequent in the offline backend's bullets.

Measured over the corpus (words of 3+ syllables in bullets above grade 8), these general words carry
much of the reading grade; each rule here is limited to the contexts where the short form means the
same in every criterion it can match (read in the corpus):

- "medical condition(s)" → "health problem(s)", "medical history" → "health history";
- "adequate" → "good enough" (not "adequately", which would need the word moved: "controlled well enough");
- "acceptable method/form of …" and "is/are acceptable" → "allowed" (negation.py reads "is acceptable" and
  "is allowed" as the same permission; never after "not", where "not allowed" is a prohibition cue, nor
  "medically/legally acceptable", which the lexicon defines);
- "have/has (been) previously <done>" → "have (been) <done>": the perfect tense already says "before", as
  offline_plain drops "past" after "have had";
- "study participation" → "taking part in the study";
- "the study/trial period" → "the study/trial"; "the screening/treatment/run-in … period" → "… time"
  (never "menstrual period" or "postpartum period", which are not in the list);
- "additional/these/study … criteria (may) apply" → "rules" (never "criteria for", which names a
  diagnostic standard: "DSM-5 criteria for major depression", nor a capitalised name: "Terminology Criteria",
  nor "inclusion/exclusion/eligibility criteria", which the lexicon defines);
- "according to the/a/RECIST …" → "as set by" (not before a person, where it means a judgement);
- "considered to be/by …" → "thought to be/by";
- "the Investigator" (capitalised mid-sentence in many protocols, which offline_plain reads as a name) →
  "the study doctor", but not the "Investigator's Brochure" (a document); "the principal investigator" → "the
  lead study doctor";
- "study/protocol requirements", "the requirements of the study" → "study rules";
- "the previous 6 months" → "the past 6 months" (a window back from now, before a number only: not "previous
  to", nor "the previous study", which names one study, nor "the previous month", which the fact rules read apart).

After the second person ("have the ability to" exists once "Ability to …" became a sentence):
"You have the ability to" → "You are able to" (→ "You can" by offline_plain.polish), "must have the ability
to" → "must be able to", "women with the ability to" → "women who can"; a window's "30 days following" →
"30 days after", "before initiation of" → "before the start of"; and the histories offline_plain leaves:
"You have a known history of X" → "You are known to have had X" ("known" stays: not known is not never),
"a recent history of X" → "recently had X", "a history of any of these:" → "had any of these:", "You have X
or a history of Y" → "… or have had Y" (not under a "no" or an exception, not after an adjective or a noun
that shares the noun or the "of": "known or a history of X", "a current diagnosis or history of X").

"Clinically significant" is a lexicon substitute ("medically important"), so its variants follow it. A list's
heading drops "criteria" before its colon ("all of these criteria:" → "all of these:"), and "RECIST criteria"
its second "criteria" (the C of RECIST). Words left as they are, and why: "history" elsewhere ("a personal or
family history", "a history or current X": no short form keeps both times), "acceptable" before an organ's
function ("good enough" there reads to the fidelity check as a grade it cannot find in the source),
"including" (the sentence splits of offline_sentences read it), "experimental" (no shorter word keeps "not
yet approved"), "medicine", "significant" alone ("major" could read as stronger), "eligible" (eligibility
wording the negation counts read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, apply, articles, overlaps
from translator.offline_everyday import EVERYDAY
from translator.offline_grade_words import GRADE
from translator.offline_organ_words import ORGAN_WORDS
from translator.offline_short_words import SHORT
from translator.offline_stock_words import STOCK, STOCK_POLISH
from translator.regex_literals import Haystack, Literals, Replacement, Rules, substitute

# (pattern, wording) pairs read by translator.offline_plain.plain_edits exactly as its own: whole words,
# case-insensitive, a capital kept at a sentence start, a capital mid-sentence left alone (a name).
# "participation" said "taking part" only where a gerund can stand: never after a word that makes it a noun again ("the
# patient's potential participation", "safe and complete study participation", "during participation in the trial",
# "Concurrent participation in X is allowed"), where "potential taking part" is no English: the source's noun stays
_MAKES_A_NOUN = ("potential", "during", "throughout", "safe", "successful", "complete", "full", "the", "a", "an",
                 "continued", "further", "past", "previous", "prior", "current", "active", "ongoing", "simultaneous",
                 "concurrent", "planned", "voluntary", "future", "subsequent", "recent", "actual", "possible")
NOT_AFTER_A_NOUN_MAKER = "".join(rf"(?<!\b{w} )" for w in _MAKES_A_NOUN)
PARTICIPATION_IN = NOT_AFTER_A_NOUN_MAKER + r"(?<!study )(?<!trial )participation in"  # not "Study taking part in"
# "study participation" said as a doing only after a word that takes one (a preposition, a verb such as "preclude",
# a stop): after a name or an adjective the noun stays ("Previous tozadenant study participation" had read "You have
# had tozadenant taking part in the study"). An unknown word before it keeps the source's words.
_TAKES_A_DOING = ("with", "for", "to", "after", "through", "from", "by", "and", "or", "before", "following", "against",
                  "within", "where", "that", "in", "on", "into", "about", "upon", "until", "preclude", "precludes",
                  "precluding", "contraindicate", "contraindicates", "make", "makes", "making", "affect", "affects",
                  "prohibit", "prohibits", "compromise", "compromises", "impact", "impacts", "impair", "impairs",
                  "jeopardize", "jeopardise", "jeopardizes", "interfere", "limit", "limits", "prevent", "prevents",
                  "hinder", "hinders", "allow", "allows", "permit", "permits", "complicate", "complicates",
                  "endanger", "endangers", "restrict", "restricts")
AFTER_A_LINK = "(?:^|(?<=[(,;:] )|(?<=[(])|" + "|".join(rf"(?<=\b{w} )" for w in _TAKES_A_DOING) + ")"

WORDS: list[tuple[str, str]] = [
    # not the second of a pair ("surgical or medical condition" is a surgical or a medical condition)
    # (not a Title Case heading: "Medical History and Diseases")
    # "Stable general medical condition" is the reader's overall state, not an illness ("general health problem" would
    # say one; a DSM "disorder due to a general medical condition" is one, and keeps "health problem"); "general
    # health" would leave the check no condition named, "general condition" is the clinic's word for the same state
    (r"(?<=stable )general\s+medical\s+condition(?!s)", "general condition"),
    (r"(?<!or )(?<!and )(?<!, )(?<!/)(?-i:[Mm]edical\s+condition)(?P<pl>s?)", r"health problem\g<pl>"),
    (r"(?<!or )(?<!and )(?<!, )(?<!/)(?-i:[Mm]edical\s+history)", "health history"),
    (r"adequate", "good enough"),
    (r"clinically\s+significant", "medically important"),  # as the lexicon, also where an opening took the word
    (r"(?<!not )(?<!medically )(?<!legally )acceptable(?=\s+(?:methods?|forms?|means|types?)\s+(?:of|for)\b)",
     "allowed"),
    (r"(?P<verb>is|are)\s+acceptable(?=\s*(?:[.;,)]|$)|\s+(?:if|as\s+long\s+as|provided|when|for|in)\b)",
     r"\g<verb> allowed"),
    # "have not been previously treated" → "have not been treated": the same "not", the same time
    (r"(?P<aux>(?:have|has|had)(?:\s+(?:not|never))?(?:\s+been)?)\s+previously(?=\s+[a-z]+(?:ed|en|ne)\b)",
     r"\g<aux>"),
    # the fact rules read "study" as the anchor of "during the course of study participation": it stays the anchor
    (r"(?P<pre>during|throughout)\s+(?:the\s+(?:entire\s+)?(?:course|duration)\s+of\s+)?(?:the\s+|their\s+|your\s+)?"
     r"(?:study|trial)\s+participation", r"\g<pre> the study"),
    # not after "of" ("for six months following duration of study participation": the window's anchor)
    # (session 76) "for the duration of study participation" likewise: "for the length of the study" (the same time,
    # "study" still the window's anchor; not "the study participation", which no rule reads as a time)
    (r"(?<=\bthe\s)(?P<adj>(?:entire|whole|full)\s+)?(?:duration|length)\s+of\s+(?:their\s+|your\s+)?"
     r"(?:study|trial)\s+participation(?!\s+in\b)", r"\g<adj>length of the study"),
    (NOT_AFTER_A_NOUN_MAKER + r"(?<!clinical )(?<!of )(?<!of the )(?<!their )(?<!your )(?<!his )(?<!her )"
     + AFTER_A_LINK + r"(?:the\s+)?(?:study|trial)\s+participation(?!\s+in\b)", "taking part in the study"),
    (r"(?P<det>the|this|entire|whole)\s+(?P<what>study|trial)\s+period", r"\g<det> \g<what>"),
    (r"(?P<what>screening|treatment|run-in|lead-in|washout|wash-out|follow-up|dosing|observation|inpatient|"
     # not a named period: "treatment period 1"
     r"maintenance|induction)\s+period(?P<pl>s?)(?!\s*(?:\d|[IVX]+\b|[A-Da-d]\b|one|two|three))",
     r"\g<what> time\g<pl>"),
    # only the study's own rules ("additional criteria may apply"): "these criteria: fetal tachycardia …" may be the
    # signs that define a disease; not "inclusion/exclusion/eligibility criteria", which the lexicon defines
    (r"(?<![/-])(?P<det>these|those|all|any|additional|further|other|above|entry|study)\s+(?-i:criteria)"
     r"(?=\s+(?:(?:may|will|also|must|shall|should|do|does)\s+)*(?:apply|applies|be\s+met|are\s+met)\b)",
     r"\g<det> rules"),
    # a value worked out by a formula is worked out "using" it ("as set by the Cockcroft-Gault formula" reads oddly)
    (r"according\s+to(?=\s+(?:the\s+)?(?:[\w()'’-]+\s+){0,8}?(?:formula|equation)s?\b)", "using"),
    # (not "defined according to X": "defined as set by X" reads as two definitions)
    (r"(?<!defined )according\s+to"
     r"(?=\s+(?!(?:the\s+|a\s+|an\s+|their\s+|your\s+|his\s+|her\s+)?(?:treating\s+|study\s+|site\s+)?"
     r"(?:investigators?|physicians?|doctors?|patients?|subjects?|participants?|parents?|clinicians?|opinion|"
     r"judg(?:e)?ment|view|discretion|assessment)\b)"
     r"(?:(?:the|a|an|their|your|its|local|institutional|national|international|current|standard|study|protocol)\b"
     r"|(?-i:[A-Z])))", "as set by"),
    (r"considered(?=\s+(?:to\s+(?:be|have)|by)\b)", "thought"),
    # the doctor who leads the study at the site; not before its letters ("(PI)"), which stand for the title
    (r"(?<!on )(?<!at )the\s+(?-i:[Pp]rincipal\s+[Ii]nvestigator)(?!['’]?s?\s*[(\[])", "the lead study doctor"),
    # a window back from now: "in the previous 6 months" is "in the past 6 months" (not "previous to", not "the
    # previous study", which names one study; not "the previous month": the fact rules read "for 2 weeks in the past
    # month" as "2 weeks in the past")
    (r"(?<=the )previous(?=\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\b))",
     "past"),
    # what the study asks of the reader: its rules
    (r"(?:study|protocol|trial)\s+requirements", "study rules"),
    # "the requirements of the (study) protocol" whole: not "the study rules protocol" ("the study rules plan")
    (r"the\s+requirements\s+of\s+(?:the|this)\s+(?:(?:study|trial)(?:\s+protocol)?|protocol)", "the study rules"),
    # not "on/at the Investigator's judgment/discretion": the check reads "at the study" as a time ("on study")
    (r"(?<!on )(?<!at )(?<!after )(?<!before )(?<!until )(?<!during )the\s+(?-i:Investigator)(?P<pl>s?)"
     r"(?!['’]?s?\s+(?-i:Brochure|Global|Assessment|Site|Initiated|Sponsored))", r"the study doctor\g<pl>"),
]  # fmt: skip
WORDS += EVERYDAY  # more general words, measured a round later (translator.offline_everyday)
WORDS += STOCK  # stock words an opening or a window kept (translator.offline_stock_words)
WORDS += GRADE  # long plain words an opening kept, measured for the reading grade (translator.offline_grade_words)
WORDS += SHORT  # short words for a few long ones, measured a session later (translator.offline_short_words)
WORDS += ORGAN_WORDS  # "hematologic" said "blood", as "renal" is "kidney" (translator.offline_organ_words)

_PATTERNS = Rules((Literals(re.compile(rf"(?<![\w-]){p}(?![\w-])", re.IGNORECASE)), wording) for p, wording in WORDS)


def word_edits(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """The WORDS edits on a composed text (where an opening such as "You have any serious medical condition"
    rewrote the words the source-level edits would have changed), read as offline_plain reads them."""
    edits: list[Edit] = []
    spans = list(taken)
    haystack = Haystack(text)
    for literals, wording in _PATTERNS.possible(haystack):
        for m in literals.pattern.finditer(text):
            start = not text[: m.start()].rstrip() or text[: m.start()].rstrip()[-1] in ".:;!?"
            if any(overlaps(m.span(), s) for s in spans) or (m.group()[0].isupper() and not start):
                continue  # a capital mid-sentence marks a name
            replacement = m.expand(wording)
            if m.group()[0].isupper():
                replacement = replacement[0].upper() + replacement[1:]
            spans.append(m.span())
            edits.append(Edit(m.start(), m.end(), replacement, "plain"))
    return sorted(edits, key=lambda e: e.start)


# On the composed text (see translator.offline_plain.polish), before its own wordings.
_POLISH: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?P<you>You|you) have (?:the )?ability to\b"), r"\g<you> are able to"),
    (re.compile(r"\b(?P<modal>must|to|will|should|may|shall) have (?:the )?ability to\b"), r"\g<modal> be able to"),
    # "30 days following the last dose": inside a window the fact rules word, so not in WORDS; the check compares it
    (re.compile(r"\b(?P<n>(?:days?|weeks?|months?|years?|hours?)) following\b"), r"\g<n> after"),
    # a list's heading: the list after the colon says what they are ("all of these criteria:" → "all of these:"); and
    # RECIST's C already stands for criteria ("by RECIST 1.1 criteria" → "by RECIST 1.1")
    (re.compile(r"\b(?P<pre>(?:all|any|one|two|three|four|five|both|each|either|none|more|most|least|\d+)\s+of\s+these)"
                r"\s+criteria(?=\s*:)"), r"\g<pre>"),
    # (not "the RECIST criteria", nor before a version or a bracket the name would then be read with; not after
    # "meeting", which the check reads with the words after it)
    (re.compile(r"(?<!\bthe )(?<!meeting )\b(?P<name>(?:modified\s+|i|m)?RECIST(?:\s+(?:v(?:ersion)?\s*)?1\.[01])?)"
                r"\s+criteria\b(?!\s*(?:\(|\[|,?\s*(?:version|v\d)))"), r"\g<name>"),
    # the anchor of a window ("28 days before initiation of study treatment"): the check compares it after
    (re.compile(r"\b(?P<pre>before|after|of|since|until|following|from)\s+(?:the\s+)?initiation\s+of\b(?!\s+any\b)"),
     r"\g<pre> the start of"),
    # "a known history of X" is "known to have had X", as "a history of X" is "have had X" (offline_plain.polish)
    (re.compile(r"\b(?P<you>You|you) have (?:a )?known history of (?=[a-z])"
                r"(?!(?:or|and|and/or|any|the|this|these|those|either|both|\w+ing)\b)(?![^.;]*\bhistory of\b)"),
     r"\g<you> are known to have had "),
    # a list's heading: "a history of any of these:" is "had any of these"; "a recent history of X" is "recently had X"
    (re.compile(r"\b(?P<you>You|you) have (?:a\s+)?(?:(?:past|prior|previous)\s+)?history of any of these\b"),
     r"\g<you> have had any of these"),
    (re.compile(r"\b(?P<you>You|you) have (?:a\s+)?recent history of (?=[a-z])"
                r"(?!(?:or|and|and/or|any|the|this|these|those|either|both|\w+ing)\b)(?![^.;]*\bhistory of\b)"),
     r"\g<you> have recently had "),
    # "You have X or a history of Y" is "You have X or have had Y"; not after an adjective that shares the noun
    # ("You have known or a history of schizophrenia": known or past schizophrenia)
    # nor where a "no" or an exception in the sentence could cover the history too ("no X or history of Y")
    (re.compile(r"^(?P<head>(?:You|you) have (?!(?:a\s+)?(?:known\s+)?history\b)"
                r"(?![^.;]*\b(?:no|not|never|without|nor|neither|except|excluding|unless|other\s+than)\b)[^.;:()\[\]]*?"
                r"(?<!\bknown)(?<!\bcurrent)(?<!\bconcurrent)(?<!\bsuspected)(?<!\bactive)(?<!\bpresent)(?<!\bongoing)"
                r"(?<!\bexisting)(?<!\brecent)(?<!\bchronic)(?<!\bpast)(?<!\bprior)(?<!\bpersonal)(?<!\bfamily)(?<!ly)"
                r"(?<!\bof)(?<!\bwith)(?<!\bno)"
                # nor after a noun that shares the "of" ("a current diagnosis or history of mania")
                r"(?<!diagnosis)(?<!evidence)(?<!signs)(?<!\bsign)(?<!presence)(?<!symptoms)(?<!complication)(?<!complications)"
                r"(?<!suspicion)(?<!findings)(?<!features)(?<!episode)(?<!episodes)(?<!\brisk)(?<!occurrence))"
                r"(?P<comma>,?) or (?:a )?history of (?=[a-z])"
                r"(?!(?:or|and|and/or|any|the|this|these|those|either|both|\w+ing)\b)(?![^.;]*\bhistory of\b)"),
     r"\g<head>\g<comma> or have had "),
    (re.compile(r"\b(?P<who>(?i:women|woman|females?|patients?|subjects?|participants?|men|males?|people|persons?)) "
                r"with (?:the )?ability to\b"), r"\g<who> who can"),
    # a state as a state: "Requiring oxygen" made "You are requiring oxygen"; "need" is the lexicon's word for it
    (re.compile(r"\b(?P<you>You|you) are (?:requiring|needing)\b"), r"\g<you> need"),
    (re.compile(r"\b(?P<you>You|you) are (?P<verb>lack|weigh|meet)ing\b"), r"\g<you> \g<verb>"),
    (re.compile(r"\b(?P<you>You|you) are refusing\b"), r"\g<you> refuse"),
]  # fmt: skip
# A degree before a participle is an adverb: the lexicon's "reduced kidney function" for "renal impairment" made
# "severe renal impairment" read "severe reduced kidney function"; "moderate or severe" and "moderate-to-severe" too.
_DEGREE = r"(?:severe|moderate|mild|significant|marked|serious|substantial)"
_DEGREES = re.compile(
    rf"\b(?P<degrees>{_DEGREE}(?:(?:\s+(?:or|and|and/or|to)\s+|-to-|/){_DEGREE})*)"
    r"(?P<participle>\s+(?:reduced|impaired|decreased|increased|raised|lowered|weakened|damaged)\b)",
    re.IGNORECASE,
)


def _adverbs(match: re.Match[str]) -> str:
    degrees = re.sub(rf"\b{_DEGREE}\b", lambda m: m[0] + "ly", match["degrees"].replace("-to-", " to "), flags=re.I)
    return degrees + match["participle"]


_POLISH += [(re.compile(pattern), wording) for pattern, wording in STOCK_POLISH]  # the record is the doctor's
_POLISHED: Rules[Replacement] = Rules([*((Literals(pattern), wording) for pattern, wording in _POLISH),
                                      (Literals(_DEGREES), _adverbs)])


def polish_words(text: str) -> str:
    edits = word_edits(text)
    text = apply(text, sorted([*edits, *articles(text, edits)], key=lambda e: (e.start, e.end)))
    return substitute(_POLISHED, text)

"""Everyday words for the wordy English of protocols ("prior to" → "before", "participate" → "take part").

These are not medical terms (those live in the project's lexicon): they are the stock phrases plain-language guides
tell writers to replace, each with a wording that means the same in every criterion it can appear in. Words that
change meaning with their context ("additional", "receive", "adequate") are deliberately absent."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, apply, articles, overlaps
from translator.offline_histories import HISTORIES
from translator.offline_plain_can import CAN, can_verbs
from translator.offline_plain_clauses import AND_ANOTHER, allergy_edits, eligible_edits
from translator.offline_same_time_adjectives import depth, same_time_edits
from translator.offline_short_words import SOURCE_ONLY
from translator.offline_words import PARTICIPATION_IN, WORDS, polish_words
from translator.regex_literals import Haystack, Literals, Replacement, Rules, substitute

# "a history of X" before a condition: not before "or current", "any", "the following", a gerund or "current X"
_NOT_HAD = r"(?:or|and|and/or|any|the|this|these|those|current|currently|ongoing|present|presently|\w+ing)\b"
HISTORY_OF = rf"a\s+history\s+of(?=\s+(?!{_NOT_HAD})[A-Za-z])"
_AFTER_NO_PREPOSITION = "".join(rf"(?<!\b{p} )" for p in ("to", "of", "for", "by", "with", "from", "in", "on"))
# not the principal investigator, nor a site one beside them ("principal or site investigator": no "principal or study")
_NOT_PRINCIPAL = r"(?<![\w-])(?<!principal )(?<!principal or )(?<!principal or site )(?<!sub-)(?<!co-)"
_PLAIN: list[tuple[str, str]] = [
    (r"at (?:the time of\s+)?(?:the\s+)?(?:study\s+)?(?:enrol(?:l)?ment|registration|entry)(?:\s+(?:in|into|on|to)\s+"
     r"(?:the|this)\s+(?:study|trial)(?!\s+(?:eyes?|drugs?|sites?|arms?)\b))?(?!\s+(?:in|into|of|to|visit|date|day)\b)",
     "when joining the study"),  # first, and not "at joining" (nor "in the study eye", "the enrollment date")
    (r"prior to\s+(?:the\s+)?(?:enrol(?:l)?ment|registration|entry)\s+(?:in|into|on|to)\s+"
     r"(?:(?:the|this)\s+)?(?:clinical\s+)?(?:study|trial)", "before joining the study"),  # not "before registration"
    (r"(?P<pre>before|after|at|of|since|until|following)\s+(?:the\s+)?(?:enrol(?:l)?ment|registration|entry)\s+"
     r"(?:in|into|on|to)\s+(?:(?:the|this)\s+)?(?:clinical\s+)?(?:study|trial)", r"\g<pre> joining the study"),
    (r"prior to\s+(?:the\s+)?(?:study\s+)?(?:enrol(?:l)?ment|registration)(?!\s+(?:in|into|of|to|visit)\b)",
     "before joining the study"),
    (r"(?P<pre>before|after|at|of|since|until|following)\s+(?:the\s+)?(?:study\s+)?(?:enrol(?:l)?ment|registration)"
     r"(?!\s+(?:in|into|of|to|visit|date|day)\b)", r"\g<pre> joining the study"),
    (r"prior to", "before"),
    (r"subsequent to", "after"),
    # "view" for "opinion": one syllable for three, and the same judgement
    (rf"in the (?:opinion|judg(?:e)?ment) of the (?:treating |study |site )?investigator(?![\w-]|{AND_ANOTHER})",
     "in the study doctor's view"),  # not "of the investigator or subinvestigator": the view is both people's
    (rf"in the opinion of the (?:treating |study |site )?(?:physician|doctor)(?![\w-]|{AND_ANOTHER}| responsible)",
     "in the doctor's view"),
    (r"(?<=in )the (?:treating |study |site )?investigator['’]s (?:opinion|judg(?:e)?ment)", "the study doctor's view"),
    (r"(?<=in )the (?:treating |study |site )?(?:physician|doctor)['’]s opinion", "the doctor's view"),
    # eligible to take part is allowed to: "can" says it, and keeps what follows ("if she is …")
    (r"(?:is|are) eligible to (?:participate|take part|enter and take part)(?= in\b| if\b|\s*[.;,]|$)",
     "can take part"),
    (r"(?:the\s+)?initiation of(?=\s+(?:the\s+)?(?:study|trial|treatment|therapy)\b)", "the start of"),
    (rf"{_NOT_PRINCIPAL}(?:(?:study|clinical|site|treating)\s+)?investigators",
     "study doctors"),
    (rf"{_NOT_PRINCIPAL}(?:(?:study|clinical|site|treating)\s+)?investigator(?!['’\w-])",
     "study doctor"),
    (rf"{_NOT_PRINCIPAL}(?:(?:study|clinical|site|treating)\s+)?investigator['’]s",
     "study doctor's"),
    (r"participate in", "take part in"), (r"participates in", "takes part in"),
    (r"(?P<aux>(?:have|has|had|having)(?:n't)?\s+(?:(?:not|never|\w+ly)\s+){0,3})participated in",
     r"\g<aux>taken part in"),
    (r"(?:(?<=\bhave )|(?<=\bha[sd] ))(?P<a>(?:ever|already)\s+)participated in", r"\g<a>taken part in"),
    (r"participated in", "took part in"),
    (r"participating in", "taking part in"),
    (PARTICIPATION_IN, "taking part in"),  # not "potential taking part" nor "during taking part" (offline_words)
    (r"approximately", "about"),
    (r"in order to", "to"),
    (r"demonstrates", "shows"), (r"demonstrated", "shown"), (r"demonstrate", "show"), (r"requires", "needs"),
    (r"required(?!\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b)", "needed"),  # not "are needed to have" of people
    (r"requiring", "needing"),
    (r"require", "need"),
    (r"utili[sz]ation", "use"),
    (r"utili[sz]e", "use"),
    (r"individuals", "people"),
    (r"medications", "medicines"),
    (r"medication", "medicine"),
    (r"therapies", "treatments"),
    (r"(?<!physical )(?<!occupational )(?<!speech )(?<!respiratory )(?<!cognitive )(?<!behavioral )(?<!gene )"
     r"(?<!cell )(?<!family )(?<!group )(?<!manual )(?<!art )(?<!music )(?<!behavioural )(?<![\w-])therapy",
     "treatment"),
    (r"evidence of", "signs of"),
    (r"comply with(?!\s+follow)", "follow"),  # not "follow follow-up"
    (r"administered", "given"),
    (r"currently", "now"),
    (r"discontinued", "stopped"),
    (r"discontinue", "stop"),
    (r"discontinuation of", "stopping"),
    (r"concurrently", "at the same time"),
    (r"physician", "doctor"),
    (r"physicians", "doctors"),
    (r"laboratory", "lab"),
    (r"subsequently", "later"),
    (r"presently", "now"),
    (r"frequently", "often"),
    (r"additionally", "also"),
    (r"numerous", "many"),
    (r"regarding", "about"),
    (r"assistance", "help"),
    (r"assist", "help"),
    (r"indicates", "shows"),
    (r"exhibits", "shows"),
    (r"exhibit", "show"),
    (r"undergo", "have"),
    (r"undergoes", "has"),
    (r"undergoing", "having"),
    (r"underwent", "had"),
    (r"(?P<aux>(?:have|has|had|having)\s+(?:(?:not|never|\w+ly)\s+)?)undergone", r"\g<aux>had"),
    (r"receive", "get"),
    (r"receives", "gets"),
    (r"receiving", "getting"),
    (r"(?P<pre>(?:have|has|who|previously|ever|recently|not)\s+)experienced", r"\g<pre>had"),
    (r"experiencing", "having"),
    (r"obtain", "get"),
    (r"reside", "live"), (r"resides", "lives"),
    (r"residing", "living"),
    (r"performed", "done"),
    (r"(?<!the requirements of )(?P<det>the|this)\s+(?:study\s+)?protocol(?!\s+(?:therapy|treatment|drugs?)\b)",
     r"\g<det> study plan"),
    (r"examinations", "exams"), (r"examination", "exam"),
    (r"the duration of", "the length of"),
    (r"(?P<pre>during|throughout|for)\s+the\s+(?:entire\s+)?course\s+of\s+(?P<det>the|this)\s+study",
     r"\g<pre> \g<det> study"),
    (r"for\s+a\s+(?:time\s+)?period\s+of(?=\s+(?:at\s+least\s+|up\s+to\s+)?\d)", "for"),
    (r"(?:(?<=requiring )|(?<=requires )|(?<=required )|(?<=require )|(?<=needing )|(?<=needs )|(?<=needed )|"
     r"(?<=need ))hospitali[sz]ation(?!s)", "a hospital stay"),  # one stay needed: not "needing hospital stay"
    (r"hospitali[sz]ation", "hospital stay"), (r"hospitali[sz]ations", "hospital stays"),
    (r"(?<!medical or )(?<!medical and )(?<!medical and/or )(?<!medical/)surgical (?:procedure|intervention)",
     "surgery"),
    # a judgement, not a check: "assessed as unsuitable by the investigator", "assessed by X to be not appropriate"
    (r"assessed(?=\s+(?:as\s+(?:being\s+|not\s+)?(?:[a-z]+ly\s+)?[a-z]*(?:suitable|adequate|appropriate|likely|"
     r"eligible|fit|stable|important|significant|relevant)\b|by\s+the\s+(?:investigator|physician|doctor)s?\s+to\s+be\b))",
     "judged"),
    (r"assessed", "checked"),
    # not after a preposition: "due to such as hypoventilation", "with such as botulinum toxin"
    # before a verb or a clause the example is a whole statement: "e.g. contain no hardware", "e.g. if they have had"
    (r"e\.g\.,?(?=\s+(?:contain|contains|if|when)\b)", "for example,"),
    (_AFTER_NO_PREPOSITION + r"e\.g\.(?:,|\s*:)?", "such as"),  # "(e.g.: X)" too, not "such as: X"
    (r"i\.e\.(?=\s*:|,\w)", "that is"),  # "i.e.: X" → "that is: X", "i.e.,X" → "that is,X": not "that is,: X", ",,"
    (r"(?<=[a-z0-9)\]]\s)i\.e\.,?(?=\s+[A-Za-z0-9])", ", that is,"),  # "drug i.e. X": an aside, set off
    (r"i\.e\.,?", "that is,"),
    (_AFTER_NO_PREPOSITION + r"eg\.?,", "such as"),
    # pointing ahead to a list: never "the following day" or "the following 2 weeks" (which mean the next)
    (r"(?P<pre>(?:of|meet|meets|meeting|has|have|with)\s+)?the following(?=\s*:|\s+(?:criteria|[a-z]+[a-rt-z]s)\b)"
     r"(?!\s+(?:days|weeks|months|years|hours|nights|visits|doses|cycles)\b)", r"\g<pre>these"),
    (r"previous(?!\s+(?:day|night|evening|dose|visit|cycle|page|section|criteri(?:on|a)|item)\b)", "past"),
    (r"(?:prior|previous)(?=\s+(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|chemotherapy|radiotherapy|radiation|"
     r"surger(?:y|ies)|exposure|use|malignanc(?:y|ies)|cancers?|regimens?|lines?)\b)", "past"),
    # "prior" before a noun is "past"; never after a time ("4 weeks prior"), where it means "before"
    (r"(?<!days )(?<!day )(?<!weeks )(?<!week )(?<!months )(?<!month )(?<!years )(?<!year )(?<!hours )(?<!hour )"
     r"prior(?=\s+(?!(?:to|or|and|and/or|than)\b)[a-z])", "past"),
    (r"initial(?=\s+(?:dose|diagnosis|treatment|therapy|surgery|course|episode|infusion)\b)", "first"),
    (r"(?<!\bat )a minimum of", "at least"),  # not "at a minimum of every 28 days": "at at least"
    (r"(?<!\bat )a maximum of", "at most"),
    (r"in accordance with", "in line with"),
    (r"in addition to", "as well as"),
    # not before "study entry" or "enrollment", which become "joining the study" ("at joining the study")
    (r"at the time of(?=\s+(?:the\s+)?(?:screening|diagnosis|consent|signing|randomi[sz]ation|surgery|biopsy|"
     r"baseline|transplant(?:ation)?|visit)\b)", "at"),
    (r"permitted", "allowed"),
    # "has a history of X" is "has had X"; not after a negation ("do not have had") nor in a question ("Do you …")
    (rf"(?<!not has )(?<=has ){HISTORY_OF}", "had"),
    (rf"(?<!not have )(?<!n't have )(?<!never have )(?<!patient have )(?<!subject have )(?<=have ){HISTORY_OF}", "had"),
    # the preposition only: never "the following criteria", "one of the following", a gerund ("incapable of following")
    (r"(?<!the )(?<!as )(?<!of )(?<!in )(?<!with )(?<!for )(?<!by )following"
     r"(?=\s+(?:the|a|an|any|their|his|her|your|last|first|each|completion|surgery|"
     r"treatment|discontinuation|initiation|administration|randomi[sz]ation|enrol(?:l)?ment|diagnosis|"
     r"transplant(?:ation)?|resection|vaccination|infusion|injection|dose|dosing|exposure|stopping)\b)", "after"),
    (r"associated with", "linked to"),
    # "Relapse is defined as progression …" is "Relapse means …" (not "are defined as": "smokers mean those …")
    (r"is\s+defined\s+as(?=\s)(?!\s+follows\b)", "means"),  # not "is defined as follows" ("means follows")
    (r"as\s+determined\s+by(?=\s+(?:the\s+|a\s+|an\s+|their\s+|your\s+)?(?:treating\s+|study\s+|local\s+|site\s+|"
     r"responsible\s+|principal\s+)?(?:doctor|investigator|physician|clinician|specialist|cardiologist|neurologist|"
     r"oncologist|psychiatrist)s?\b)", "as judged by"),
    # "including" never closed a list: "but not limited to" says it again (and is no negation to the check)
    # (and before a colon: "including, but not limited to: A, B" → "including A, B"; at the end, where the colon opens
    # the items below, "including:")
    (r"(?P<lead>including|such\s+as|include|includes),?\s+(?:but\s+)?(?:are\s+|is\s+)?not\s+limited\s+to"
     r"(?:,|\s*:(?=\s+\S))?(?=\s|:\s*$)", r"\g<lead>"),
    # a list's introduction, never "the following day"; only after "of" or "meet" (a header such as "The following
    # baseline lab data:" the check reads as a heading, and "these" would make it a criterion)
    (r"(?P<pre>of|meets?|fulfil(?:l|s|ls)?|satisf(?:y|ies))\s+the following"
     r"(?!\s+(?:days?|weeks?|months?|years?|mornings?|evenings?|nights?|visits?|cycles?|doses?|at|in|on|within|during|"
     r"before|after|for|from|by|to|until|since)\b)"
     # a plural list ("the following criterion:" is one thing, and not "these")
     r"(?=(?:\s+[\w/-]+){0,4}\s*:)(?!(?:\s+[\w/-]+){0,3}?\s+(?:criterion|requirement|condition|test|rule|item|"
     r"method|definition|factor|parameter|value|exception|restriction|procedure|feature|sign|symptom|disease)\s*:)",
     r"\g<pre> these"),
    # "people with a history of X" is "people who have had X", as HISTORY_OF; not "a known history" (not known is
    # not never), nor before "or current", "any" or a gerund
    (r"(?P<who>patients|subjects|people|persons|individuals|participants|women|children|adults)\s+with\s+(?:a\s+)?"
     r"(?:(?:past|prior|previous)\s+)?history\s+of(?=\s+(?!(?:or|and|and/or|any|the|this|these|those|either|both|"
     r"\w+ing)\b)[A-Za-z])", r"\g<who> who have had"),
    (r"anticipated", "expected"),
    (r"anticipate", "expect"),
    (r"(?<=to )provide(?=\s+(?:written|signed|informed|voluntary|consent|a\s+(?:written|signed)|samples?|blood)\b)",
     "give"),
    (r"interfere with", "get in the way of"),
    (r"interferes with", "gets in the way of"),
    (r"with the exception of", "except for"),
    (r"documented", "recorded"),
    # not the anchor of a window ("before administration of the first dose"), which the fact rules word
    (r"(?<!Drug )(?<!drug )(?<!before )(?<!after )(?<!to )(?<!preceding )(?<!following )(?<!since )(?<!until )"
     r"(?<!of )(?<!from )(?<!first )(?<!last )(?<!final )(?<!initial )administration of", "use of"),
    (r"(?P<pre>before|after|until|following|upon|at)\s+(?:the\s+)?completion of", r"\g<pre> the end of"),
]  # fmt: skip
_PATTERNS = Rules(
    (Literals(re.compile(rf"(?<![\w-]){p}(?![\w-])", re.I)), wording) for p, wording in [*_PLAIN, *WORDS, *SOURCE_ONLY]
)

# Better known by their letters than by what the letters stand for (translator.offline_terms.WELL_KNOWN keeps
# the letters where the source has only them): "human immunodeficiency virus (HIV)" → "HIV". The lexicon's
# definition of the letters goes on the bullet. Not "HIV type 1", which names one of the two viruses.
_KNOWN_SHORT = [
    (re.compile(rf"(?<![\w-]){spelled}(?:\s*[(\[](?P<abbr>{abbr}(?:-?[12]|\s+(?:v|version\s*)?\d+(?:\.\d+)?)?)[)\]]|"
                rf"(?!\s*[(\[]\s*{abbr}(?!(?:-?[12])?\s*[)\]])))(?![\w-])(?!\s+type\b)", re.I), abbr)  # "(RECIST 1.1)"
    for spelled, abbr in (
        (r"human\s+immuno-?deficiency\s+virus", "HIV"),
        (r"acquired\s+immun(?:e\s+|o-?)deficiency\s+syndrome", "AIDS"),
        (r"magnetic\s+resonance\s+imaging", "MRI"),
        (r"(?:computed|computeri[sz]ed)\s+(?:axial\s+)?tomography", "CT"),
        # scales named for an organisation or a rule book: the name says nothing of what they measure, the
        # lexicon's definition of the letters does. Not CTCAE (yet): the fact rules do not read "> CTCAE Grade 3"
        # as a bound, so a swapped comparator there goes unseen; spelled out, the suite plants its swaps elsewhere
        (r"eastern\s+cooperative\s+oncology\s+group", "ECOG"),
        (r"new\s+york\s+heart\s+association", "NYHA"),
        (r"response\s+evaluation\s+criteria\s+in\s+solid\s+tumou?rs", "RECIST"),
    )
]


def plain_edits(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    """Everyday wording for the stock phrases in `text`, keeping a capital where one stood, and full stops
    for list semicolons (edits of kind "split", which a second-person rewrite drops)."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = list(protected)
    haystack = Haystack(text)  # most stock phrases are in few texts: a substring test skips the rest (regex_literals)
    for literals, wording in _PATTERNS.possible(haystack):
        for m in literals.pattern.finditer(text):
            span = (m.start(), m.end())
            if any(overlaps(span, other) for other in taken):
                continue
            if m.group()[0].isupper() and not _starts_sentence(text, m.start()):
                continue  # "Physician's Global Assessment": a capital mid-sentence marks a name
            taken.append(span)
            replacement = m.expand(wording)
            if m.group()[0].isupper() and _starts_sentence(text, m.start()):
                replacement = replacement[0].upper() + replacement[1:]
            edits.append(Edit(m.start(), m.end(), replacement, "plain"))
    edits = _not_twice(text, edits)
    eligible = eligible_edits(text, taken)
    edits += eligible
    taken.extend((e.start, e.end) for e in eligible)
    for pattern, short in _KNOWN_SHORT:
        for m in pattern.finditer(text):
            if not any(overlaps(m.span(), other) for other in taken):
                taken.append(m.span())
                edits.append(Edit(m.start(), m.end(), m.group("abbr") or short, "plain"))
    edits += _sentence_breaks(text, taken)
    edits += same_time_edits(text, taken)
    return sorted(edits, key=lambda e: e.start)


def _not_twice(text: str, edits: list[Edit]) -> list[Edit]:
    """No plain word said twice: side by side ("a physician investigator" → "a doctor study doctor") both stay as
    written; in a pair whose other word it is ("therapies or treatments") the edit goes."""
    edits = sorted(edits, key=lambda e: e.start)
    # the head is the last word but a closing preposition ("administration of" → "use of": "use")
    closing = ("of", "to", "for", "in", "on")
    words = [[w for w in re.findall(r"[a-z]+", e.text.lower()) if w not in closing] for e in edits]
    heads = [(w or [""])[-1] for w in words]
    dropped: set[int] = set()
    for i in range(len(edits) - 1):
        if heads[i] and heads[i] == heads[i + 1] and not text[edits[i].end : edits[i + 1].start].strip():
            dropped.update((i, i + 1))
    for i, e in enumerate(edits):
        before = re.search(r"([A-Za-z]+)\s*,?\s+(?:or|and|and/or|nor)\s+$", text[: e.start])
        after = re.match(r"\s*,?\s+(?:or|and|and/or|nor)\s+([A-Za-z]+)", text[e.end :])
        if any(m is not None and m.group(1).lower() == heads[i] for m in (before, after)):
            dropped.add(i)
    return [e for i, e in enumerate(edits) if i not in dropped]


# Wordings that only the second person makes: "Able to …" → "You are able to …" → "You can …".
_POLISH: list[tuple[re.Pattern[str], Replacement]] = [
    # before a condition gerund, "any", a count or a bracket, and after a modal (offline_histories); first, so that
    # the articles below see the "had" ("You must not have had allergy to" → "… had an allergy to")
    *HISTORIES,
    # not where "are" also carries a second adjective ("You are able to understand and willing to …")
    # (nor "… and able to fill in …", where the source said "ability" twice)
    (re.compile(r"\b(?P<you>You|you) are able to\b"
                r"(?![^.;]*\b(?:and|or)\s+(?:willing|ready|prepared|available|able)\b)"), r"\g<you> can"),
    (re.compile(r"\b(?P<you>You|you) are unable to\b(?![^.;]*\b(?:and|or)\s+(?:un)?willing\b)"), r"\g<you> cannot"),
    (re.compile(r"\b(?P<you>You|you) have (?=having\b)"), r"\g<you> are "),  # "Experiencing X" → "You have having X"
    # "had undergone/experienced X" said to the reader is what "you have had": "You had had" says it twice
    (re.compile(r"\b(?P<you>You|you) had had\b"), r"\g<you> have had"),
    # "Current receipt of X" with "receipt" said "getting": "You have current getting X" is "You are now getting X"
    (re.compile(r"\b(?P<you>You|you) have current getting\b"), r"\g<you> are now getting"),
    # the verdict on a group said to the reader: "If you have X, you are allowed." is "you can join" (not "allowed to
    # take part", "allowed in the study" or "on study", which say it themselves)
    (re.compile(r"\b(?P<you>[Yy]ou) are (?P<not>not )?allowed"
                r"(?=\s*(?:[.:;,(]|$)|\s+(?:if|unless|as long as|provided)\b)"),
     lambda m: f"{m['you']} {'cannot' if m['not'] else 'can'} join"),
    # "e.g." before a clause became "for example,": set off from the word before it too ("doctor, for example, if")
    (re.compile(r"(?<=[a-z)\]]) for example,(?= (?:contain|contains|if|when)\b)"), ", for example,"),
    # "no history of X" is "never had X"; not "no known history" (not known is not never) nor "of or current"; with
    # a window in its sentence ("within the past 6 months") it is "not had" in that time, not "never"
    (re.compile(r"\b(?P<you>You|you) have no history of (?!(?:or|and|and/or|any|the|this|these|those|\w+ing)\b)"
                r"(?P<window>(?=[^.;]*\b(?:(?:within|in|during|over)\s+(?:the\s+)?(?:past|last|previous|preceding)|within\s+\d)\b))?"),
     lambda m: f"{m['you']} have {'not' if m['window'] is not None else 'never'} had "),
    # "You have known hypersensitivity to" became "You have known allergy to": a count noun takes its article
    # (and "You have ever had allergy to", from "any history of allergy to": offline_example_words)
    (re.compile(r"\b(?P<verb>(?:have|has)(?: ever)?(?: had)?) (?P<adj>(?:known |severe |serious |past )?)allergy to\b"),
     lambda m: f"{m['verb']} {'a ' + m['adj'] if m['adj'] else 'an '}allergy to"),
    # a dose is what is given, "administration" the giving of it; here, not in plain_edits, since the window it
    # anchors ("in the 4 weeks before first administration of X") is worded by the fact rules
    (re.compile(r"\b(?P<det>(?:first|last|final)\s+)administration\s+of\b(?!\s+(?:the\s+)?(?:first|last)\b)", re.I),
     r"\g<det>dose of"),
    # "You have a history of X" (the second person's "Patients with a history of X") is "You have had X", as
    # "has a history of X" is (HISTORY_OF); "past", "prior" and "previous" said again what "had" says
    (re.compile(r"(?<!Do )\b(?P<you>You|you) have (?:a\s+)?(?:(?:past|prior|previous)\s+)?history of (?=[A-Za-z])"
                rf"(?!(?:either|both|now)\b|{_NOT_HAD})(?![^.;]*\bhistory of\b)"),
     r"\g<you> have had "),
    # (neither where a second "history of" / "diagnosis of" in the sentence leans on the first "have")
    (re.compile(r"\b(?P<you>You|you) have (?:a\s+)?diagnosis of (?=[A-Za-z])(?!(?:or|and|and/or|either|both)\b)"
                r"(?![^.;]*\bdiagnosis of\b)"),
     r"\g<you> have been diagnosed with "),
    # the stock phrases of plain_edits that a window's own wording keeps ("within 14 days prior to screening": the
    # fact rules own that span, so plain_edits leave it alone); the check still compares the window after
    (re.compile(r"\b(?P<p>[Pp])rior to\b"), lambda m: "Before" if m["p"] == "P" else "before"),
    (re.compile(r"\bsubsequent to\b"), "after"),
    # as plain_edits say it ("prior to registration" is "before joining the study"), inside a window too
    (re.compile(r"\b(?P<pre>before|after|at|of|since|until|following)\s+(?:the\s+)?(?:study\s+)?"
                r"(?:enrol(?:l)?ment|registration)\b(?!\s+(?:in|into|of|on|to|visit|period|phase|date|day)\b)"),
     lambda m: ("when" if m["pre"] == "at" else m["pre"]) + " joining the study"),  # "at joining" is no English
    (re.compile(r"(?<![Tt]he )\bpreceding(?=\s+(?:the\s+)?(?:first|initial|screening|randomi[sz]ation|enrol(?:l)?ment|"
                r"baseline|study|day|visit|dosing|inclusion|entry|registration|signing|consent|surgery|start|joining)\b)"),
     "before"),
    (re.compile(r"\binitial(?=\s+(?:study\s+)?(?:dose|dosing|administration|infusion|injection)\b)"), "first"),
    # "hypersensitivity reaction" became "allergic reaction": a count noun takes its article
    (re.compile(r"\b(?P<verb>(?:have|has)(?: ever)?(?: had)?|had) "
                r"(?P<adj>(?:severe|serious|known|past|prior|previous) )?(?P<noun>allergic reaction)\b(?!s)"),
     lambda m: f"{m['verb']} {'a ' + m['adj'] if m['adj'] else 'an '}{m['noun']}"),
    # what the second person made of "Previous administration of X" and "Received treatment with X"
    (re.compile(r"\b(?P<v>have|has) had use of\b"), r"\g<v> used"),
    (re.compile(r"\b(?P<v>have|has) received treatment with\b"), r"\g<v> been treated with"),
    # "prior X" became "past X"; after "have had" the tense already says it: "You have had past surgery"
    (re.compile(r"\b(?P<verb>(?:have|has)\s+(?:had|received))\s+(?P<any>any\s+)?past\s+(?=[a-z])"),
     r"\g<verb> \g<any>"),
    # last, after "You are able to" became "You can": "You can X and to Y" → "You can X and Y"
    (CAN, can_verbs),
]
_POLISHED = Rules((Literals(pattern), wording) for pattern, wording in _POLISH)


def polish(text: str) -> str:
    allergy = allergy_edits(text)
    text = polish_words(apply(text, sorted([*allergy, *articles(text, allergy)], key=lambda e: (e.start, e.end))))
    return substitute(_POLISHED, text)


_JOINED = re.compile(r";\s+(?P<word>[A-Za-z][\w'’-]*)")
_LIST_JOINED = re.compile(r"[;,]\s*(?:and|or|and/or|nor)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|non|none|never|without|neither|nor|except|excluding)\b|n't\b", re.IGNORECASE)
_CARRIES_ON = frozenset({"or", "and", "and/or", "but", "nor", "either", "then", "if", "unless", "except", "with"})


# a list the reader meets some of ("meeting two of the three following criteria:", "any of the following:")
_A_CHOICE = re.compile(
    r"\b(?:(?:any|one|two|three|four|either|some|\d+)\s+(?:or\s+more\s+)?of|at\s+least|following|these)\b[^:]*:\s",
    re.IGNORECASE,
)


def _outside(text: str) -> str:
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)


def _sentence_breaks(text: str, taken: Sequence[tuple[int, int]]) -> list[Edit]:
    """ "…; other cancers" → "…. Other cancers": shorter sentences, where the semicolon only ends a list item;
    never inside brackets, and never before a word that carries the logic on ("; or", "; and")."""
    edits: list[Edit] = []
    if _LIST_JOINED.search(text):
        return []  # "A; B; or C" is one list: a full stop after A would make A a rule of its own
    for m in _JOINED.finditer(text):
        word = m.group("word")
        if word.lower() in _CARRIES_ON or depth(text, m.start()) or any(overlaps(m.span(), t) for t in taken):
            continue
        sentence = re.split(r"[.!?]\s", text[: m.start()])[-1]
        if _NEGATION.search(sentence):
            continue  # "No X; Y": a full stop could take Y out of the "No" and make it a requirement
        if _A_CHOICE.search(_outside(sentence)):
            continue  # "two of the following criteria: A; B; C": the items of one choice, not rules of their own
        if re.match(r"[a-z](?:[.)]|\()", text[m.start("word") :]):
            continue  # "; b) onset …", "; t(9;22)": a capital would change a list letter or a gene's notation
        first = word[0].upper() if word[1:].islower() or len(word) == 1 else word[0]
        edits.append(Edit(m.start(), m.start("word") + 1, ". " + first, "split"))
    return edits


def _starts_sentence(text: str, at: int) -> bool:
    return not (before := text[:at].rstrip()) or before[-1] in ".:;!?"

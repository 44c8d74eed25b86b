"""Second person for the offline backend: "Patients with X" → "You have X", "ALT < 2 x ULN" → "Your ALT is …".

Each rule looks only at how a criterion starts and returns edits on the source text (see translator.offline_edits),
so the rest of the sentence stays as written. A rule applies only where the result is still a sentence about the
reader: a subject that is narrowed ("Female patients …", "Women who …") is left alone, because "You …" would drop
who the criterion is about, and so is a criterion that judges its own subject ("Patients with X are eligible"),
which would read "You have X are eligible". Exclusion bullets read as conditions under "You cannot join if…", so
they get the same rules ("You have …", "You are pregnant").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact
from translator.lexicon import Lexicon
from translator.offline_conditions import condition_opening
from translator.offline_edits import Edit, overlaps
from translator.offline_gendered_openings import gendered_opening
from translator.offline_lab_verbs import lab_verb_opening
from translator.offline_labs import lab_opening
from translator.offline_listed_groups import listed_group
from translator.offline_listed_subjects import listed_subject_edits
from translator.offline_measured_reader import measured_lead
from translator.offline_mentions import AGREE, agreeing, base_form, later_mentions
from translator.offline_normal_labs import normal_lab_opening
from translator.offline_now_or_before_uses import now_or_before_use
from translator.offline_openings import (
    age_opening,
    dangling_verb,
    first_fact_at,
    is_an_age,
    noun_joined_to_age,
    past_event_opening,
)
from translator.offline_people_heads import noun_opening
from translator.offline_person_complements import singular_complement
from translator.offline_person_pronouns import pronoun_edits
from translator.offline_plain import HISTORY_OF
from translator.offline_reader_who import reader_who_edits
from translator.offline_readers_own import JUDGED_AFTER_A_JOIN, JUDGED_BY_A_DOCTOR, without_readers_own
from translator.offline_relative_openings import only_who_verbs, whose_opening
from translator.offline_relatives import verb_of_its_own
from translator.offline_subjects_words import LISTED_AFTER, PAST_TIME, in_a_place, lead_who, past_verb_chain
from translator.offline_without_openings import with_or_without, without_opening
from translator.word_keys import word_key

_NOUN = r"(?:patient|subject|participant|individual|person|volunteer|candidate)s?|people|persons"
# "ALL patients" are patients with acute lymphoblastic leukemia: only "All"/"all" means every one of them.
# "Any patient under 18 years", "Any subject judged to be …": any one of them is the reader, as "Patient …" is
_SUBJECT = re.compile(rf"(?:(?i:the|a|an|eligible|any)\s+|[Aa]ll\s+)?(?i:{_NOUN})\b")
_ADVERB = r"(?:(?:currently|concurrently|previously|already|still|recently|also|never|regularly|voluntarily)\s+)?"
_MODALS = ("must", "should", "will", "may", "can", "cannot", "shall", "would", "could", "might")
_TO_BE = AGREE
_VERBS = frozenset({
    "receive", "require", "meet", "agree", "understand", "present", "accept", "weigh", "answer", "live", "reside",
    "plan", "intend", "need", "want", "speak", "read", "take", "use", "undergo", "experience", "develop", "suffer",
    "fulfil", "fulfill", "satisfy", "demonstrate", "exhibit", "show", "consent", "provide", "sign", "give", "walk",
    "participate", "smoke", "drink", "consume", "work", "lack", "belong", "carry", "test", "continue", "wish",
    "refuse", "exceed", "report", "qualify", "harbor", "harbour", "display", "possess", "know", "expect", "abuse",
    "contemplate", "disagree", "complete", "enroll", "volunteer", "comply",
    "request", "maintain", "anticipate", "pose", "represent", "record",  # "Patient requests X", "Subject poses a risk"
})  # fmt: skip
_PAST = frozenset({
    "received", "underwent", "took", "used", "experienced", "developed", "suffered", "participated",
    "completed", "failed", "signed", "gave", "met", "agreed", "required", "smoked", "tested", "achieved", "relapsed",
    "donated", "lost", "showed", "consented", "intended", "denied", "progressed", "converted", "drank", "refused",
})  # fmt: skip
# verbs that are something else without "who": a passive participle ("Patients lost to follow-up" were lost, they did
# not lose), a noun ("Patient volunteers …" are volunteers)
_PARTICIPLES = frozenset({"lost", "converted", "intended", "denied", "donated", "volunteer"})
_HAVE_BEEN = frozenset({"diagnosed", "treated", "exposed", "vaccinated", "infected", "hospitalized",
                        "hospitalised", "randomized", "randomised", "enrolled", "admitted", "immunized",
                        "previously", "transplanted", "operated", "pretreated", "pre-treated"})  # fmt: skip
# A judgement of the subject, whoever makes it: "Participants determined to be unsuitable by the investigator" →
# "You are determined to be unsuitable …", as "Patients who are judged …" already reads (a state now, not a past event)
# a state the subject is in now, said with its adverb: "Subjects chronically infected with HCV", "Patient currently
# affected by X", "Patients currently enrolled in …"
_STATE_NOW = re.compile(
    r"\s+((?:currently|concurrently|chronically|actively)\s+(?:infected|affected|treated|enrolled|hospitali[sz]ed))\b",
    re.IGNORECASE,
)
# a "who" with a verb for one person after the age: the subject's own, which "you" would not agree with
_ONE_WHO = re.compile(r"\bwho\s+(?:(?:is|has|was|does)\b|[a-z]+[^s\W]s\b)")
_JUDGED_AS = frozenset({"deemed", "judged", "determined", "considered", "assessed", "thought", "expected",
                        "anticipated", "suspected", "believed", "scheduled"})  # fmt: skip
# A criterion that judges its subject ("… are eligible") or names a second person is no sentence about "you".
# "ineligible for endocrine therapy", "deemed ineligible for surgery": a fact of the reader's about a treatment, not
# the verdict (not after "are": "… are not eligible for treatment" is the study's)
_FOR_A_TREATMENT = r"(?!\s+for\s+(?:endocrine|hormon\w*|surgery|surgical|transplant\w*)\b)"
_JUDGED = re.compile(
    r"\b(?:is|are|be|been|was|were)\s+(?:not\s+)?(?:eligible|ineligible|excluded|included|allowed|permitted|"
    r"enrolled|accepted|acceptable|considered(?!\s+(?:to\s+be\s+)?(?:clinically\s+|medically\s+)?(?:significant|relevant)\b)"
    + JUDGED_BY_A_DOCTOR  # ("considered unsuitable": offline_readers_own)
    + r"|exempt|required|candidates?)\b|\b(?:eligible|excluded|allowed|"
    r"permitted)\s*[.:;]?\s*$|\b(?:partner|caregiver|parent|guardian|spouse|child(?![-\s]?(?:bearing|pugh))|mother|father|representative)s?\b"
    r"|\b(?:may|can|will|could|should)\s+(?:not\s+)?(?:participate|take part|enter|enroll|be enrolled|join|"
    r"be included|remain|continue|be considered)\b|\b(?:allowed|permitted|(?:eligible|ineligible)" + _FOR_A_TREATMENT
    + r"|excluded)\b"
    r"(?!\s+(?:concomitant\s+)?(?:medications?|medicines?|drugs?|therap(?:y|ies)|treatments?))",  # "excluded drugs"
    re.IGNORECASE,
)


# help the reader gets to do something ("Able to operate the device independently or with the help of a caregiver"):
# the reader still does it, so the caregiver named there is no second person the criterion is about
_HELPED = re.compile(
    r"\b(?:with(?:\s+or\s+without)?|without)\s+(?:the\s+)?(?:help|assistance|aid)\s+(?:of|from)\s+(?:a|an|the|their)\s+"
    r"(?:caregiver|care-giver|family\s+member|parent|guardian|partner|spouse)\b",
    re.IGNORECASE,
)


_OTHERS = (
    r"(?:donor|partner|caregiver|care-giver|parent|guardian|spouse|mother|father|sibling|informant|"
    r"family\s+member|infant|neonate|newborn|bab(?:y|ies)|child(?![-\s]?(?:bearing|pugh))|"
    r"household\s+(?:member|contact)|close\s+contact)s?"  # "Household member or close contact … who is:"
)
# A doctor named in a header is mostly who judges ("as determined by the investigator"): only as the one the
# items are about ("… if their enrolling physician:").
_AGENTS = rf"(?:{_OTHERS}|(?:physician|doctor|investigator)s?)"
_READER = re.compile(rf"\b(?:{_NOUN}|you|your|wom[ae]n|m[ae]n|females?|males?|adults?|volunteers?)\b", re.IGNORECASE)
_HEADER_OF_OTHERS = re.compile(rf"\b{_OTHERS}\b", re.IGNORECASE)
_LIST_OF_OTHERS = re.compile(rf"\b(?:(?:if|when|whose|and)\s+)?(?:the|their|his|her)\s+(?:\w+\s+)?{_AGENTS}\s*:", re.I)
# A header whose items are not conditions on the reader: exceptions to it ("… except for:", "The exceptions
# are:", "… unless both of the following criteria are met:"), what it allows ("the following are allowed"),
# a category it defines ("Lesions that are considered non-measurable include the following:", "A female of
# childbearing potential is a sexually mature woman who:"), or a time measured from its items ("At least 3
# weeks is required from:"). "You have carcinoma in situ" under an exception would exclude what it allows.
_NOT_CONDITIONS = re.compile(
    r"\bexcept(?:ions?)?\b|\bexcluding\s*(?:the\s+following\s*)?:|\bother\s+than\s*(?:the\s+following\s*)?:"
    r"|\bunless\b[^.;]*:|(?<!not\s)\b(?:is|are|will\s+be|may\s+be|be)\s+(?:allowed|permitted)\b(?!\s+to\b)"
    r"|(?<!not\s)\b(?:allowed|permitted)\s*\)?\s*:|\bincludes?\s+(?:(?:any|one)\s+of\s+)?(?:the\s+following|these)\b"
    r"|\b(?:is|are)\s+defined\s+as\b[^:]*\b(?:who|that)\b[^:]*:"
    r"|\b(?:subjects|patients|participants|wom[ae]n|females|m[ae]n|males)\b[^:.]*\bare\s+defined\s+as(?:\s+follows)?\s*:"
    r"|\b(?:is|are)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:wom[ae]n|females?|m[ae]n|males?)\s+(?:who|that)\b[^:]*:"
    r"|(?<!\bthe\s)\b(?:from|since|after|following|before|prior\s+to)\s*:\s*$"
    # the reasons that make someone not able to become pregnant ("Female subjects may be considered to NOT be of
    # childbearing potential for the following reasons:"): a definition, not a rule
    r"|\bconsidered\s+(?:to\s+)?not\s+(?:to\s+)?(?:be\s+)?(?:of\s+)?child-?\s?bearing\b",
    re.IGNORECASE,
)


_ENDS_A_HEADER = re.compile(r"(?::|\b(?:except(?:\s+for)?|exceptions?|excluding|other\s+than))\W*$", re.IGNORECASE)
# An aside just before the colon is the header's own word on its items, unlike one inside ("(unless otherwise noted)").
_ALLOWED_ASIDE = re.compile(r"\((?=[^()]*\b(?:exceptions?|allowed|permitted)\b)[^()]*\)\s*:\W*$", re.IGNORECASE)


def about_someone_else(headers: Sequence[str]) -> bool:
    """Whether the items under `headers` (the texts of the items this one sits under, nearest first) are not
    conditions on the reader, so that "You …" would misstate them: someone else's criteria ("Donor criteria:",
    "… if their enrolling physician:") or a list of exceptions, allowances, definitions or times (see
    `_NOT_CONDITIONS`)."""
    for header in headers:
        if not _ENDS_A_HEADER.search(header) and len(header.split()) > 3:
            continue  # not a header over its items ("Therapeutic warfarin … are allowed" is a criterion of its own)
        if _ALLOWED_ASIDE.search(header):
            return True  # "… (the following exceptions are permitted):"
        body = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", header)  # asides name no subject
        body = re.sub(rf"\b(?:fe)?male\s+(?={_OTHERS})", "", body, flags=re.IGNORECASE)  # "Female partners …"
        if _NOT_CONDITIONS.search(body) or _LIST_OF_OTHERS.search(body):
            return True
        other, reader = _HEADER_OF_OTHERS.search(body), _READER.search(body)
        if other is not None and (reader is None or other.start() < reader.start()):
            return True
    return False


# (not after "or": "Subjects with X or Subjects with Y" lists a second group, offline_later_groups)
_RUN_ON = re.compile(r"[a-z](?<!\bor)\s+(?:Patients|Subjects|Participants)\s+(?:who|with|that)\b")
_QUESTION = re.compile(
    r"(?:is|are|has|have|had|does|do|did|was|were|can|will)\s+(?:the|this|that|there|his|her)\b", re.IGNORECASE
)

# a short topic label, then a sentence with its own subject (translator.offline_topic_labels reads that sentence)
# (not "… except as follows: Subjects with X", a lead-in; nor a sentence with a list of its own after a colon; the
# subject with its capital, as offline_topic_labels reads it: "Current alcohol abuse: patients using …" defines)
_TOPIC_THEN_SUBJECT = re.compile(
    r"(?![^:]*\b(?i:except\w*|follows?|following|note|history)\b)[A-Z][^:.;()\d]{0,60}:\s+(?:(?:All|The)\s+)?"
    r"(?:Patients?|Subjects?|Participants?|Women|Females?|Individuals)\b[^:]*$"
)
_ASKS_OF_THE_PATIENT = re.compile(rf"\w+\s+the\s+(?:{_NOUN})\b", re.IGNORECASE)  # "Has the patient taken …"


def person_edits(text: str, facts: Sequence[Fact], lexicon: Lexicon, parent: str | None = None) -> list[Edit]:
    """Edits that put `text` in the second person, or none when no rule applies safely.

    `parent` is the text of the item this one sits under ("Life expectancy:"), which can say what a bare
    number of years measures.
    """
    start = len(text) - len(text.lstrip())
    body = text[start:]
    said = _HELPED.sub("", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", body))  # asides judge nothing
    if not body or _JUDGED.search(without_readers_own(said)) or JUDGED_AFTER_A_JOIN.search(said):
        return []
    if _RUN_ON.search(body):  # "… congenital disorder Subjects who, …, cannot be treated": two criteria run together
        return []
    if _TOPIC_THEN_SUBJECT.match(body):  # "Concurrent respiratory disorders: Subjects with X": the topic is no
        return []  # condition of the reader's ("You have concurrent …: Subjects with"); offline_topic_labels says it
    if _QUESTION.match(body) and (body.rstrip().endswith("?") or _ASKS_OF_THE_PATIENT.match(body)):
        return []  # "Is the total bilirubin ≤ 1.5 x ULN?" asks of something else: not "You are the total bilirubin …"
    lead = (
        age_opening(text, start, facts, parent)
        or _subject(text, start, facts, parent)
        or lab_opening(text, start, facts, lexicon)
        or lab_verb_opening(text, start, facts, lexicon)  # "Platelet count must be ≥ 100,000/mm^3"
        or normal_lab_opening(text, start, lexicon)  # "Total bilirubin normal": a lab with no number
        or now_or_before_use(text, start) or past_event_opening(text, start, facts)  # "… now or within 6 months"
        or gendered_opening(text, start, lexicon)
        or noun_opening(text, start) or whose_opening(text, start) or without_opening(text, start)  # "Your X is"
        or condition_opening(text, start, facts, lexicon)
    )
    lead = measured_lead(text, lead, facts, lexicon)  # "You have a QTc more than …" → "Your QTc is more than …"
    complement = singular_complement(text, lead[0]) if lead else None
    if not lead or complement == []:
        return []
    # "Patients with X, or patients with Y" → "You have X, or you have Y" (translator.offline_listed_subjects)
    listed = listed_subject_edits(text, lead[0].end, lambda at: _subject(text, at, facts, parent))
    if listed is None or (listed and complement):  # the complement's "who are" → "who is" would be the list's
        return []
    lead += complement or []
    others = _OTHER_PEOPLE_NEXT.match(text, lead[0].end) or listed_group(text, lead[0])  # … or heavy drinkers
    if others and not any(e.start < others.end() <= e.end for e in listed):
        return []  # "Pregnant women and women of childbearing potential": "You are pregnant and women who …"
    # not after "Your INR is …"
    agreement = [] if lead[0].text.startswith("Your") else _agreement(text, lead[0].end) + agreeing(text, lead[0].end)
    agreement += reader_who_edits(text, lead[0])  # "You are taking X who cannot …" → "… X and cannot …"
    # later mentions first: "their" is guarded there ("the study drugs or their components")
    later = [
        e
        for e in later_mentions(text, lead[0].end)
        if not any(overlaps((e.start, e.end), (o.start, o.end)) for o in listed)
    ]
    return lead + listed + later + pronoun_edits(text) + agreement


_OTHER_PEOPLE_NEXT = re.compile(
    r"\s*(?:,|\band\b|\bor\b|\band/or\b)\s+(?:\w+\s+)?(?:wom[ae]n|females?|m[ae]n|males?|mothers?|patients?|subjects?|"
    r"participants?|people|persons?|individuals?)\b",  # one named in the singular too ("… and lactating female")
    re.IGNORECASE,
)


_NO_PRIOR = re.compile(r"\s+no\s+(?:prior|previous)\s+(?!(?:to|or|and|and/or)\b)(?=[A-Za-z])", re.IGNORECASE)


def _subject(text: str, start: int, facts: Sequence[Fact], parent: str | None) -> list[Edit]:
    """ "Patients who have X" → "You have X"; "Subject is" → "You are"; "Patients taking X" → "You are taking X".

    A relative clause, a participle or "with" describes the subject only when no verb of its own follows
    ("Patients taking an anticoagulant must use warfarin" is about what they must do): then no edit.
    """
    edits = _subject_edits(text, start, facts, parent)
    if not edits:
        return []
    m = _SUBJECT.match(text, start)
    between = text[m.end() : edits[0].end] if m else ""
    described = re.search(r"\b(?:who|that|with)\b|\w+(?:ing|ed)\s*$", between, re.IGNORECASE)
    verb_first = re.match(rf"\s*,?\s*{_ADVERB}(?:{'|'.join(_MODALS)}|{'|'.join(_TO_BE)})\b", between, re.IGNORECASE)
    if described and not verb_first and dangling_verb(text, past_verb_chain(text, edits[0].end)):
        return []
    # (a colon inside brackets opens no condition: "(for example, but not limited to: X, Y)", "(TZDs: …)")
    unbracketed = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text[edits[0].end :])
    if described and re.search(r":\s*\S", unbracketed) and not LISTED_AFTER.match(text, edits[0].end):
        return []  # "Patients with liver metastases: AST ≤ 5 x ULN" sets a condition for some, says nothing of you
    return edits


def _subject_edits(text: str, start: int, facts: Sequence[Fact], parent: str | None) -> list[Edit]:
    m = _SUBJECT.match(text, start)
    if m is None:
        return []
    noun = m.group().split()[-1].lower()
    singular = noun != "people" and not noun.endswith("s")
    rest = text[m.end() :]
    if rest.startswith("'s ") or rest.startswith("’s "):  # "Subject's must be …" is a slip for "Subjects must be"
        modal = re.match(r".s\s+(?:must|should|will|shall|may|can)\b", rest)
        return [Edit(start, m.end() + 3, "You " if modal else "Your ", "person")]
    lead = re.match(rf"\s*,?\s*(?:(?:who|that)\s+)?{_ADVERB}", rest)
    at = m.end() + (lead.end() if lead else 0)
    adverb = re.sub(r"^(?:who|that)\s*", "", (lead.group() if lead else "").strip(" ,"), flags=re.IGNORECASE)
    fact = first_fact_at(facts, at)
    if fact is not None and is_an_age(text, fact, parent):
        if dangling_verb(text, fact.end):
            return []  # "Patients < 60 years taking tamoxifen must have …": the subject has a verb of its own
        if noun_joined_to_age(text, fact.end):
            return []  # "Patients under 18 years or inability to consent" (offline_openings.noun_joined_to_age)
        if _ONE_WHO.search(re.split(r"[.;:](?:\s|$)", text[fact.end :], maxsplit=1)[0]):
            return []  # "Any patient age 4-16 years with X who presents …": "You are … who presents" would not agree
        return [Edit(start, fact.start, "You are ", "person")]  # "Patient ≥ 18 years old"
    word_m = re.match(r"[\w'’-]+", text[at:])
    if word_m is None:
        return []
    word = word_m.group()
    lower = word.lower()
    after = at + word_m.end()
    adv = f"{adverb} " if adverb else ""
    state = _STATE_NOW.match(text, m.end())
    if state is not None:  # "Patients currently enrolled in X" → "You are currently enrolled in X", not "have been"
        said = f"You are {state.group(1)}"
        return [] if dangling_verb(text, state.end()) else [Edit(start, state.end(), said, "person")]
    if lower == "with" and not adverb:
        if with_or_without(text, after) or (verb_of_its_own(text, after) and not only_who_verbs(text, start, after)):
            return []  # "with X must use Y"; not "with X that would preclude Y", nor "with X who are Y" (the reader's)
        taking_part = re.compile(r"\s+(?P<now>current\s+)?participation\s+in\b", re.I).match(text, after)
        if taking_part is not None:  # "with participation in" is no "You have taking part in"
            said = "You are taking part in" if taking_part.group("now") else "You have taken part in"
            return [Edit(start, taking_part.end(), said, "person")]
        none_before = _NO_PRIOR.match(text, after)
        if none_before is not None:  # "Participants with no prior treatment" → "You have had no treatment"
            return [Edit(start, none_before.end(), "You have had no ", "person")]
        history = re.compile(r"\s+" + HISTORY_OF, re.IGNORECASE).match(text, after)
        if history is not None:  # "Patients with a history of X" → "You have had X"
            return [Edit(start, history.end(), "You have had", "person")]
        return [Edit(start, after, "You have", "person")]
    if lower in _MODALS:
        return [Edit(start, after, f"You {adv}{lower}", "person")]
    if lower in _TO_BE:
        return [Edit(start, after, f"You {adv}{_TO_BE[lower]}", "person")]  # the source's word order
    # (a value with no number is no age: "meets" of "Patient meets DSM-IV criteria" is a fact of its own; its
    # "fulfilling" is offline_subjects' "You fulfill", not "You are fulfilling")
    valued = first_fact_at(facts, at)
    numbered = valued is not None and ((valued.low, valued.high) != (None, None) or lower.endswith("ing"))
    if lower in ("aged", "age", "ages") or numbered:
        fact = next((f for f in facts if f.start >= at and f.age), None)
        if (
            fact is None
            or (fact.start != at and (lower not in ("aged", "age", "ages") or text[after : fact.start].strip(" :")))
            or dangling_verb(text, fact.end)
            or _ONE_WHO.search(re.split(r"[.;:](?:\s|$)", text[fact.end :], maxsplit=1)[0])
        ):
            return []
        return [Edit(start, fact.start, "You are ", "person")]
    verb = base_form(lower) if singular else lower
    if verb in _VERBS and (verb not in _PARTICIPLES or lead_who(text[m.end() : at])):
        return [Edit(start, after, f"You {adv}{verb}", "person")]
    if lower in _PAST and (lower not in _PARTICIPLES or lead_who(text[m.end() : at])):
        return [Edit(start, after, f"You {adv}{lower}", "person")]
    # not "Patients thought to benefit from X must …" (a verb of its own), nor "Patients who considered suicide"
    if lower in _JUDGED_AS and not text[m.end() : at].strip():
        # (the participle stays the source's, so that plain words still reach it: "assessed as" → "judged as")
        return [] if dangling_verb(text, after) else [Edit(start, at, "You are ", "person")]
    if lower in _HAVE_BEEN:
        return [Edit(start, after, f"You have been {adv}{lower}", "person")]
    place = not lead_who(text[m.end() : at]) and in_a_place(text, at) and not dangling_verb(text, after)
    if ((lower.endswith("ing") and (len(lower) > 5 or lower == "using")) or place) and lower not in ("having",):
        if PAST_TIME.search(re.split(r"[.;:](?:\s|$)", text[after:], maxsplit=1)[0]):
            return []  # "Subjects undergoing radiation … in the past": not "You are undergoing … in the past"
        return [Edit(start, after, f"You are {adv}{lower}", "person")]
    if lower == "having":
        return [Edit(start, after, f"You {adv}have", "person")]
    return []


# (not a word's part: "rt-CGMS and/or is-CGMS" names a device, not a verb of the reader's)
_LATER_VERB = re.compile(
    r"\b(?P<join>and|or|but)\s+(?P<verb>is|has|was|does|isn't|hasn't|doesn't)\b(?![-‐])", re.IGNORECASE
)
# (a past verb is the same for "you": "You lost X or who lost Y" → "… or lost Y")
_LATER_WHO = re.compile(
    rf"\b(?:and|or)\s+(?P<who>who\s+(?=(?:are|have|had|were|is|has|was|{'|'.join(sorted(_PAST))})\b)"
    # "… or who, in the study doctor's view, will likely need …"
    r"|who(?=\s*,[^,]{1,60},\s*(?:are|have|had|were|is|has|was|will|would|may|might|can|could|must|should)\b))",
    re.IGNORECASE,
)


def _agreement(text: str, after: int) -> list[Edit]:
    """ "You are male and is over 18" → "… and are over 18": later verbs of the same subject follow it."""
    # up to the clause's end or a new clause with its own subject ("… unless subject has X or is stable")
    # ("… disorder that is either controlled … or is uncontrolled": "that" is the subject of its own verbs)
    clause_end = next(
        (
            m
            for m in re.finditer(
                r"[.;:]\s|\b(?:unless|if|when|because|although|while|whereas|except|that|which|who|once|until)\b",
                text[after:],
            )
            # "… or who are breastfeeding" goes on with the same subject (`_LATER_WHO`)
            if not (m.group() == "who" and re.search(r"\b(?:and|or|and/or),?\s+$", text[: after + m.start()]))
        ),
        None,
    )
    stop = after + clause_end.start() if clause_end else len(text)
    edits = [
        Edit(m.start("verb"), m.end("verb"), _TO_BE[word_key(m.group("verb"))], "person")
        for m in _LATER_VERB.finditer(text, after, stop)
    ]
    # "You are pregnant or who are breastfeeding": the relative pronoun went with the subject
    for m in _LATER_WHO.finditer(text, after, stop):
        edits.append(Edit(m.start("who"), m.end("who"), "", "person"))
        # "or who has received" → "or have received"; not before "not" ("X or have not recovered" reads as one list)
        verb = re.compile(r"(?:is|has|was|does)\b(?!\s+(?:not|never)\b)", re.IGNORECASE).match(text, m.end("who"))
        if verb is not None:
            edits.append(Edit(verb.start(), verb.end(), _TO_BE[word_key(verb.group())], "person"))
    return edits

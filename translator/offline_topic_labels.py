"""A criterion that names its topic before a third-person sentence, put to the reader with the topic kept (offline
backend): "Lung resection: Subjects with lung volume reduction surgery within the 12 months prior to Visit 1." →
"Lung resection: You have had lung volume reduction surgery in the 12 months before Visit 1."; "Pregnancy: Women
who are pregnant or lactating." → "Pregnancy: You are pregnant or breastfeeding."; "Phase 1: Subjects must have …"
→ "Phase 1: You must have …"; "Organ Function: Must have adequate organ function" → "Organ Function: You must have
good enough organ function" (a sentence with no subject after the topic, its verb the reader's).

Every opening rule reads a criterion from its first word, so a topic before the subject ("Monoclonal antibodies:",
"Part B and C:") left the whole criterion in the third person. Here the words after the topic are read alone by the
same rules (with all their guards: a sentence they would not rewrite stays as written), and their edits moved back
behind the topic, which stays word for word: it still says what, or which part of the study, the sentence is about.

A topic is short (at most six words), opens with a capital and holds no verb, no number and no sentence of its own
(a number only where it names a part of the study: "Phase 1b only:", "Part B and C:"; "Class 3:" defines a class).
Not a topic: a label that says what follows is an exception or an allowance ("Exception:", "Exceptions:",
"Allowed:"), whose sentence is no condition on the reader; a sex or age label ("Gender: Male or female" has rules
of its own); a label naming someone else ("DONOR:", "Intervention Participants:", "Children in care:").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_for_groups import for_group_edits
from translator.offline_pregnant import pregnant_edits
from translator.offline_sexes import pregnant_group_edits

_TOPIC = re.compile(
    r"\s*(?P<topic>[A-Z][\w'’&/,()-]*(?:[ \t]+[\w'’&/,()-]+){0,5}?)\s*:[ \t]+"
    r"(?=(?:(?:All|The)\s+)?(?:Patients?|Subjects?|Participants?|Women|Females?|Individuals|Persons|People"
    r"|Female\s+(?:patients|subjects|participants)"
    # or a sentence with no subject, whose verb is the reader's ("Organ Function: Must have adequate …"); not "is"
    # or "are", which may say what the topic is ("Caffeine consumption: is more than 3 cans per day")
    r"|(?:[Mm]ust|[Ss]hould|[Hh]ave|[Hh]as|[Aa]ble|[Ww]illing|[Aa]grees?|[Mm]eets?|[Rr]eceived)(?=\s+[a-z]))\b)"
)
# a verb, a number or a second sentence in the "topic": a sentence of its own, not a topic
_NO_TOPIC = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|will|may|can|cannot|who|which|that|with|of\s+the|"
    r"following|include|includes|including|criteria|criterion)\b|\d|[.;]",
    re.IGNORECASE,
)
# a part of the study named by its number or letter ("Phase 1b only", "Part B and C"), not a class or a risk group
_PART = re.compile(
    r"(?:phases?|parts?|cohorts?|arms?|steps?)\s+[\dA-Z]{1,3}[ab]?(?:\s*(?:and|or|,|/|&)\s*[\dA-Z]{1,3}[ab]?)*"
    r"(?:\s+only)?",
    re.IGNORECASE,
)
# an exception or allowance, a label of sex or age, someone other than the reader
_NOT_THE_READERS = re.compile(
    r"\b(?:except(?:ions?)?|allowed|permitted|eligible|excluded|exclusions?|inclusions?|gender|sex|age|donors?|"
    r"partners?|children|child|infants?|parents?|caregivers?|controls?|healthy|participants|patients|subjects|"
    r"volunteers|wom[ae]n|m[ae]n|(?:fe)?males?|cohort\s+\w+\s+participants)\b",
    re.IGNORECASE,
)


def named_first(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits of a criterion that names its topic ("Lung resection:") or its group ("For women of childbearing
    potential,") before its sentence: the topic kept as written, the group said as a condition
    (translator.offline_for_groups); none otherwise."""
    edits = topic_labelled(text, kind, edits_for) or for_group_edits(text, kind, edits_for)
    return [] if edits and _someone_else_after(text, edits) else edits


# a pronoun no edit made the reader's ("withhold your albuterol or their ipratropium", "if she is …"); people named
# again in the same sentence ("You are eligible … as long as patients are not …"): a second name for the reader
_PRONOUN = re.compile(r"\b(?:she|her|hers|herself|he|him|his|himself|they|them|their|theirs|themselves)\b", re.I)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|persons?|people|wom[ae]n|m[ae]n|females?|males?)\b", re.I
)
_PLAIN_SUBJECT = re.compile(r"(?:The\s+)?(?:Patients?|Subjects?|Participants?)\b")
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?=\s|$)", re.IGNORECASE)


def _someone_else_after(text: str, edits: list[Edit]) -> bool:
    """Whether the words the edits leave after the opening name someone (see `_PRONOUN` and `_PEOPLE`)."""
    first = min(edits, key=lambda e: e.start)
    kept = list(text)
    for e in edits:
        kept[e.start : e.end] = " " * (e.end - e.start)
    rest = "".join(kept)[first.end :]
    stop = _SENTENCE_END.search(rest)
    return bool(_PRONOUN.search(rest) or _PEOPLE.search(rest, 0, stop.start() if stop else len(rest)))


def topic_labelled(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of the sentence after a topic label, moved back onto `text` (see the module);
    none when `text` opens with no topic, or the rules leave its sentence, or rewrite it elsewhere than at its
    opening."""
    m = _TOPIC.match(text)
    if m is None:
        return []
    topic = m.group("topic")
    # "Age:" before its own subject ("Age: Subjects 40 years of age or older") heads the reader's age, said by the
    # sentence's rules; the age label's own rules read only a bare value ("Age: ≥ 18 years")
    aged = topic.lower() == "age" and _PLAIN_SUBJECT.match(text, m.end()) is not None
    if not is_topic(topic, aged=aged):
        return []
    at = m.end()
    said = text[at:]  # (a pregnancy is said by rules of its own: "Pregnancy: Women who are pregnant or lactating")
    own = edits_for(said) or pregnant_group_edits(said, kind) or pregnant_edits(said, kind)
    if not own or min(e.start for e in own) != 0:
        return []  # the sentence stays as written, or its opening was not what the rules rewrote
    return [Edit(e.start + at, e.end + at, e.text, e.what) for e in own]


def is_topic(topic: str, aged: bool = False) -> bool:
    """Whether the words before a colon name a topic (see the module): short, no verb, no number but a part's, not an
    exception, a sex or age label or someone else (`aged`: "Age:" before the reader's own age sentence)."""
    numbered = _PART.fullmatch(topic) is not None  # "Phase 1:", "Parts B and C:": a number names the part
    if _NO_TOPIC.search(_PART.sub("", topic) if numbered else topic):
        return False
    if _NOT_THE_READERS.search(topic) and not aged:
        return False
    return topic.count("(") == topic.count(")")

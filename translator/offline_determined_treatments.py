"""A drug or treatment named after "Any" or "Other" in an exclusion, put to the reader when a window says when.

"Any investigational drug within 30 days before screening" and "Other anti-cancer therapy in the 4 weeks before
randomization" name something the reader took before the study: "You have used any investigational drug …", "You
have had other anti-cancer therapy …". The verb follows the noun: a drug, medicine, agent or product is used; a
treatment, therapy, surgery, procedure, vaccine or transfusion is had. Every word of the source stays; only "You
have used"/"You have had" goes before the determiner.

A name with no determiner ("Systemic corticosteroids or hormonal agents within 90 days prior to study entry") is said
the same way, unless the list names things used and things had, or opens with a word other openings say.

Only when a window puts it before the study: a window "before" something, or "within N days of" an event still to
come at enrolment (screening, randomization, the first dose), or with no anchor ("within 4 weeks": the weeks up to
now, as translator.offline_leads reads "Use of X within 4 weeks"). A use now or later ("at the same time", "during the
study", "planned", "concurrent") has a tense the rule cannot be sure of, and a window it cannot place (after an
event, within N days of one that is no start of the study) says nothing of which side: both keep their words. So
does a phrase with a verb of its own, a colon, people in it, or a name that runs past a few words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_windows import before_the_study

_DETERMINER = re.compile(r"(?P<det>any\s+other|any|other)\s+(?=[A-Za-z])", re.IGNORECASE)
# what the name is: the words up to its first preposition, clause or aside
_NAME_END = re.compile(
    r"\s*(?:[,;:(\[/]|$|\.\s*|\s(?:or|and|and/or|with|without|of|in|on|at|from|to|for|due|after|before|during|"
    r"within|requiring|needing|including|such|except|other|that|which|who|as|by|per|than|unless|prior)\b)",
    re.IGNORECASE,
)
_USED = frozenset({
    "drug", "drugs", "medication", "medications", "medicine", "medicines", "agent", "agents", "product", "products",
    "substance", "substances", "compound", "compounds", "steroids", "corticosteroids", "antibiotics", "supplements",
})  # fmt: skip
_HAD = frozenset({
    "treatment", "treatments", "therapy", "therapies", "surgery", "surgeries", "procedure", "procedures",
    "vaccine", "vaccines", "vaccination", "vaccinations", "transfusion", "transfusions", "chemotherapy",
    "radiotherapy", "immunotherapy", "intervention", "interventions",
})  # fmt: skip
# a state a bare name is the first word of ("Drug or alcohol dependency"): had, as a window says ("You have had drug
# or alcohol dependency in the past 12 months"); "You have used" would say a drug was used
_STATES = frozenset({"dependency", "dependence", "abuse", "addiction", "misuse", "overdose", "disorder", "disorders"})
# first words a bare name may not open with: a time, a negation, a history (other openings say those)
_BARE_NOT = re.compile(
    r"(?:no|not|non|prior|previous|past|recent|current|history|use|treatment|therapy|any|other|the|a|an|this|these)\b",
    re.IGNORECASE,
)
# a first word that is a verb's form ("Used drugs for weight loss", "Prescribed medication"): no "You have used used"
_VERBAL = ("ed", "ing", "en")
# a use now, later or beside the study treatment: its tense would be a guess ("… treatment which cannot be
# discontinued for 10 days before the scan" is one still going on)
_NOT_BEFORE = re.compile(
    r"\b(?:during|throughout|duration|plann?ed|planning|plans?|will|after|(?<!the\s)following|while|concurrent(?:ly)?|"
    r"concomitant(?:ly)?|same\s+time|ongoing|expected|anticipated|intend\w*|until|current(?:ly)?|now|since|"
    r"continu\w+|simultaneous(?:ly)?|required|requires?|need(?:s|ed)?|(?:cannot|can\s*not|unable\s+to)\s+be)\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|those|wom[ae]n|m[ae]n|partners?|"
    r"children|infants?|he|she|they|their|his|her)\b",
    re.IGNORECASE,
)


def determined_treatment(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Any investigational drug within 30 days before screening" → "You have used any investigational drug …"
    (see the module)."""
    m = _DETERMINER.match(text, start)
    if kind is not SectionKind.EXCLUSION:
        return []
    named = m.end() if m else start  # no determiner: "Systemic corticosteroids in the 90 days before study entry"
    name_end = _NAME_END.search(text, named)
    name = text[named : name_end.start() if name_end else len(text)]
    words = name.split()
    if not words or len(words) > 5 or any(not re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words):
        return []
    head = words[-1].lower()
    if name_end and name_end.group().strip() == "/":
        return []  # "Any other IA drug/biologic use": "You have used … drug/biologic use" says the use twice
    if head not in _USED and head not in _HAD:
        return []
    sentence = re.split(r"[.;:](?:\s|$)", text[start:], maxsplit=1)[0]
    if _NOT_BEFORE.search(sentence) or _PEOPLE.search(sentence) or dangling_verb(text, named):
        return []
    end = start + len(sentence)
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and start <= f.start < end]
    # "Any prior chemotherapy", "Any previous treatment for CLL": "prior" says before, as a window would; only for
    # what is had ("You have had any prior use of X" would not read)
    # (the extractor reads the word itself as a "past" fact with no length)
    prior = m is not None and head in _HAD and bool(re.match(r"(?:prior|previous|past)\b", name, re.IGNORECASE))
    timed = [f for f in windows if not (prior and f.relation == "past" and f.start == named)]
    if not (prior or timed) or not all(before_the_study(f, unanchored=True) for f in timed):
        return []
    verb = "You have used " if head in _USED else "You have had "
    if m is None:
        listed = {w.lower() for w in re.findall(r"[A-Za-z]+", text[start : min(f.start for f in windows)])}
        if listed & (_HAD if head in _USED else _USED) or _BARE_NOT.match(name) or words[0].lower().endswith(_VERBAL):
            return []  # "Drugs or surgery within …": one verb for both would be wrong for one
        if listed & _STATES:  # "Drug or alcohol dependency in the past 12 months": a state had, not a drug used
            return [Edit(start, start, "You have had ", "person")]
        return [Edit(start, start, verb, "person")]  # the first capital is lowered after it (offline_case)
    return [Edit(start, m.end("det"), verb + " ".join(m.group("det").lower().split()), "person")]


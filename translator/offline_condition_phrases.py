"""A named condition that offline_conditions leaves as a noun phrase for what follows or precedes its name, put to the
reader (offline backend):

- a grade after the name: "Peripheral neuropathy ≥ Grade 2" → "You have peripheral neuropathy grade 2 or higher"
  (the comparator's own words are the fact wording's);
- a relative clause on what the condition may do: "Impairment of GI function or GI disease that may significantly
  alter the absorption of nilotinib" → "You have impairment of …";
- a range of severity before it: "Moderate to severe liver disease" → "You have moderate to severe liver disease",
  "Moderate or severe valvular disease" → "You have moderate or severe valvular disease".

translator.offline_conditions reads a criterion that only names a condition as "You have X", and declines a symbol
or a number in the name, any verb ("may") and a severity joined by "to". Each is read here by offline_conditions
itself, with all its guards, on the words that are the condition's name alone: the name before the grade or the
clause, the name after the severity. Its opening ("You have", or "You have had" for a past window) then stands
before the whole criterion, and the grade, the clause and the severity stay as written.

Only a clause that opens with "that"/"which" and a modal ("may", "might", "could", "would", "can", "will"), in a
single sentence; nothing after the name that names someone (not "… that would put the subject at risk", "… grade 2.
They must …"), no time after the name but a point ("at baseline": whether the condition goes on or is over,
offline_conditions reads from a window beside its name), no second criterion run in ("… screening Other
protocol-defined criteria …") nor a judgement on it ("…, are ineligible"), a name that ends in a word ("dysfunction ;
Grade II" is no grade of it); only a severity of plain degree words ("mild", "moderate", "severe", "large").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.offline_conditions import condition_opening
from translator.offline_edits import Edit
from translator.offline_subject_sentences import NAMES_PEOPLE
from translator.offline_subjects_words import RUN_ON

_CMP = (r"(?:[≥≤><]\s*=?|>/=|</=|=>|=<|(?:greater|more|higher|less|lower)\s+than(?:\s+or\s+equal\s+to)?|"
        r"at\s+least|at\s+most)")  # fmt: skip
# a grade after the name, with or without its comparator before or after the word "grade"
_GRADE = re.compile(
    rf"\s*(?:{_CMP}\s*)?(?:(?:NCI|CTCAE|NCI-CTCAE)\s+)*(?:v(?:ersion)?\s*\d+(?:\.\d+)?\s+)?grade\s*"
    rf"(?:{_CMP}\s*)?(?:[0-4]|I{{1,3}}|IV)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\s*,?\s+(?:that|which)\s+(?:may|might|could|would|can|will)\s+(?:\w+ly\s+)?[a-z]", re.I)
# a judgement on the criterion ("Uncontrolled illness … that would limit compliance, are ineligible")
_JUDGED = re.compile(r"\b(?:eligible|ineligible|excluded|included|allowed|permitted|enrolled|prohibited)\b", re.I)
_SEVERITY = re.compile(
    r"\s*(?P<first>mild|moderate|severe|large|small)(?:(?:\s*-\s*|\s+)to(?:\s*-\s*|\s+)|\s+(?:or|and/or)\s+)"
    r"(?=(?:moderate|severe|large)\b)",
    re.IGNORECASE,
)


def condition_phrase_opening(text: str, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """The opening offline_conditions makes of the condition's name alone (see the module), or none."""
    start = len(text) - len(text.lstrip())
    severity = _SEVERITY.match(text)
    if severity is not None:
        rest = text[severity.end() :]
        opened = condition_opening(rest, 0, _moved(facts, -severity.end()), lexicon)
        if not opened or opened[0].start != 0 or len(opened) > 1:
            return []
        first = severity.group("first")
        return [Edit(start, start, opened[0].text, "person"),
                Edit(severity.start("first"), severity.end("first"), first.lower(), "case")]  # fmt: skip
    if RUN_ON.search(text) or _JUDGED.search(text):
        return []  # "… screening Other protocol-defined criteria may apply", "…, are ineligible": more than the name
    for cut in _cuts(text, start):
        name = text[:cut]
        timed = any(f.kind is FactKind.TEMPORAL and f.relation != "at" and f.end > cut for f in facts)
        if not re.search(r"[\w)]$", name) or timed:
            return []  # "dysfunction ; Grade II", or a time after the name whose tense the name alone cannot give
        opened = condition_opening(name, start, [f for f in facts if f.end <= cut], lexicon)
        if opened and all(e.end <= cut for e in opened):
            return opened
    return []


def _cuts(text: str, start: int) -> list[int]:
    """Where the condition's name may end: before a grade, or before a "that may …" clause that runs to the end of
    a single sentence and names no one."""
    cuts = [m.start() for m in _GRADE.finditer(text, start) if m.start() > start]
    clause = _CLAUSE.search(text, start)
    one_sentence = clause is not None and not re.search(r"[.;:]\s+\S", _without_asides(text[clause.end() :]))
    if clause is not None and clause.start() > start and one_sentence:
        cuts.append(clause.start())
    cuts = sorted(cuts)[:1]
    # what follows names no one ("… grade 2. They must …" may mean the reader)
    return [cut for cut in cuts if not NAMES_PEOPLE.search(_without_asides(text[cut:]))]


def _without_asides(text: str) -> str:
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)


def _moved(facts: Sequence[Fact], by: int) -> list[Fact]:
    return [f.model_copy(update={"start": f.start + by, "end": f.end + by}) for f in facts if f.start + by >= 0]

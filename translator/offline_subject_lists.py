"""A subject's "who" clause that lists its verbs, read as one description (offline backend).

"Patients who are expected to go on to lung transplantation, have rapidly deteriorating disease, or have a life
expectancy less than 3 months" lists three things the subject is or has: the "have" after the comma is the clause's
second verb, not the subject's own main verb, so translator.offline_subjects can say it of the reader ("You are
expected to go on to lung transplant, have rapidly deteriorating disease, or have a life expectancy …").

Only a clause right after the subject ("Patients who …"), a verb in the form "you" takes ("have", "are", "had",
"were", "cannot" …) right after a comma, a list that ends with "or"/"and" before one more such verb, and no second
"who" (a list of "who"s is offline_women_whos'), duty or verdict in the sentence: anything else keeps the first
reading.
"""

from __future__ import annotations

import re

_WHO_FIRST = re.compile(r"\s*,?\s*who\s+", re.IGNORECASE)
_PLURAL = r"(?:have|are|had|were|do|did|cannot|can\s+not|could\s+not|don't|do\s+not|did\s+not|require|need|use|take)"
_LISTED = re.compile(r"(?:,|\b(?:or|and|and/or))\s*$", re.IGNORECASE)
_LAST = re.compile(rf",?\s+(?:or|and|and/or)\s+{_PLURAL}\b", re.IGNORECASE)
_STOPS = re.compile(
    r"\b(?:who|must|should|shall|will|may|might|would)\b|\b(?:is|are|be)\s+(?:not\s+)?(?:eligible|ineligible|excluded|"
    r"included|allowed|permitted)\b",
    re.IGNORECASE,
)


def listed_verb(text: str, at: int, verb: int, end: int) -> bool:
    """Whether the verb at `verb` is one of a list of the subject's "who" clause (see the module); `at` is where the
    subject ends and `end` where its sentence does."""
    if _WHO_FIRST.match(text, at) is None or not _LISTED.search(text[at:verb]):
        return False
    listed = re.search(r",\s*(?:(?:or|and|and/or)\s+)?$", text[at:verb], re.I)
    if not listed and not re.search(rf",\s*{_PLURAL}\b", text[at:verb], re.I):
        return False  # "who are on X and cannot have Y": no list, the first reading stands
    if not re.match(rf"{_PLURAL}\b", text[verb:end], re.IGNORECASE):
        return False
    who = _WHO_FIRST.match(text, at)
    rest = text[who.end() if who else at : end]
    return _LAST.search(rest) is not None and not _STOPS.search(rest)

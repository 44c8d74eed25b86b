"""A treatment whose window comes before what it was with, put to the reader (offline backend): "Treatment within the
previous 3 months with any drug known to have a well defined potential for hepatotoxicity" → "You have had treatment
within the previous 3 months with any drug …", "Treatment within 1 month using cognition-affecting agents …" → "You
have had treatment within 1 month using …".

offline_leads says "Treatment with X within 4 weeks before Y" as "You have had treatment with X …": a window before
the study puts the treatment in the past. The same window said first, between "Treatment" and "with", was left as
a noun phrase. Only "You have had" goes before the source's words, so the window and the drug keep theirs.

Only in an exclusion and at the top of a criterion, as the other noun-phrase openings; only where the window right
after "Treatment" lies before the study (or is an exclusion's unanchored "within 1 month": the weeks up to now), is
followed by "with" or "using", and nothing else in the first sentence says another time ("or while on study",
"during", "planned", "concurrent") or joins a second noun phrase "had" would not fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import before_the_study

_OPENING = re.compile(r"(?P<what>treatment|therapy)\s+(?=within\b|in\s+the\s+(?:past|last|previous)\b)", re.I)
_WITH = re.compile(r"\s*,?\s*(?:with|using)\s+(?=[A-Za-z0-9(])", re.IGNORECASE)
_NOT_PAST = re.compile(
    r"\b(?:during|throughout|while|plann?ed|planning|plans?|will|after|following|until|since|ongoing|current(?:ly)?|"
    r"now|concurrent(?:ly)?|concomitant(?:ly)?|same\s+time|expected|anticipated|continu\w+)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:\w+\s+)?(?:use|participation|receipt|administration|exposure|history|"
    r"presence|need|failure|inability)\b",
    re.IGNORECASE,
)


def windowed_treatment(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Treatment within the previous 3 months with X" → "You have had treatment within …" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    window = next((f for f in facts if f.kind is FactKind.TEMPORAL and f.start == m.end()), None)
    if window is None or not before_the_study(window, unanchored=True):
        return []
    joined = _WITH.match(text, window.end)
    if joined is None or dangling_verb(text, joined.end()):
        return []
    end = sentence_end(text, joined.end())
    if _NOT_PAST.search(text, start, end):
        return []
    return [Edit(start, m.end("what"), f"You have had {m.group('what').lower()}", "person")]

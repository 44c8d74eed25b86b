"""A second description of the same subject ("or those who …"), and "Those who …" / "Any patient with …" as the
subject, for the offline backend's third-person subjects (offline_subjects).

"Patients who have had chemotherapy within 4 weeks or those who have not recovered from its side effects" lists two
descriptions of the one subject: either excludes. offline_subjects reads "those" as another group and leaves the
criterion alone; said without "those" ("Patients who have had X or who have not recovered …") its rules join the
two as the reader's ("You have had X or have not recovered …"), and the "or" keeps either one enough. Only "or":
"… and those who …" joins two groups whose union "You … and …" would read as both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit

# "… or those who have not", "…, or those who are"; its verb a person's own (not "those who are listed below")
_OR_THOSE = re.compile(
    r"(?:,\s*|\s+)or\s+(?P<those>those\s+)who\s+(?=(?:have|had|are|were|cannot|can|may|will|must|do|did)\b)",
    re.IGNORECASE,
)


def or_those_who(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of `text` said without the "those" of one "or those who", moved back onto
    `text` (the edit that takes "or who" takes "or those who"); none when there is no such phrase, more than one,
    or the edits leave "those" standing."""
    found = list(_OR_THOSE.finditer(text))
    if len(found) != 1:
        return []
    cut, size = found[0].start("those"), len(found[0].group("those"))
    edits = edits_for(text[:cut] + text[cut + size :])

    def moved(at: int) -> int:
        return at if at <= cut else at + size

    shifted = [Edit(moved(e.start), moved(e.end), e.text, e.what) for e in edits]
    if not any(e.start < cut and e.end > cut + size for e in shifted):
        return []  # no edit took the second "who": "those" would be left as a second group
    return shifted


# "Those who have X", "Any patient with X": the reader as well as "Patients who have X" / "Patient with X" is
_THOSE = re.compile(
    r"(?P<those>those)\s+(?=who\b|with\b)|(?P<any>any\s+)(?=(?:patients?|subjects?|participants?)\s+(?:who|with)\b)",
    re.IGNORECASE,
)


def those_as_patients(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of `text` said with the plain subject ("Those who …" as "Patients who …", "Any
    patient with …" as "Patient with …"), moved back onto `text`; none when it has no such opening or the edits do
    not take it."""
    start = len(text) - len(text.lstrip())
    m = _THOSE.match(text, start)
    if m is None:
        return []
    said, end = ("Patients", m.end("those")) if m.group("those") else ("", m.end("any"))
    edits = edits_for(text[:start] + said + text[end:])
    if not edits or min(e.start for e in edits) != start:
        return []
    shift = (end - start) - len(said)
    first = min(edits, key=lambda e: e.start)
    if first.end < start + len(said):
        return []  # the opening's edit must take the whole subject it stood for

    def moved(at: int) -> int:
        return at + shift if at >= start + len(said) else at

    return [Edit(start if e is first else moved(e.start), moved(e.end), e.text, e.what) for e in edits]

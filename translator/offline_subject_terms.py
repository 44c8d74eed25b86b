"""A subject "who are of childbearing potential", read with the lexicon's words for the term (offline backend).

"Subjects who are able to get pregnant must have a negative pregnancy test" is put to the reader by the subject rules
("If you are able to get pregnant, you must have …"); "Subjects who are of childbearing potential must …" is not:
"of" after "who are" reads to them as no state of the reader's. The term is one the lexicon says plainly ("able to
become pregnant", which the term edits then write in the bullet), so the rules read the sentence with those words in
its place and their edits are moved back onto the source; the term itself stays for the term edits to say. Only
before a duty or at the sentence's end ("… and not using X" would need its own "are"); an edit that would fall inside
the term leaves the criterion as it was.

Read the same way: a subject of one sex whose relative clause opens with "that" ("Female that is highly unlikely to
become pregnant"), read with "who" (`that_read_edits`): "that" said of a person is the person's "who".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit

_TERM = re.compile(
    r"\bwho\s+(?:are|is)\s+(?P<term>of\s+(?:(?P<non>non-?\s?)?child-?\s?bearing|(?P<children>reproductive))\s+potential)\b",
    re.IGNORECASE,
)


# what may follow the term: a duty, or the sentence's end
_AFTER = re.compile(r"\s*(?:,?\s*(?:must|should|shall|will|need\s+to|have\s+to|are\s+required\s+to)\b|[.;]?\s*$)", re.I)


def term_read_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The subject rules' edits of `text` read with "able to become pregnant" for "of childbearing potential" after
    "who are", moved back onto `text`; none when there is no such term or an edit falls inside it."""
    m = _TERM.search(text)
    if m is None:
        return []
    if not _AFTER.match(text, m.end()):
        return []  # "… of childbearing potential and not using X": "You can get pregnant and not using X"
    able = "able to have children" if m.group("children") else "able to become pregnant"
    plain = ("not " if m.group("non") else "") + able
    start, end = m.span("term")
    said = text[:start] + plain + text[end:]
    shift = (end - start) - len(plain)
    moved = []
    for e in edits_for(said):
        if e.end <= start:
            moved.append(e)
        elif e.start >= start + len(plain):
            moved.append(Edit(e.start + shift, e.end + shift, e.text, e.what))
        else:
            return []
    return moved


# a subject of one sex, then "that" and its verb: "Female that is …", "Women that are …", "Female subjects that have …"
_THAT = re.compile(
    r"\s*(?:(?:fe)?males?|wom[ae]n|m[ae]n)(?:\s+(?:patients?|subjects?|participants?))?\s+(?P<that>that)\s+"
    r"(?=(?:is|are|has|have)\b)",
    re.IGNORECASE,
)


def that_read_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The subject rules' edits of `text` read with "who" for the "that" after a subject of one sex (see the module);
    none when there is no such "that", or an edit falls in part inside it."""
    m = _THAT.match(text)
    if m is None:
        return []
    start, end = m.span("that")
    edits = edits_for(text[:start] + "who " + text[end:])  # (as long as "that": every edit stays where it is)
    if any(e.start < end and e.end > start and not (e.start <= start and e.end >= end) for e in edits):
        return []
    return edits

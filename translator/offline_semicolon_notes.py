"""A note on a group of its own after a semicolon, read as a sentence of its own (offline backend).

"Uncontrolled active infection; patients with infection requiring parenteral antibiotics are eligible if the infection
is controlled" holds the rule and, after the semicolon, a note on some patients: the same shape as a rule and a later
sentence that opens with its own subject, which offline_first_sentence puts to the reader one sentence at a time ("You
have uncontrolled active infection; patients with infection …"). The sentence splitter ends a sentence only at a full
stop, so this gives offline_first_sentence the two parts a single semicolon makes.

Only one semicolon outside brackets ("Liver transplant (X only; Participants with …)" is an aside, and a list of
several clauses is no rule and one note), and only when what follows it opens with a subject of its own, or with a
connective and one ("; however, patients with …", "; note: patients who …"): what a later clause without one says may
be of the reader. The note must say something of its group ("are eligible", "may participate", "will be excluded"):
"…; participants who have hereditary immunodeficiencies" is a second group the criterion excludes, which beside "You
have X" would read as someone else. Nor when the note goes on with "they" or "their" ("… may participate provided
they are stable"), which beside "you" might mean the reader, nor when the rule names "the participant" (its later
mentions would be said "you": "the participant treatment" → "you treatment").
"""

from __future__ import annotations

import re

from translator.offline_note_connectives import subject_after_connective
from translator.offline_subject_sentences import opening_subject

_SEMICOLON = re.compile(r";\s+")
# what a note says of its group
_SAYS = re.compile(
    r"\b(?:eligible|ineligible|excluded|allowed|permitted|enrolled|included|considered|participate|may|can|cannot|must|"
    r"will|should|would)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|themselves|he|she|his|her|him)\b", re.IGNORECASE)
_THE_READER = re.compile(r"\bthe\s+(?:patient|subject|participant)s?\b", re.IGNORECASE)


def semicolon_spans(text: str) -> list[tuple[int, int]]:
    """The rule and the note that a single semicolon outside brackets parts (each span without the semicolon and the
    spaces around it), or [] when there is no such note (see the module)."""
    cuts = [m for m in _SEMICOLON.finditer(text) if _depth(text[: m.start()]) == 0]
    if len(cuts) != 1:
        return []
    cut = cuts[0]
    note = text[cut.end() :]
    if not (opening_subject(note, 0) or subject_after_connective(note)) or not _SAYS.search(note):
        return []  # no subject of its own, or no verdict on it: a second group, not a note
    if _PRONOUN.search(note) or _THE_READER.search(text[: cut.start()]):
        return []
    start = len(text) - len(text.lstrip())
    return [(start, len(text[: cut.start()].rstrip())), (cut.end(), len(text.rstrip()))]


def _depth(before: str) -> int:
    """How many brackets are open at the end of `before`."""
    return before.count("(") + before.count("[") - before.count(")") - before.count("]")

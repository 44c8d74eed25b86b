"""The pronouns after a third-person subject put to the reader (offline backend, for translator.offline_subjects).

Once "Patients with X …" reads "You have X …", a later "they"/"them"/"themselves" of the same people becomes
"you"/"yourself" ("if they …" → "if you …"), but only when nothing plural stands between the subject and the pronoun
and a condition comes before it; a "their" right after plural things ("citrus fruits (as well as their juices)") may
be the things', and stays. Moved out of offline_subjects.py (at its 400-line limit), unchanged.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_subjects_words import CONDITION_BEFORE, OTHERS, PERSONAL, PLURAL_THING, THEY
from translator.word_keys import word_key


def theirs_not_yours(text: str, subject_end: int, edit: Edit) -> bool:
    """ "… grapefruit, pomelos and citrus fruits (as well as their juices)": after plural things, a "their" of no
    personal thing may be theirs."""
    if text[edit.start : edit.end].lower() != "their":
        return False
    before = text[subject_end : edit.start]
    coordinated = re.search(r"(?:\b(?:and|or|as\s+well\s+as|including|plus)|\()\s*$", before, re.IGNORECASE)
    near = " ".join(before.split()[-8:])
    return bool(coordinated and PLURAL_THING.search(near)) and not PERSONAL.match(text, edit.end)


def they_edits(text: str, subject_end: int, after: int) -> list[Edit] | None:
    """ "if they …" → "if you …" when nothing plural stands between the subject and "they"; None when a "they"
    might mean something else."""
    edits = []
    for t in THEY.finditer(text, after):
        between = text[subject_end : t.start()]
        if PLURAL_THING.search(between) or OTHERS.search(between) or not CONDITION_BEFORE.search(text, 0, t.start()):
            return None  # "because they often develop …" says what such patients do, not a condition on you
        said = {"they": "you", "them": "you", "themselves": "yourself"}[word_key(t.group("they"))]
        edits.append(Edit(t.start(), t.end(), said, "person"))
    return edits

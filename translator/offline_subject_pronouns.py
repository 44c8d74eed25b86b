"""The pronouns after a third-person subject put to the reader (offline backend, for translator.offline_subjects).

Once "Patients with X …" reads "You have X …", a later "they"/"them"/"themselves" of the same people becomes
"you"/"yourself" ("if they …" → "if you …"), but only when nothing plural stands between the subject and the pronoun
and a condition comes before it, or when what follows it only a person does ("Patients with previously diagnosed
brain metastases are eligible if they have completed their treatment": the patients complete it, not the metastases,
so the later sentence that grants the reader this exception can be put to the reader; offline_later_subjects); a
"their" right after plural things ("citrus fruits (as well as their juices)") may
be the things', and stays. Moved out of offline_subjects.py (at its 400-line limit).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_subjects_words import CONDITION_BEFORE, OTHERS, PERSONAL, PLURAL_THING, THEY
from translator.word_keys import word_key

# what only a person does: "… brain metastases can take part if they have completed …" says it of the patients, not
# of the metastases, so the plural things before it leave this "they" the subject's
_PERSONS_OWN = re.compile(
    r"\s+(?:also\s+)?(?:meet|fulfil+|satisfy|agree|consent|are\s+(?:able|willing)|"
    r"have\s+(?:completed|recovered)|are\s+not\s+(?:now\s+|currently\s+)?(?:getting|taking|receiving)|"
    # what a person gives up ("Patients taking oral iron supplements may be enrolled if they discontinue the
    # supplements"): a thing is discontinued, it does not discontinue
    r"discontinue|quit|stop\s+(?:smoking|taking|using|drinking))\b",
    re.IGNORECASE,
)


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
        things = PLURAL_THING.search(between) and not _PERSONS_OWN.match(text, t.end())
        if things or OTHERS.search(between) or not CONDITION_BEFORE.search(text, 0, t.start()):
            return None  # "because they often develop …" says what such patients do, not a condition on you
        said = {"they": "you", "them": "you", "themselves": "yourself"}[word_key(t.group("they"))]
        edits.append(Edit(t.start(), t.end(), said, "person"))
    return edits

"""A subject "of both sexes", put to the reader as the sex label it is (offline backend).

"Patients of both sexes older than 18 years", "Subjects of either gender aged 50 years or older", "Patients of either
sex" say who may join as "Male or female …" does: translator.offline_sexes' rules say them ("You are male or female
and older than 18 years"), read on the label's words in place of the subject's. Only a plain subject (patients,
subjects, participants): a noun that says more ("volunteers") would be lost with it. The edits are moved back onto
the source; any that would fall inside the replaced words leave the criterion as it was.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_edits import Edit
from translator.offline_sexes import sex_label_edits

_BOTH = re.compile(
    r"\s*(?:patients|subjects|participants|individuals|persons|people)\s+of\s+(?:both|either)\s+(?:sexes|sex|genders?)\b",
    re.IGNORECASE,
)
_LABEL = "Male or female"


def both_sexes_edits(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "Patients of both sexes older than 18 years" → "You are male or female and older than 18 years", or none."""
    m = _BOTH.match(text)
    if m is None:
        return []
    said = _LABEL + text[m.end() :]
    moved = m.end() - len(_LABEL)  # where a position after the label lies in the source
    edits = []
    for e in sex_label_edits(said, kind, extract_facts(said), parent):
        if e.start >= len(_LABEL):
            edits.append(Edit(e.start + moved, e.end + moved, e.text, e.what))
        elif e.start == 0 and e.end >= len(_LABEL):
            edits.append(Edit(0, e.end + moved, e.text, e.what))
        else:
            return []
    return edits

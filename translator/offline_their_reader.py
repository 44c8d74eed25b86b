"""A "they" left after the opening made the reader the subject (offline backend): "Patients will be discontinued from
the study should they develop X" → "You will be stopped from the study if you develop X"; "Patients with a history
for which the investigator deems them inappropriate" → "… deems you inappropriate".

Once "Patients" has become "You", a later "they" or "them" in the same sentence still stands for the patients, who
are now the reader: left as it is, it reads as other people. Only two shapes whose "they" can be no one else: the
inverted condition "should they <verb>" (said "if you <verb>", the plain form of the same condition) and "them" as
the object of a judging verb ("deems them", "considers them"), both after an opening that replaced a plural subject
("Patients", "Subjects", "Participants", "Individuals") in the same sentence, with no other people named between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit

_PLURAL = re.compile(r"^\s*(?:all\s+)?(?:patients|subjects|participants|individuals)\b", re.IGNORECASE)
_THEY = re.compile(
    r"\b(?P<should>should\s+they)\s+(?=[a-z])|"
    r"\b(?:deems?|considers?|judges?|finds?|believes?|feels?)\s+(?P<them>them)\b(?!\s*(?:selves|-))",
    re.IGNORECASE,
)
# another group or a sentence's end before the pronoun: then "they" may be someone else
_BETWEEN = re.compile(
    r"[.;:]\s|\b(?:patients|subjects|participants|individuals|people|persons|children|partners?|parents|"
    r"family|relatives|women|men|males|females|they|them|their)\b",
    re.IGNORECASE,
)


def they_the_reader(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "should they" → "if you", "deems them" → "deems you" after the reader's opening (see the module)."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    if opening is None or not opening.text.startswith("You ") or not _PLURAL.match(text[: opening.end]):
        return []
    edits = []
    for m in _THEY.finditer(text, opening.end):
        if _BETWEEN.search(text, opening.end, m.start()):
            break
        if m.group("should"):
            edits.append(Edit(m.start("should"), m.end("should"), "if you", "person"))
        else:
            edits.append(Edit(m.start("them"), m.end("them"), "you", "person"))
        break
    return edits

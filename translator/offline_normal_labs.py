"""A lab said to be normal, put to the reader (offline backend): "Total bilirubin within normal institutional
limits" → "Your total bilirubin is within normal institutional limits", "Total bilirubin normal" → "Your total
bilirubin is normal".

translator.offline_labs says "Your <lab> is <value>" where a number follows the lab's name; a lab said to be
normal has no number, so its bullet kept the source's note form ("Platelets within institutional normal limits"),
which reads as a heading, not a condition on the reader. This adds only "Your" before the name and "is" ("are"
after a plural or two labs joined by "and") after it: the words that say what is normal stay as written.

Only where the name is a lab (offline_labs.is_a_lab: the lexicon's, or a name ending in a lab word) and what
follows it is "within <…> limits/range" with the word "normal" in it, or "normal" alone at the end of a clause
("Total bilirubin normal (…)", "ALT and AST normal AND …"), not "normal or …" (an alternative may be another lab's).
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon
from translator.offline_case import ordinary
from translator.offline_edits import Edit
from translator.offline_labs import is_a_lab

_NORMAL = re.compile(
    r"(?P<name>[A-Za-z][\w\-/()' ]{0,80}?)\s+"
    r"(?P<value>within\s+(?:[\w'’]+\s+){0,4}?(?:limits?|ranges?)(?:\s+of\s+normal)?\b"
    r"|normal(?=\s*(?:$|[.;,(]|\s+(?:and|AND)\s)))",
    re.IGNORECASE,
)


def normal_lab_opening(text: str, start: int, lexicon: Lexicon) -> list[Edit]:
    """ "Platelets within institutional normal limits" → "Your platelets are within …" (see the module)."""
    m = _NORMAL.match(text, start)
    if m is None or "normal" not in m.group("value").lower():
        return []
    name = m.group("name").strip()
    # two labs joined ("ALT and AST normal"): each a lab of its own
    sides = re.split(r"\s+(?:and|or|and/or)\s+", name, maxsplit=1, flags=re.IGNORECASE)
    if not all(side and is_a_lab(side, lexicon) for side in sides):
        return []
    words = name.split()
    last = re.sub(r"\([^()]*\)", "", name).split()[-1]
    plural = bool(re.search(r"\s(?:and|&)\s", name, re.IGNORECASE)) or (
        last.lower().endswith("s") and not last.isupper() and not last.lower().endswith(("ss", "us", "is"))
    )
    edits = [Edit(start, start, "Your ", "person")]
    titled = len(words) > 1 and words[1][:1].isupper()
    if not titled and ordinary(words[0]):
        edits.append(Edit(start, start + len(words[0]), words[0].lower(), "case"))
    end = start + len(m.group("name").rstrip())
    edits.append(Edit(end, end, " are" if plural else " is", "person"))
    return edits

""""Patients without X" → "You do not have X" (offline backend).

offline_person turns "Patients with X" into "You have X" but had no word for "without", so "Patients without
measurable or evaluable disease" and "Patient without good enough protection against pregnancy during the study"
stayed in the third person. "Without X" is "not having X", and "do not have" keeps the negation over all of X
("without A or B" → "You do not have A or B": neither). Only where X has no verb of its own ("Patients without
pleural effusion should be confirmed by CT", "Subject without X has ALT …": the subject's own verb, which "You do
not have X" would leave dangling), by the same test as "with" (offline_relatives.verb_of_its_own); criteria that
judge their subject ("… cannot take part") never reach here (offline_person's guard). "Without and with" (two
groups) is left too, and so is a colon ("Patients without prostatectomy: 2 consecutive rises in PSA …" sets a
condition for some).

"With or without" is neither: "Individuals with or without T2DM between ages 30 to 70 years" says T2DM does not
matter. offline_person's "You have" for its "with" would read "You have or without T2DM" (broken English, and a
negation the source does not state), so `with_or_without` tells it to leave the subject as written.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_relatives import verb_of_its_own

_WITHOUT = re.compile(
    r"(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people)\s+without\b(?!\s+(?:and|or)\b)",
    re.IGNORECASE,
)


_EITHER_WAY = re.compile(r"\s+(?:or|and|and/or)\s+without\b", re.IGNORECASE)


def with_or_without(text: str, after: int) -> bool:
    """Whether the "with" that ends at `after` is the first half of "with or without" (see the module)."""
    return bool(_EITHER_WAY.match(text, after))


def without_opening(text: str, start: int) -> list[Edit]:
    """ "Patients without X" → "You do not have X" (see the module), or none."""
    m = _WITHOUT.match(text, start)
    if m is None or verb_of_its_own(text, m.end()):
        return []
    if re.search(r":\s*\S", text[m.end() :]):
        return []  # "Patients without prostatectomy: 2 consecutive rises in PSA": a condition for some, not for you
    return [Edit(start, m.end(), "You do not have", "person")]

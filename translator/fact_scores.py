"""A bare number right after the name of a score or scale is that score's, never an age.

"for patients ≥16 years of age, defined as Karnofsky score >60" has an age phrase before it, and a
number near an age phrase is read as an age (in years) by `translator.quantities`; but the 60 is a
Karnofsky score. Read as an age, the bullet "Lansky score older than 60 years" restated it. So a
bare number (no unit of its own) whose bound follows a score's name ("Lansky score >60", "KPS ≥ 70",
"NIHSS score of 4 or more", "body mass index > 30", "ECOG performance status 0-1") is never an age,
and its fact is marked `score`, so that no age restates it (`translator.units`): a bullet that words
the score in years then says another fact, and the check catches it. A number with its own years is
an age even there ("Karnofsky Performance Status (KPS) > 12 years ≥ 50": patients older than 12).

Not a name further back: in "a score ≥ 10, aged 18 or older" the 18 is an age; only spaces, a
bracketed abbreviation, a colon, "of", "is" or "=" may stand between the name and the bound.
"""

from __future__ import annotations

import re

_SCORE_NAME_RE = re.compile(
    r"(?<![\w-])(?:Lansky|Karnofsky|KPS|ECOG|NIHSS|Zubrod|Apgar|scores?|scales?|index|indices|grades?"
    r"|performance\s+status|PS)"
    r"(?:\s*\([^()]{1,20}\))?[\s:]*(?:(?:of|is|was|=)\s*)?$",
    re.IGNORECASE,
)


def names_a_score(text: str, start: int) -> bool:
    """Whether a score's or a scale's name ends right before `start` (where a quantity's bound starts)."""
    return _SCORE_NAME_RE.search(text, max(0, start - 60), start) is not None

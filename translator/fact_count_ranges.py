"""A range of cell counts whose ends both carry the power of ten: "80 × 10^3 to 100 × 10^3 cells/µL".

The unit ("× 10^3 cells/µL") is whole only at the second end; the first end says its multiplier alone. Read one
number at a time, the first end was "80" and the second "10^3 to 100 × 10^3 cells/µL" (a lost superscript, "× 103",
even made the range "103 to 100"), so a translation that changed the range could pass. The first end's multiplier
belongs to its number when the second end's unit has the same power of ten.
"""

from __future__ import annotations

import re

from translator.units import match_unit

_POWER = r"10\s*(?:\^|\*\*|e|E)?\s*\(?\s*([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*\)?"
_BARE_MULTIPLIER_RE = re.compile(rf"\s*[x×X*]\s*{_POWER}(?!\s*(?:cells?\s*)?(?:/|per\b))")
# "to", a dash, or "and" and the other bound ("≥ 100 x 10^9 and ≤ 400 x 10^9/L")
_THEN_NUMBER_RE = re.compile(r"\s*(?:-|–|to|and)\s*(?:(?:≤|<=|=<|<|≥|>=|>)\s*)?(\d+(?:[.,]\d+)?)\s*(?=[x×X*])",
                             re.IGNORECASE)
_POWER_RE = re.compile(_POWER)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def shared_multiplier_end(text: str, pos: int) -> int | None:
    """The end of a bare "× 10^n" at `pos` that the range's second end repeats with its unit, else None."""
    bare = _BARE_MULTIPLIER_RE.match(text, pos)
    if bare is None:
        return None
    then = _THEN_NUMBER_RE.match(text, bare.end())
    if then is None:
        return None
    unit = match_unit(text, then.end())
    if unit is None or unit[0] is None or not unit[0].startswith("x10^"):
        return None
    power = _POWER_RE.search(text, then.end(), unit[1])
    if power is None or power.group(1).translate(_SUPERSCRIPTS) != bare.group(1).translate(_SUPERSCRIPTS):
        return None
    return bare.end()

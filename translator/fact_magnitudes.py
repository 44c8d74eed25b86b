"""Magnitudes written around a number: powers of ten, scale words and thousands points.

- Scientific notation is its number times the power: "< 1 x 10^5 copies/mL" is 100,000 copies/mL, so a bullet that
  says "1 × 10^6" is a changed number (read as "1 times" and a bare "10", the exponent was in no fact). Only with
  an exponent mark ("^", "**", "E", brackets, superscript digits): "2 x 10 cm" is a size.
- A range of counts whose first end says its power alone, the unit whole only at the second end: "80 × 10^3 to
  100 × 10^3 cells/µL" (read one number at a time, it was 80 and "10^3 to 100 × 10^3 cells/µL"; a lost
  superscript, "× 103", even made the range "103 to 100"). The first end's power belongs to its number when the
  second end's unit has the same one.
- A scale word after a range's second end that the first end shares: "3.5-14 thousand/µL".
- A European thousands point in a count of cells: "75.000/mm3".
"""

from __future__ import annotations

import re

from translator.numbers import parse_number
from translator.units import match_unit

SCALE_WORDS = {"thousand": 1e3, "lakh": 1e5, "lac": 1e5, "million": 1e6, "billion": 1e9}
SCALE_WORD_RE = re.compile(r"\s*(thousands?|lakhs?|lacs?|millions?|billions?)(?![a-zA-Z])", re.IGNORECASE)
_DOTTED_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_POWER = r"10\s*(?:\^|\*\*|e|E|x)?\s*\(?\s*([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*\)?"
_SCIENTIFIC_RE = re.compile(
    r"\s*[x×X*]\s*10\s*(?:(?:(?:\^|\*\*|[eE])\s*)?\(\s*([0-9]{1,2})\s*\)|(?:\^|\*\*|[eE])\s*([0-9]{1,2})"
    r"|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d.,])"
)
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


def shared_scale(text: str, first: re.Match[str], second: re.Match[str]) -> float:
    """The scale word of a range's second end that its first end shares: "3.5-14 thousand/µL" is 3,500 to 14,000,
    not 3.5 to 14,000. Only when the first end has none of its own and is not larger than the second."""
    scale = SCALE_WORD_RE.match(text, second.end())
    if scale is None or SCALE_WORD_RE.match(text, first.end()):
        return 1.0
    low, high = parse_number(first.group()), parse_number(second.group())
    if low is None or high is None or low > high:
        return 1.0
    return SCALE_WORDS[scale.group(1).lower().rstrip("s")]


def dotted_thousands(surface: str, value: float) -> float:
    """'75.000' in a cell count is 75000: a European thousands point. Only a count of cells per mm³ (µL), or a count
    named right before without a unit ("platelet count < 100.000"), and only 1-3 digits not starting with 0, a point
    and exactly three digits: nobody bounds a count at a thousandth of a cell, so "1.500/mm3" is 1500. "0.500/mm3",
    "1.5/mm3" and "2.000 x 10^9/L" (a count per litre in billions has real decimals) stay decimals."""
    return value * 1000 if _DOTTED_RE.fullmatch(surface) else value


def scientific(text: str, pos: int) -> tuple[float, int] | None:
    """The power of ten written after a number at `pos` and where it ends ("1.5 x 10^7 cells/kg": 10^7), unless a
    count per volume follows, which is read as a unit ("× 10^9/L")."""
    m = _SCIENTIFIC_RE.match(text, pos)
    if m is None:
        return None
    unit = match_unit(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    if unit is not None and unit[0] is not None and (unit[0].startswith("x10^") or unit[0] == "/mm3"):
        return None
    exponent = int((m.group(1) or m.group(2) or m.group(3)).translate(_SUPERSCRIPTS))
    return float(10**exponent), m.end()

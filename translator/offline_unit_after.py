"""A unit the fact's wording meets after it: said once, and never after "or more".

"BMI 23-45 kilogram per square meter (kg/m^2)" worded "23 to 45 kg/m²" would keep the source's bracketed symbol
after it ("23 to 45 kg/m² (kg/m^2)"): the same unit said twice, so the bracket goes with the wording.
"ANC ≥ 1,500 mm3", whose "mm3" the extractor does not take for a unit (without "/" it could be a volume), worded
"1,500 or more" would read "1,500 or more mm3": the bound goes before the number instead ("at least 1,500 mm3").
"""

from __future__ import annotations

import re

from translator.facts import Fact
from translator.units import match_unit

# Units whose bracketed abbreviation after them ("… the upper limit of normal (ULN)") introduces it for later use.
_SPELLED_OUT = ("x ULN", "x LLN", "x normal")
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_PIECE = re.compile(r"(?P<piece>[A-Za-z]+)\s*\)")
# A count's unit left outside the fact: "mm3", "mm^3", "cells", "/uL", "µL"
_COUNT_UNIT_AFTER = re.compile(r"\s*(?:mm\^?3|cells?\b|/?[uµμ]L\b)")
_SUFFIXED = re.compile(r"(?P<number>\d[\d,.]*) or (?P<bound>more|less)")
_PREFIXED = {"more": "at least", "less": "no more than"}


def repeated_unit_end(text: str, fact: Fact) -> int | None:
    """Where a bracketed repeat of the fact's own unit right after it ends ("… (kg/m^2)"), or None."""
    opened = _OPEN.match(text, fact.end)
    if fact.unit is None or fact.unit in _SPELLED_OUT or opened is None:
        return None
    found = match_unit(text, opened.end())
    if found is None:
        # "2 milligrams/deciliter (dL)": the bracket spelled the unit's divisor, which the wording ("2 mg/dL") says
        piece = _PIECE.match(text, opened.end())
        divisor = fact.unit.rsplit("/", 1)[-1] if "/" in fact.unit else None
        same = piece is not None and divisor is not None and piece.group("piece").lower() == divisor.lower()
        return piece.end() if piece is not None and same else None
    if found[0] != fact.unit:
        return None
    closed = _CLOSE.match(text, found[1])
    return closed.end() if closed else None


def bound_first(text: str, fact: Fact, wording: str) -> str:
    """ "1,500 or more" before a count's unit the fact left out, as "at least 1,500"."""
    m = _SUFFIXED.fullmatch(wording)
    if fact.unit is not None or m is None or not _COUNT_UNIT_AFTER.match(text, fact.end):
        return wording
    return f"{_PREFIXED[m.group('bound')]} {m.group('number')}"

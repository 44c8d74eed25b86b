"""A bound on "a" time unit: "for at least a year", "more than a month before screening", "less than a week ago".

"A year" is one year, and a comparator before it bounds that one year as it bounds "1 year": "at least a month
before screening" is the window "≥ 1 month before screening", not "1 month before screening" (which the implicit
windows of `translator.temporal` read from "a month before" when no reading claims the comparator first), and
"(for at least a year)" is a duration that a bullet must keep. Each becomes a quantity with value 1 (10 for "a
decade") that the time-window reading then takes like any other ("for", "before X", "ago"). A plain "a year", with
no comparator, is left to those implicit windows.
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.numbers import PREFIX_ALTERNATION, prefix_comparator
from translator.quantities import Quantity, bound

_ONE_UNIT_RE = re.compile(
    rf"(?P<cmp>{PREFIX_ALTERNATION})\s+(?:a|an|one\s+single)\s+(?P<unit>hour|day|week|month|year|decade)(?![\w-])",
    re.IGNORECASE,
)


def find_one_units(text: str) -> list[Quantity]:
    """Each "<comparator> a <time unit>" in `text`, as a bound on 1 of that unit."""
    found: list[Quantity] = []
    if " a" not in text.lower():
        return found
    for m in _ONE_UNIT_RE.finditer(text):
        comparator = prefix_comparator(m.group("cmp"))
        if comparator is Comparator.EQ:
            continue  # "exactly a year", "= a year": nothing for a bound to add to the implicit "a year"
        unit = m.group("unit").lower()
        value, unit = (10.0, "year") if unit == "decade" else (1.0, unit)
        found.append(bound(m.start(), m.end(), comparator, value, unit, False))
    return found

"""The second of two amounts joined by a slash: "70 kg/154 lb", "beer [284 mL/10 ounces]", "10 mg/5 mL".

A number right after a slash is never read as a number of its own (`translator.numbers`): after a digit it is
a fraction or a list ("5/10", "ECOG 0/1", read whole by the quantity scanner), after a unit it is mostly the
unit's denominator ("mg/100 mL", "mL/min/1.73 m2", read whole by the unit table). What is left is one amount
said in two units ("70 kg/154 lb", "284 mL/10 ounces") or a strength ("10 mg/5 mL"); there the second amount
is a fact like the first, and a bullet that changed it ("70 kg/150 lb") must be caught.

Only a slash right after an amount with a unit, and only a second amount that has a unit of its own and is not
a time ("100 mg/2 weeks" is a rate, worded in other ways: left to the rules that read rates), unless the first is a
time too ("within 4 weeks/5 half-lives prior to randomisation": either wait, as "or" would join them).
"""

from __future__ import annotations

import re

from translator.quantities import Quantity, find_quantities
from translator.units import TIME_UNITS

_SLASH_BEFORE_NUMBER = re.compile(r"[ \t]*/[ \t]*(?=\d)")


def slashed_seconds(text: str, quantities: list[Quantity], skip: list[tuple[int, int]]) -> list[Quantity]:
    """The amounts after "AMOUNT UNIT/" in `text` that `quantities` (the amounts read) do not cover."""
    seconds: list[Quantity] = []
    for first in quantities:
        if first.unit is None or (slash := _SLASH_BEFORE_NUMBER.match(text, first.end)) is None:
            continue
        start = slash.end()
        if any(q.start <= start < q.end for q in quantities) or any(s <= start < e for s, e in skip):
            continue
        # the slash blanked (same length, so spans stay true to `text`), and only the stretch after it read
        masked = " " * start + text[start:]
        second = next((q for q in find_quantities(masked) if q.start == start), None)
        if second is None or second.unit is None or (second.unit in TIME_UNITS and first.unit not in TIME_UNITS):
            continue  # but two times are two ways to say one wait ("within 4 weeks/5 half-lives prior to …")
        if any(q.start < second.end and second.start < q.end for q in quantities if q is not first):
            continue
        seconds.append(second)
    return seconds

"""How `translator.quantities` turns the values and units it read into quantities: a range read either way, a range
whose ends have different units (two facts), a blood pressure pair ("< 140/90 mmHg": two facts), one bound."""

from __future__ import annotations

from dataclasses import replace

from translator.fact_fractions import MMHG_PAIR_RE, pair_unit
from translator.facts import Comparator
from translator.numbers import SUFFIX_RE, suffix_comparator
from translator.quantity import Quantity, bound

_MULTIPLES = ("x ULN", "x LLN", "x normal")


def assemble(
    text: str, start: int, end: int, comparator: Comparator, values: list[float], units: list[str | None], age: bool
) -> list[Quantity]:
    if comparator is Comparator.RANGE:
        if values[0] > values[1] and units[0] in (None, units[-1]):
            # "between 365-91 days", "letter score of 73 to 25": a range is the same set read either way.
            values = [values[1], values[0]]
        low_unit, high_unit = units[0], units[-1]
        if low_unit == "times" and high_unit in _MULTIPLES:
            low_unit = high_unit  # "between 1.5 times and 5 times the ULN": the limit the second names is the first's
        if low_unit is not None and high_unit is not None and low_unit != high_unit:
            # "6 months to 5 years": two bounds in different units are two facts.
            return [
                Quantity(start, end, Comparator.GE, values[0], None, low_unit, age),
                Quantity(start, end, Comparator.LE, None, values[1], high_unit, age),
            ]
        return [Quantity(start, end, Comparator.RANGE, values[0], values[1], high_unit or low_unit, age)]
    unit = units[0]
    quantity = bound(start, end, comparator, values[0], unit, age)
    pair = MMHG_PAIR_RE.match(text, end) if unit is None else None
    if pair is not None:
        # "140/90 mmHg": systolic and diastolic, each bounded the same way. Without the unit, a pair
        # after words about blood pressure ("BP < 140/90") is one too, in mmHg, the only unit it has.
        pressure = pair_unit(text, start, pair.end())
        if pressure is not None:
            unit_of_pair, full_end = pressure
            diastolic = float(pair.group(1))
            suffix = SUFFIX_RE.match(text, full_end) if comparator is Comparator.EQ else None
            if suffix is not None:  # "140/90 or greater"
                comparator, full_end = suffix_comparator(suffix.group("cmp")), suffix.end()
            return [
                replace(bound(start, full_end, comparator, values[0], unit_of_pair, age), end=full_end),
                bound(start, full_end, comparator, diastolic, unit_of_pair, age),
            ]
    return [quantity]

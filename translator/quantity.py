"""The `Quantity` record `translator.quantities` finds (and the other fact extractors build), and `bound`, which
puts a one-sided bound's value on the side its comparator says: the low end of "≥ 18", the high end of "< 5"."""

from __future__ import annotations

from dataclasses import dataclass

from translator.facts import Comparator


@dataclass(frozen=True, slots=True)
class Quantity:
    """A bounded amount found in text, before it becomes a `Fact`."""

    start: int
    end: int
    comparator: Comparator
    low: float | None
    high: float | None
    unit: str | None
    age: bool = False
    label: str | None = None
    # Probably an age, from context only ("Patients ≥ 18 years"): words the value as an age, but
    # unlike `age` does not stop "≥ 1 year before screening" from being a time window.
    person: bool = False
    system: str | None = None  # the grading system between the bound and the level ("> ECOG 2"), for wording
    score: bool = False  # a bare number right after a score's name ("Lansky score >60"): never an age


def bound(start: int, end: int, comparator: Comparator, value: float, unit: str | None, age: bool) -> Quantity:
    if comparator in (Comparator.LT, Comparator.LE):
        return Quantity(start, end, comparator, None, value, unit, age)
    return Quantity(start, end, comparator, value, None, unit, age)

"""Two bounds that state one range, merged so that equal ranges compare equal however they are written.

"≥ 3.0 and ≤ 4.8 mmol/L", "at least 18 and no older than 70 years", "≥ 50 to <= 90 years" and "19 ≤ BMI ≤ 30" are
the ranges "from 3.0 to 4.8 mmol/L", "18 to 70 years", "50 to 90 years" and "between 19 and 30"; a translation may
use either form, so both must give the same fact. "between 19 and 30, including 19 and 30" repeats the bounds:
the repeat is part of the range, not two new numbers. Only inclusive bounds merge (a RANGE fact is
inclusive: "> 3 and < 5" stays two facts), and only when the first bound has no unit or the same
unit as the second.

A strict bound on either side of the name ("95 mmHg < SBP < 150 mmHg", "140 mmHg ≤ sitSBP < 180 mmHg") is no range:
the first number, read alone as a bare value, is the lower bound the symbol after it makes ("more than 95 mmHg",
"140 mmHg or more"), so a rewording that drops or flips that bound has lost a fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from translator.facts import Comparator
from translator.quantities import Quantity

_INCLUSIVE_RE = re.compile(r",?\s*(?:including|inclusive\s+of)\s+(?:both\s+)?", re.IGNORECASE)
_THEN_AND_RE = re.compile(r"\s*and\s+", re.IGNORECASE)
# "between 18 and 75 years old, with 18 and 75 included": the repeat with its "included" after it
_WITH_RE = re.compile(r",?\s*with\s+(?:both\s+)?", re.IGNORECASE)
_INCLUDED_RE = re.compile(r"\s+(?:and\s+[\d.]+\s+)?(?:both\s+)?(?:included|counted)\b", re.IGNORECASE)
_SANDWICH_RE = re.compile(r"\s*(?:≤|<=|=<)\s*[A-Za-z][\w\s()/-]{0,30}?\s*")
_AND_RE = re.compile(r"\s*(?:,\s*)?(?:and|&|but)\s+(?:(?:is|are|be)\s+)?|\s*,\s*", re.IGNORECASE)
# "≥ 50 to <= 90 years": a floor with no unit of its own, then "to" or a dash, then a ceiling, is the range in the
# ceiling's unit ("≥ 18 years to ≤ 55 years", each with its unit, stays two bounds, as the check read it before);
# also with only a space between ("BMI >= 25 <= 35 kg/m2"), as translator.offline_bound_pairs words it
_TO_RE = re.compile(r"\s*(?:to|-|–)\s*|\s+", re.IGNORECASE)
# "18 to ≤ 27 kg/m2", "50 mg/dl to less than or equal to 109 mg/dl": a bare first end, then "to" and an inclusive
# ceiling, is the range "18 to 27 kg/m2" (not with a space alone: "Day 1 ≤ 28" is no range)
_TO_A_CEILING_RE = re.compile(r"\s*(?:to|-|–)\s*", re.IGNORECASE)
# "7.5% < HA1C < 10%": the name between two bounds, one of them strict (the symbol before the name is captured)
# (translator.offline_open_sandwiches words the same text, name first)
OPEN_SANDWICH = _SANDWICHED = re.compile(r"\s*(?P<cmp><=|=<|≤|<(?![=/]))\s*(?P<name>[A-Za-z][\w\s()/-]{0,30}?)\s*")


def merge_bounds(text: str, values: list[Quantity]) -> list[Quantity]:
    """`values` (in text order) with each lower-and-upper pair that states one range merged into it."""
    merged: list[Quantity] = []
    for q in values:
        last = merged[-1] if merged else None
        if last is None:
            merged.append(q)
        elif _repeats_bounds(text, last, q):
            merged[-1] = replace(last, end=q.end)
        elif _pair(last, q, Comparator.GE) and (
            _AND_RE.fullmatch(text, last.end, q.start)
            or (last.unit is None and _TO_RE.fullmatch(text, last.end, q.start))
        ):
            merged[-1] = replace(q, start=last.start, comparator=Comparator.RANGE, low=last.low,
                                 age=q.age or last.age, person=q.person or last.person)  # fmt: skip
        elif _pair(last, q, Comparator.EQ) and (
            _SANDWICH_RE.fullmatch(text, last.end, q.start) or _TO_A_CEILING_RE.fullmatch(text, last.end, q.start)
        ):
            merged[-1] = replace(q, start=last.start, comparator=Comparator.RANGE, low=last.low)
        elif (opened := _open_sandwich(text, last, q)) is not None:
            merged[-1] = opened
            merged.append(q)
        elif _strict_pair(last, q) and _TO_RE.fullmatch(text, last.end, q.start):
            # "> 30 to < 60 mL/min": the floor is in the ceiling's unit; two bounds still (a strict bound is no end
            # of a range), each with the unit, which offline_bound_pairs joins with "and"
            merged[-1] = replace(last, unit=q.unit, age=last.age or q.age, person=last.person or q.person)
            merged.append(q)
        else:
            merged.append(q)
    return merged


def _open_sandwich(text: str, lower: Quantity, upper: Quantity) -> Quantity | None:
    """The bare first number of "A < NAME < B" (or with one "≤") as the lower bound it is, in `upper`'s unit when it
    has none of its own; None when `lower` and `upper` are no such pair."""
    match = _SANDWICHED.fullmatch(text, lower.end, upper.start)
    if match is None or lower.comparator is not Comparator.EQ or lower.label is not None or lower.low is None:
        return None
    strict_before = match.group("cmp") == "<"
    if upper.comparator is not Comparator.LT and not (strict_before and upper.comparator is Comparator.LE):
        return None  # "19 ≤ BMI ≤ 30" is the inclusive range merged above
    if upper.label is not None or upper.high is None or lower.low >= upper.high or lower.unit not in (None, upper.unit):
        return None
    comparator = Comparator.GT if strict_before else Comparator.GE
    return replace(lower, comparator=comparator, unit=upper.unit, age=lower.age or upper.age)


def _strict_pair(lower: Quantity, upper: Quantity) -> bool:
    """A floor with no unit and a ceiling with one, one of them strict, that bound one thing from both sides."""
    return (
        lower.comparator in (Comparator.GT, Comparator.GE)
        and upper.comparator in (Comparator.LT, Comparator.LE)
        and (lower.comparator is Comparator.GT or upper.comparator is Comparator.LT)
        and lower.unit is None
        and upper.unit is not None
        and lower.label is None
        and upper.label is None
        and lower.low is not None
        and upper.high is not None
        and lower.low < upper.high
    )


def _pair(lower: Quantity, upper: Quantity, lower_comparator: Comparator) -> bool:
    """A lower bound (written with `lower_comparator`) and an upper bound `<=` that can form one range."""
    return (
        lower.comparator is lower_comparator
        and upper.comparator is Comparator.LE
        and lower.label is None
        and upper.label is None
        and lower.low is not None
        and upper.high is not None
        and lower.low <= upper.high
        and lower.unit in (None, upper.unit)
    )


def _repeats_bounds(text: str, last: Quantity, q: Quantity) -> bool:
    """`q` is a bound of the range `last` said again ("…, including 19 and 30")."""
    # (the repeat may carry the range's own unit: "between the ages of 18 and 65, with 18 and 65 included" reads the
    # second "65" as an age too)
    if last.comparator is not Comparator.RANGE or q.comparator is not Comparator.EQ or q.unit not in (None, last.unit):
        return False
    if q.low not in (last.low, last.high):
        return False
    if _INCLUSIVE_RE.fullmatch(text, last.end, q.start):
        return True
    if _INCLUDED_RE.match(text, q.end) and (_WITH_RE.fullmatch(text, last.end, q.start) or (
            _THEN_AND_RE.fullmatch(text, last.end, q.start) and _WITH_RE.search(text, last.start, last.end))):
        return True
    return bool(_THEN_AND_RE.fullmatch(text, last.end, q.start) and _INCLUSIVE_RE.search(text, last.start, last.end))

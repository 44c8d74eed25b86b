"""A floor and a ceiling joined by "to" said as one range (offline backend): "Age: ≥18 to ≤ 80 years" → "18 to 80
years old".

translator.offline_edits words each fact alone: "≥18" → "18 years or older", "≤ 80 years" → "80 years or younger",
which read "You are 18 years or older to 80 years or younger", and "HbA1c ≥ 6.5% to ≤ 9.5%" read "6.5% or more to
9.5% or less". A floor and a ceiling joined by "to" or a dash are one range with both ends in it: "18 to 80 years
old", "6.5 to 9.5%". Only an inclusive floor then an inclusive ceiling ("≥ … to ≤ …"), both already worded, with one
unit (not "≥22 to ≤45 kg/m2", whose first number has none: the check reads "22 to 45 kg/m²" as a new fact); a strict
bound ("≥18 to <80": 80 is not in it), a floor above its ceiling, or any other word between the two keeps the two
wordings as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.facts import Comparator, Fact, FactKind
from translator.offline_edits import Edit
from translator.phrasing import phrase

# (or nothing but a space: "Age >= 18 <= 60 years" read "You are 18 years or older 60 years or younger")
_JOIN = re.compile(r"\s*(?:to|-|–)\s*|\s+", re.IGNORECASE)
_FLOORS = (Comparator.GE, Comparator.GT)
_CEILINGS = (Comparator.LE, Comparator.LT)


def bound_pairs(text: str, facts: Sequence[Fact], edits: Sequence[Edit]) -> list[Edit]:
    """`edits` (offline_edits.fact_edits of `text`), with each inclusive floor and ceiling joined by "to" worded as
    one range, and any other floor and ceiling joined by "to" worded apart, joined by "and" (see the module)."""
    result = list(edits)
    bounds = sorted(
        (f for f in facts if f.kind is FactKind.VALUE and f.comparator in (*_FLOORS, *_CEILINGS)),
        key=lambda f: f.start,
    )
    for floor, ceiling in pairwise(bounds):
        if floor.comparator not in _FLOORS or ceiling.comparator not in _CEILINGS or floor.label or ceiling.label:
            continue
        if floor.low is None or ceiling.high is None or floor.low >= ceiling.high:
            continue
        join = _JOIN.fullmatch(text, floor.end, ceiling.start)
        first = next((e for e in result if e.start == floor.start and e.what == "fact"), None)
        second = next((e for e in result if e.start == ceiling.start and e.what == "fact"), None)
        if join is None or first is None or second is None:
            continue  # a bound left as written: the other's wording stays its own
        if floor.unit != ceiling.unit:
            continue  # "≥ 50 to <= 90 years": the first has no unit, and the check reads any wording with one as new
        if floor.comparator is not Comparator.GE or ceiling.comparator is not Comparator.LE:
            # "18 years or older to younger than 70 years" reads as nothing: two bounds, said as two
            if first.end == join.start() and second.start == join.end():
                result.append(Edit(join.start(), join.end(), " and ", "fact"))
            continue
        joined = Fact(
            kind=FactKind.VALUE, start=floor.start, end=ceiling.end, text=text[floor.start : ceiling.end],
            comparator=Comparator.RANGE, low=floor.low, high=ceiling.high, unit=ceiling.unit,
            age=floor.age and ceiling.age,
        )  # fmt: skip
        wording = phrase(joined).removeprefix("from ")
        lead = " " if first.text.startswith(" ") else ""
        tail = " " if second.text.endswith(" ") else ""
        result = [e for e in result if e is not first and e is not second]
        result.append(Edit(first.start, second.end, lead + wording + tail, "fact"))
    return sorted(result, key=lambda e: e.start)

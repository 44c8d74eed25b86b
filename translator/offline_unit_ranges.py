"""A range written as two inclusive bounds whose unit goes on past a slash, said as one range (offline backend).

"Schirmer's test ≥ 0 to ≤ 9 mm/5min", "ICS ≥ 200 and ≤ 1000 µg/day": the fact extractor reads one range ("≥ 0 to ≤ 9
mm", 0 to 9) whose unit the text carries on ("/5min"). offline_edits.fact_edits leaves any fact followed by "/"
as written, since "1500 mg or more" + "/day" would break the unit apart; so the symbols were said one by one ("at
least 0 to at most 9 mm/5min"). A range's wording ends with its unit ("0 to 9 mm"), so the rest of the unit can
follow it: "0 to 9 mm/5min", "200 to 1000 µg/day". Only for a range whose two bounds are written with inclusive
symbols (a strict one, "> 200 and ≤ 1000", says no range the check would accept), a wording that ends with the
fact's unit, and a unit going on as "/word"; the fidelity check reads the result against the source as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact, FactKind
from translator.offline_edits import Edit, overlaps
from translator.phrasing import phrase

# "≥ 0 to ≤ 9 mm", "≥ 200 and ≤ 1000 µg", ">= 8 units/day and <= 40": an inclusive floor, then an inclusive ceiling
_INCLUSIVE_PAIR = re.compile(r"^\s*(?:≥|>=|=>)\s*[\d.,]+.*?\s(?:to|and|-|–)\s*(?:≤|<=|=<)\s*[\d.,]+", re.DOTALL)
_UNIT_ON = re.compile(r"/[A-Za-z0-9]+\b")


def slashed_ranges(text: str, facts: Sequence[Fact], edits: Sequence[Edit]) -> list[Edit]:
    """`edits` with each two-bound range whose unit goes on past a slash worded as one range (see the module)."""
    result = list(edits)
    for fact in facts:
        if fact.kind is not FactKind.VALUE or fact.comparator is not Comparator.RANGE or fact.label is not None:
            continue
        if fact.low is None or fact.high is None or fact.low >= fact.high or not fact.unit:
            continue
        if not _INCLUSIVE_PAIR.match(fact.text) or not _UNIT_ON.match(text, fact.end):
            continue
        if any(overlaps((fact.start, fact.end), (e.start, e.end)) for e in result):
            continue  # already worded, or part of another wording
        if any(o is not fact and overlaps((fact.start, fact.end), (o.start, o.end)) for o in facts):
            continue  # the extractors disagree about it
        if fact.start > 0 and not text[fact.start - 1].isspace() and text[fact.start - 1] not in "(":
            continue  # "(ICS)≥ 200": the wording needs the space the symbols did without
        wording = phrase(fact).removeprefix("from ")
        if not wording.endswith(" " + fact.unit):
            continue  # "0 to 9" + "/5min" would read as a new unit
        result.append(Edit(fact.start, fact.end, wording, "fact"))
    return sorted(result, key=lambda e: e.start)

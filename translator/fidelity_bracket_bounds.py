"""A converted amount in brackets bounded as the amount it restates: "≥ 0.8 ng/mL (0.26 nmol/L)", ">/=0.8 ng/mL
(>/=0.26 nmol/L)" and "0.8 ng/mL (0.26 nmol/L) or more" say one bound of one amount in two units.

The fact rules read the bracket's number as a fact of its own, bounded only by a comparator it writes itself, so a
source that writes the bound in both places and a bullet that says it once after the bracket ("Your fasting C-peptide
is 0.8 ng/mL (0.26 nmol/L) or more") disagreed on the second amount, a changed comparator where nothing changed. The
checks read both sides alike: a bracket that holds nothing but an amount, right after a bounded amount, takes its bound.
A bracket with a comparator of its own keeps it; a changed bound outside the bracket changes both, and is still caught.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact, FactKind

# (past a bracket that names the unit: "> 100 mg/liter (L) (10 mg/dL)")
_OPENS = re.compile(r"\s*(?:\(\s*[^\s()\d]{1,12}\s*\)\s*)?[(\[]\s*")
_CLOSES = re.compile(r"\s*[)\]]")
_CEILINGS = (Comparator.LT, Comparator.LE)
_BOUNDS = (Comparator.GT, Comparator.GE, *_CEILINGS)


def bracket_bounds(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """`facts` of `text`, each amount alone in a bracket right after a bounded amount given that amount's bound."""
    found = list(facts)
    for i, fact in enumerate(found):
        before = next((f for f in reversed(found[:i]) if f.end <= fact.start), None)
        if (before is None or fact.kind is not FactKind.VALUE or before.kind is not FactKind.VALUE
                or fact.comparator is not Comparator.EQ or before.comparator not in _BOUNDS
                or fact.unit is None or before.unit is None or fact.low is None
                # (a conversion is in another unit: "> 40 years (45)" restates nothing, whatever its 45 is)
                or fact.unit == before.unit
                or not _OPENS.fullmatch(text, before.end, fact.start) or not _CLOSES.match(text, fact.end)):
            continue
        ceiling = before.comparator in _CEILINGS
        found[i] = fact.model_copy(update={"comparator": before.comparator, "low": None if ceiling else fact.low,
                                           "high": fact.low if ceiling else None})
    return found

"""A bound before a ratio ("titre ≥1:80"): the facts read it on the ratio's first number, which a rewrite puts after
the whole ratio ("a titre of 1:80 or higher", on its second number).

`ratio_bounds` gives the other reading of the source's two numbers (a variant, `translator.fidelity_restated`): the
second with the bound, and the first as a plain number. Only two numbers joined by a colon with nothing between: a
changed number, or a bound turned round ("1:80 or lower"), is still no variant of the source's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact, FactKind

_BOUNDS = (Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT)
_COLON = re.compile(r"\s?:\s?")


def ratio_bounds(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The ratios of `text` with a bound before them, as the first number plain and the second bounded."""
    found = []
    for first, second in itertools.pairwise(facts):
        if (first.kind is FactKind.VALUE and second.kind is FactKind.VALUE and first.comparator in _BOUNDS
                and second.comparator is Comparator.EQ and first.unit is None and second.unit is None
                and _COLON.fullmatch(text[first.end : second.start]) is not None):
            # Each at the other's place: the bound is the source's first fact, and said as the second number's, it
            # must come with that number ("1:80 or higher"); a plain "1:80" still lost the bound.
            value = first.low if first.low is not None else first.high
            where = {"start": first.start, "end": first.end, "text": first.text}
            if first.comparator in (Comparator.GE, Comparator.GT):
                found.append(second.model_copy(update={"comparator": first.comparator, **where}))
            else:
                found.append(second.model_copy(update={"comparator": first.comparator, "low": None,
                                                       "high": second.low, **where}))
            found.append(first.model_copy(update={"comparator": Comparator.EQ, "low": value, "high": None,
                                                  "start": second.start, "end": second.end, "text": second.text}))
    return found

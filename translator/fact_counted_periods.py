"""A count given per a period with a slash: "(>1 episode/month)" is "more than 1 episode a month".

`translator.units` reads "episodes a month" (spaced) as a frequency, "times/month", but leaves "episode/month" as
written, so that a rewrite does not make it "1 times a month"; the bare count it leaves ("> 1") is then the same fact
as a bullet's "more than 1 episode a month", and this reads it so (a variant, `translator.fidelity_restated`): the
count's own words and period are kept ("1 episode/week" is no "1 episode a month").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind

_PERIODS = {"day": "times/day", "d": "times/day", "week": "times/week", "wk": "times/week", "month": "times/month",
            "year": "times/year", "yr": "times/year"}
_COUNTED_PER = re.compile(r"\s*(?:episodes?|times?|attacks?|events?|occurrences?)\s*/\s*(?P<period>day|d|week|wk|month"
                          r"|year|yr)\b", re.IGNORECASE)


def counted_periods(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare counts of `text` followed by "<episodes>/<period>", each as a frequency of that period."""
    found = []
    for fact in facts:
        if fact.kind is not FactKind.VALUE or fact.unit is not None or fact.label is not None:
            continue
        m = _COUNTED_PER.match(text, fact.end)
        if m is not None:
            found.append(fact.model_copy(update={"unit": _PERIODS[m.group("period").casefold()]}))
    return found

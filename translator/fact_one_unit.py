"""A bound on "a" time unit: "for at least a year", "more than a month before screening", "less than a week ago".

"A year" is one year, and a comparator before it bounds that one year as it bounds "1 year": "at least a month
before screening" is the window "≥ 1 month before screening", not "1 month before screening" (which the implicit
windows of `translator.temporal` read from "a month before" when no reading claims the comparator first), and
"(for at least a year)" is a duration that a bullet must keep. Each becomes a quantity with value 1 (10 for "a
decade") that the time-window reading then takes like any other ("for", "before X", "ago"). A plain "a year", with
no comparator, is left to those implicit windows.

The same article stands between a comparator and a number written as an adjective: "at least a two-year history",
"less than a 30% chance", "no more than a 20 mm Hg drop" bound the amount as "at least two years" does; read as a
bare "two-year", a bullet that left the bound out would still have kept every fact. Not "over a 2-week period",
where "over" says during: only the comparing words, never "over" or "under", reach through the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

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


_THROUGH_ARTICLE_RE = re.compile(
    r"(?<![\w-])(?P<cmp>at\s+least|at\s+most|(?:no\s+)?(?:more|less|greater|fewer|longer|shorter)\s+than|up\s+to"
    r"|a\s+(?:minimum|maximum)\s+of)\s+(?:a|an)\s+$",
    re.IGNORECASE,
)


def bound_through_article(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with each bare amount after "<comparator> a" ("at least a 2-year history") bound by it."""
    bound_ones: list[Quantity] = []
    for q in quantities:
        bare = q.comparator is Comparator.EQ and q.low is not None and q.high is None
        m = _THROUGH_ARTICLE_RE.search(text, max(0, q.start - 40), q.start) if bare else None
        if m is None:
            bound_ones.append(q)
            continue
        comparator = prefix_comparator(" ".join(m.group("cmp").split()))
        if comparator is Comparator.EQ:  # a wording the comparator table does not hold: leave the amount as it was
            bound_ones.append(q)
            continue
        one = bound(m.start(), q.end, comparator, q.low or 0.0, q.unit, q.age)
        bound_ones.append(replace(one, label=q.label, person=q.person, system=q.system, score=q.score))
    return bound_ones

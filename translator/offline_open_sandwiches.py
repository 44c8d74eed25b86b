"""A name between a strict bound and another bound said with the name first (offline backend): "95 mmHg < SBP <
150 mmHg" → "SBP more than 95 mmHg and less than 150 mmHg".

translator.fact_ranges reads the bare first number of such a text as the lower bound the symbol after it makes;
offline_edits words only the second bound ("95 mmHg < SBP less than 150 mmHg"), which leaves a symbol in a bullet
and a first number that reads as no bound at all. Said name first, each bound in words and joined by "and" (two
bounds, as offline_bound_pairs says a strict pair: a strict bound is no end of a range). Only where the two facts
are the whole span, with nothing but the name between them; the name is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.fact_ranges import OPEN_SANDWICH
from translator.facts import Comparator, Fact, FactKind
from translator.offline_edits import Edit, overlaps
from translator.phrasing import phrase

# "the mean SiDBP … is 140mmHg ≤ SiSBP <180 mmHg": what comes before says what the numbers are of, and a name put
# first would read as what "is" it
_SAID_BEFORE = re.compile(r"\b(?:is|are|was|were|be|of|at|from|between|to|by|with)\s*$", re.IGNORECASE)


def open_sandwiches(text: str, facts: Sequence[Fact], edits: Sequence[Edit]) -> list[Edit]:
    """`edits` with each "A < NAME < B" (one bound strict) worded "NAME more than A and less than B"."""
    result = list(edits)
    bounds = sorted((f for f in facts if f.kind is FactKind.VALUE and f.comparator is not None), key=lambda f: f.start)
    for floor, ceiling in pairwise(bounds):
        if floor.comparator not in (Comparator.GT, Comparator.GE) or ceiling.comparator not in (
            Comparator.LT,
            Comparator.LE,
        ):
            continue
        between = OPEN_SANDWICH.fullmatch(text, floor.end, ceiling.start)  # the name between, as facts read it
        if between is None or floor.label is not None or ceiling.label is not None:
            continue
        if _SAID_BEFORE.search(text, 0, floor.start):
            continue
        if any(o.start < ceiling.end and floor.start < o.end for o in facts if o is not floor and o is not ceiling):
            continue  # another fact inside the span: its wording is not ours to drop
        # the name stays where it is, as written, for the term rules to spell out ("SBP" at its first use): the
        # first bound and its symbol go, and both bounds are said after the name
        name_start, name_end = between.span("name")
        wording = f" {phrase(floor)} and {phrase(ceiling)}"
        lead = " " if floor.start > 0 and (text[floor.start - 1].isalnum() or text[floor.start - 1] in ")]:") else ""
        tail = " " if ceiling.end < len(text) and text[ceiling.end].isalnum() else ""
        result = [e for e in result if not overlaps((e.start, e.end), (floor.start, name_start))]
        result = [e for e in result if not overlaps((e.start, e.end), (name_end, ceiling.end))]
        result += [Edit(floor.start, name_start, lead, "fact"), Edit(name_end, ceiling.end, wording + tail, "fact")]
    return sorted(result, key=lambda e: e.start)

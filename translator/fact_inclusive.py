"""A strict bound that a bracket takes its value in to: "greater than 2 times (inclusive) the ULN" is ≥ 2 × ULN.

The source says "greater than" and then, in brackets, that the number itself counts; a faithful bullet says "2 times
the ULN or more". Read without the bracket, the amount was a strict bound with no unit (the bracket stood between
"times" and "the upper limit"), so every faithful wording looked changed. The bracket is blanked (spans stay) for
the amount's reading, and the strict bound it follows becomes inclusive. Only "(inclusive)" right after a number or
its "times"/"x": "between 27 and 35, inclusive" is a range's ends (`translator.fidelity_qualifiers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from translator.facts import Comparator
from translator.quantities import Quantity

_BRACKET_RE = re.compile(r"(?<=\d)(?:\s*(?:times|x|×))?\s*(?P<bracket>\(\s*inclusive\s*\))(?=\s)", re.IGNORECASE)
_TAKEN_IN = {Comparator.GT: Comparator.GE, Comparator.LT: Comparator.LE}


def blank_inclusive(text: str) -> tuple[str, list[int]]:
    """`text` with each "(inclusive)" after an amount blanked, and where each was."""
    spots = [m.start("bracket") for m in _BRACKET_RE.finditer(text)]
    for m in _BRACKET_RE.finditer(text):
        a, b = m.span("bracket")
        text = text[:a] + " " * (b - a) + text[b:]
    return text, spots


def taken_in(quantities: Sequence[Quantity], spots: Sequence[int]) -> list[Quantity]:
    """The quantities, a strict bound that a blanked "(inclusive)" follows (inside its span or right after it) made
    inclusive."""
    found = []
    for q in quantities:
        if q.comparator in _TAKEN_IN and any(q.start < s <= q.end + 2 for s in spots):
            q = replace(q, comparator=_TAKEN_IN[q.comparator])
        found.append(q)
    return found

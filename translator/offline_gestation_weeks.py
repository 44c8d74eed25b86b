"""Weeks of a pregnancy in plain words (offline backend; used by translator.offline_terms): "34 weeks gestation" →
"34 weeks of pregnancy".

The lexicon says "gestation" as "pregnancy", which after a number of weeks read "34 weeks pregnancy": English puts
an "of" between the weeks and what they count. Only right after "week"/"weeks" ("34 weeks gestation", "between
34-42 weeks gestation"); "weeks' gestation" (its possessive) and "weeks of gestation" read right with the plain
word alone.
"""

from __future__ import annotations

import re

_WEEKS_BEFORE = re.compile(r"\bweeks?\s+$", re.IGNORECASE)


def weeks_of(text: str, start: int, term: str, replacement: str) -> str:
    """`replacement` for the term `term` at `start` of `text`, with "of" before it after a number of weeks."""
    if term.lower() == "gestation" and replacement == "pregnancy" and _WEEKS_BEFORE.search(text, 0, start):
        return "of pregnancy"
    return replacement

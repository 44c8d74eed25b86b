"""A range the value must lie outside of: "Hemoglobin levels outside 11-14 mg/dL".

A range fact (comparator RANGE) says the value lies from its low to its high bound. "outside 11-14",
"outside the range of 11 to 14", "not within 11-14" and "beyond the range 11-14" say the opposite,
so a bullet that says "is 11 to 14" inverts the criterion; read as the same range, both sides gave
the same fact and the check let it through. Such a range carries the label `OUTSIDE` (a label is part
of a fact's key, and labels must agree for two facts to match), as "minimum 3-4" carries "minimum".

Only right before the range: "outside the study, 11-14 days" is no such range ("the study" is no
range word), and "beyond" needs "range" ("beyond 2-4 weeks" is after them, not outside them).
"""

from __future__ import annotations

import re

OUTSIDE = "outside"

_RANGE_WORDS = r"(?:\s+(?:the|a))?(?:\s+(?:normal|reference|target|specified|allowed|accepted|following))?"
_OUTSIDE_RE = re.compile(
    rf"(?<![\w-])(?:(?:(?:outside|out\s+of)(?:\s+of)?|not\s+within)(?:{_RANGE_WORDS}(?:\s+range)?)?"
    rf"|beyond{_RANGE_WORDS}\s+range)(?:\s+(?:of|from|between))?[\s:(\[]*$",
    re.IGNORECASE,
)


def outside_before(text: str, start: int, floor: int = 0) -> int | None:
    """Where words saying "outside" that end right before `start` (where a range's first number starts) begin;
    None if none do. "range of", "from" and "between" may stand between them and the number."""
    m = _OUTSIDE_RE.search(text, max(floor, start - 50), start)
    return m.start() if m else None

"""A count of one said by its own word: "treated one time with chemotherapy" as "treated once with chemotherapy".

`translator.quantities` reads no fact in "once" unless a frequency follows ("once daily"): mostly it opens a clause
("once the infection has resolved"). So a source's "one time" said "once" would look missing. Where a bullet citing
the source says "once" as a count (right after a verb's participle or a quantity word: "treated once", "at least
once"), the source's "one time" / "1 time" / "a single time" is said. A bullet that says another count ("treated
twice") has no such "once", and the source's count stays missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ONE_TIME_RE = re.compile(r"\b((?:one|1|a\s+single)\s+time)\b(?!\s*(?:points?|frames?|of\b))", re.IGNORECASE)
_COUNTED_ONCE_RE = re.compile(r"\b(?:[a-z]+(?:ed|en)|given|had|done|least|only|exactly|just)\s+once\b",
                              re.IGNORECASE)


def once_spans(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of the source's "one time" that a bullet says as a counted "once"."""
    if not any(_COUNTED_ONCE_RE.search(text) for text in bullets):
        return []
    return [m.span(1) for m in _ONE_TIME_RE.finditer(source)]

"""The second of a spirometry measure's name, which is no time window: "forced expiratory volume in 1 second (FEV1)".

Sources write the measure "at 1 second", "in one second" or "in the first second", and plain rewrites say the usual
"in 1 second", or gloss the name by the breath it times ("FEV1 (how much air you can blow out in 1 second)"); read as
windows, "at 1 second" (a point) and "in 1 second" (a window up to it) differ. The second is
part of what is measured, as the "1" of "FEV1" is, so `translator.temporal` leaves it a plain amount that each wording
states alike (and a changed number is still a changed amount).
"""

from __future__ import annotations

import re

_MEASURE_BEFORE = re.compile(r"expiratory\s+volume\s+(?:in|at|during|over|of)\s+(?:the\s+first\s+)?$", re.IGNORECASE)
# Only right after the name: "you can walk in 6 minutes" is a time of its own.
_GLOSS_BEFORE = re.compile(r"\bFEV\s?1\s*(?:\(|,\s*)[^.;()]{0,50}\b(?:blow|breathe|push|force|exhale)\w*"
                           r"(?:\s+(?:\w+\s+)?out)?\s+(?:in|during)\s+(?:the\s+first\s+)?$", re.IGNORECASE)


def measure_second(text: str, start: int) -> bool:
    """Whether the time amount starting at `start` is the second of a spirometry measure's name."""
    return (_MEASURE_BEFORE.search(text, max(0, start - 50), start) is not None
            or _GLOSS_BEFORE.search(text, max(0, start - 100), start) is not None)

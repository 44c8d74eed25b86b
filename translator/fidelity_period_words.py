"""A protocol period named with "during" in the source and "in" in a bullet: "during the Screening Period" said
"in the Screening Period".

A window with no number is a fact only where its relation word reads as one ("during", "at", "before"); "in" before
a period's name is read as none, so that a source's "in the Screening period" does not stand in for another window
of the same criterion ("a SCCAI score greater than 5 at Screening or a CDAI score greater than 300 in the Screening
period": the "at Screening" cut from the first score must still be missed). So the source's "during" window is said,
without a fact of the bullet's own, where a bullet names the same period after "in"; any other word for the period,
or another period, leaves it missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DURING_PERIOD = re.compile(r"\bduring\s+the\s+([A-Za-z][\w-]*)\s+(period|phase)\b", re.IGNORECASE)


def period_spans(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of `source`'s "during the <name> period" that a bullet says as "in the <name> period"."""
    return [m.span() for m in _DURING_PERIOD.finditer(source)
            if any(re.search(rf"\bin\s+the\s+{re.escape(m.group(1))}\s+{m.group(2)}\b", text, re.IGNORECASE)
                   for text in bullets)]

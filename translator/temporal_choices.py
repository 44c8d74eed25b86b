"""A time set off from the event it is measured from by an aside: "at least 3 weeks or 5 half-lives (for systemic
agents), whichever is shorter, from initiation of study treatment".

`translator.temporal` reads the event right after a time as its anchor; a bracket that says what the time is for
("(for systemic agents)") or the choice between two times ("whichever is shorter") put between them left the time a
plain amount and the event no window at all, while a faithful rewrite that moves the choice to the end ("5 half-lives
(for systemic agents) before you start study treatment, whichever is shorter") read as a window the source does not
have. The event after the aside is the time's anchor, as it is without the aside: the aside only qualifies the time.
Only a bracket without a number of its own (one with a time is another window, `translator.temporal._other_event`)
and only the directions that name an event ("before", "after", "from"…), never "of" (whose half-lives a drug's).
"""

from __future__ import annotations

import re

from translator.anchors import match_anchor
from translator.quantities import Quantity
from translator.temporal import Window, direction_of, right_of
from translator.units import TIME_UNITS

_ASIDES = re.compile(r"(?P<bracket>\s*\([^()\d]{1,40}\))?"
                     r"(?P<choice>\s*,?\s*\(?\s*whichever\s+(?:is|comes|occurs)\s+(?:the\s+)?[a-z]+\s*\)?)?\s*,?",
                     re.IGNORECASE)


def anchored_past_asides(text: str, windows: list[Window], values: list[Quantity], said: list[tuple[int, int]]
                         ) -> tuple[list[Window], list[Quantity]]:
    """`windows` and `values`, each time among the values that an aside separates from its event made a window on that
    event; the event's words go in `said` (no window of their own)."""
    kept: list[Quantity] = []
    found = list(windows)
    for q in values:
        aside = _ASIDES.match(text, q.end) if q.unit in TIME_UNITS and not q.age else None
        right = right_of(text, aside.end()) if aside and (aside.group("bracket") or aside.group("choice")) else None
        if right is None or not right.group("dir") or right.group("dir").casefold() == "of":
            kept.append(q)
            continue
        direction = direction_of(right.group("dir"))
        anchor = match_anchor(text, right.end(), direction)
        if anchor is None or direction not in ("before", "after", "within"):
            kept.append(q)
            continue
        found.append(Window(q.start, q.end, direction, q.comparator, q.low, q.high, q.unit, anchor[0]))
        said.append((right.start(), anchor[1]))
    return sorted(found, key=lambda w: (w.start, w.end)), kept

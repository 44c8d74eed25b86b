"""Numbered study time points: "at Visit 1", "on day 15", "prior to Week 12", each a window at, before, after or until
the point it names (anchor 'visit 1', 'day 15', 'week 12'). Read by `translator.extraction` beside the windows of
`translator.temporal`, whose `Window` they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translator.anchors import point_name
from translator.temporal import Window
from translator.triggers import TriggeredPattern

_POINT_RE = TriggeredPattern(re.compile(
    # "the 7 days immediately preceding Visit 2" are before it, as "right before Visit 2" says
    # Not a rate's "per day" with its amount after it: "LAM (dosage/day 100 mg or more)" has no day 100.
    r"\b(?<!/)(?:(?P<rel>at|on|by|until|till|up\s+to|through|thru|no\s+later\s+than|before|prior\s+to|preceding|after"
    r"|following|from|at\s+least|no\s+earlier\s+than|during|since)\s+(?:the\s+)?)?"
    r"(?P<point>(?:study\s+)?(?:visit|day|week|month|cycle)\s*(?:#|number\s+)?(?:[-−]\s?)?\d{1,3})"
    r"(?!\s*(?:[-–]|to)\s*\d)(?!\w|[.,]\d)(?!\s*(?:mg|mcg|µg|g|kg|mL|IU|units?)\b)",
    re.IGNORECASE,
), "at on by until till up through thru no before prior preceding after following from during since study visit day"
   " week month cycle")  # fmt: skip
# "up to Day 4 after dosing" is until it, "at least Day 4" from it on: a bound on a time point is its relation.
_POINT_RELATIONS = {"at": "at", "on": "at", "by": "at", "until": "until", "till": "until", "up to": "until",
                    "through": "until", "thru": "until", "no later than": "until", "before": "before",
                    "prior to": "before", "preceding": "before", "after": "after", "following": "after",
                    "from": "after", "at least": "after", "no earlier than": "after", "during": "during",
                    "since": "since"}  # fmt: skip


# "your regimen from Cycle 1", "the dose from Day 1": a thing of that point (the source's "Cycle 1 regimen"), not a time
# from it on; not a span "from Day 1 to Day 5".
_THING_BEFORE = re.compile(r"\b(?:regimens?|doses?|dosing|schedules?|results?|values?|scans?|measurements?|readings?"
                           r"|samples?|assessments?)\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:to|through|until|till|onwards?|and\s+after)\b", re.IGNORECASE)


def time_points(text: str) -> Iterator[Window]:
    """Numbered study time points: "at Visit 1", "on day 15", "prior to Week 12" (anchor 'visit 1'…)."""
    for m in _POINT_RE.finditer(text):
        rel = " ".join(m.group("rel").casefold().split()) if m.group("rel") else "at"
        if rel == "from" and _THING_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _SPAN_AFTER.match(
                text, m.end()):
            rel = "at"
        yield Window(m.start(), m.end(), _POINT_RELATIONS.get(rel, "at"), anchor=point_name(m.group("point")))

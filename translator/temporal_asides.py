"""An event said after a window's bracketed aside: "within 4 weeks (6 weeks for nitrosoureas or mitomycin C) prior to
entering the study".

`translator.temporal` reads the aside as the same window for other drugs (`_other_event`) and the event right after a
window as its anchor; here the event comes after the aside's closing bracket, so neither window read it, and a
faithful rewrite that puts the event beside the first window ("within 4 weeks before entering the study (6 weeks for
…)") read as a window the source does not have. The event after the bracket is both windows' anchor: the aside only
changes the length for some drugs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from translator.anchors import match_anchor
from translator.temporal import Window, aside_between, direction_of, right_of

_CLOSE = re.compile(r"[^()]*\)")


def anchored_after_asides(text: str, windows: list[Window]) -> list[Window]:
    """`windows`, each window with no event and its bracketed aside anchored on the event said after the bracket."""
    found = list(windows)
    for i in range(len(found) - 1):
        window, aside = found[i], found[i + 1]
        if (window.anchor is not None or aside.anchor is not None or window.relation != "within"
                or aside.relation != "within" or not aside_between(text, window.end, aside.start, aside.end)):
            continue
        close = _CLOSE.match(text, aside.end)
        right = right_of(text, close.end()) if close else None
        if right is None or not right.group("dir"):
            continue
        direction = direction_of(right.group("dir"))
        anchor = match_anchor(text, right.end(), direction)
        if anchor is None or direction not in ("before", "after"):
            continue
        found[i] = replace(window, relation=direction, anchor=anchor[0])
        # (the aside reaches over the event, which is said once for both: no window of its own)
        found[i + 1] = replace(aside, relation=direction, anchor=anchor[0], end=anchor[1])
    return found

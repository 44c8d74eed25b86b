"""An event said after a window's bracketed aside: "within 4 weeks (6 weeks for nitrosoureas or mitomycin C) prior to
entering the study".

`translator.temporal` reads the aside as the same window for other drugs (`_other_event`) and the event right after a
window as its anchor; here the event comes after the aside's closing bracket, so neither window read it, and a
faithful rewrite that puts the event beside the first window ("within 4 weeks before entering the study (6 weeks for
…)") read as a window the source does not have. The event after the bracket is both windows' anchor: the aside only
changes the length for some drugs.

Likewise an event said once after two windows, set off by a comma: "used investigational drugs within 30 days, or
started any other cancer treatment within 2 weeks, before study entry" reads the event as the second window's at
least, as "… within 2 weeks before study entry" does (the comma only says it may reach the first window too).
"""

from __future__ import annotations

import re
from dataclasses import replace

from translator.anchors import match_anchor
from translator.temporal import Window, aside_between, direction_of, right_of

_CLOSE = re.compile(r"[^()]*\)")
_COMMA = re.compile(r",\s*")
# the second window's clause joined to the first's: "within 30 days, or started … within 2 weeks"
_JOINED = re.compile(r"[^.;()]*?\b(?:or|and)\b[^.;()]*", re.IGNORECASE)


def anchored_after_asides(text: str, windows: list[Window], said: list[tuple[int, int]]) -> list[Window]:
    """`windows`, each window with no event and its bracketed aside anchored on the event said after the bracket; the
    event's words, now the windows', go in `said` (no window of their own)."""
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
        found[i + 1] = replace(aside, relation=direction, anchor=anchor[0])
        said.append((right.start(), anchor[1]))
    return found


def anchored_after_commas(text: str, windows: list[Window], said: list[tuple[int, int]]) -> list[Window]:
    """`windows`, the second of two windows joined by "or"/"and" anchored on an event said after it and a comma (whose
    words go in `said`)."""
    found = list(windows)
    for i in range(1, len(found)):
        first, window = found[i - 1], found[i]
        comma = _COMMA.match(text, window.end)
        if (comma is None or first.anchor is not None or window.anchor is not None or window.relation != "within"
                or not _JOINED.fullmatch(text, first.end, window.start)):
            continue
        right = right_of(text, comma.end())
        if right is None or not right.group("dir"):
            continue
        direction = direction_of(right.group("dir"))
        anchor = match_anchor(text, right.end(), direction)
        if anchor is not None and direction in ("before", "after"):
            found[i] = replace(window, relation=direction, anchor=anchor[0])
            said.append((right.start(), anchor[1]))
    return found

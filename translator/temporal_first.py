"""A window at the start of its event: "within the first 12 months of diagnosis" is the 12 months after it.

"Within 12 months of diagnosis" may reach either side of the event, so `translator.temporal` reads "of" as "within",
which a rewrite may say as "before" or "after". "The first 12 months of" an event can only follow it: read as
"after", a bullet that moved the window before the event ("within the first 12 months before diagnosis") is a
changed window, as it is for the reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from translator.temporal import Window

_FIRST = re.compile(r"\bfirst\s+$", re.IGNORECASE)


def first_of_event(text: str, windows: list[Window]) -> list[Window]:
    """`windows`, each "within" window with an event whose number follows "first" read as after that event."""
    return [replace(w, relation="after") if w.relation == "within" and w.anchor is not None
            and _FIRST.search(text, max(0, w.start - 12), w.start) else w for w in windows]

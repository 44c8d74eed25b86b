"""A later verb of a "You have a history of" opening, after a relative clause, said as the reader's (offline backend,
on the composed text).

"Has a history of (non-infectious) pneumonitis that required steroids, has current pneumonitis, or has suspected
pneumonitis …" lists three things the patient has: after the opening becomes "You have a history of …", the later
"has" would read as the history's, or the relative clause's ("… that needed steroids, has current ILD"), where the
source meant the patient. Only this shape: the opening "You have a … history of", one "that" clause with a past
verb, then ", has current" (and a later ", or has suspected" in the same sentence) → "have".
"""

from __future__ import annotations

import re

_LISTED = re.compile(
    r"^(?P<head>You have an? (?:[\w()-]+ )?history of [^.;:]*?\bthat \w+ed\b[^.;:,]*), has (?P<now>current\b[^.;:,]*)"
    r"(?P<tail>, or has (?=suspected\b))?"
)


def listed_verbs(text: str) -> str:
    """`text` with the reader's later "has" said as "have" (see the module)."""
    m = _LISTED.match(text)
    if m is None:
        return text
    tail = ", or have " if m.group("tail") else ""
    return m.group("head") + ", have " + m.group("now") + tail + text[m.end() :]

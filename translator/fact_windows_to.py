"""A past window measured back from an event named after "to": "in the previous 30 days to screening".

The window reader takes the event of "the 30 days prior to screening", not of "the previous 30 days to screening",
whose "to" it does not read as a side (most "to"s are no side: "exposed to", "up to"); so that window counts back
from now, and a bullet's "in the 30 days before screening" named another event. Here a window that counts back from
now ("previous", "past", "last") and is followed by "to" and an event is read as before that event too (a variant,
`translator.fidelity_restated`): the event must be the one the bullet names.

The far end of a span "from one day before to 14 days after completing …" is read as a point ("14 days after"); the
span runs up to it, which a bullet says "until 14 days after" (`span_ends`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.anchors import match_anchor
from translator.facts import Comparator, Fact, FactKind

_BACK_FROM_NOW = re.compile(r"\b(?:previous|past|last|preceding)\b", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
# "from <a time> to <this one>": a "from" opening the span in the same clause, and "to" right before this end.
_SPAN_TO = re.compile(r"\bfrom\s+[^.;:()]{1,60}?\s+to\s+$", re.IGNORECASE)


def windows_to(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The past windows of `text` with no event that a "to <event>" right after ends, each as before that event."""
    found = []
    for fact in facts:
        if (fact.kind is not FactKind.TEMPORAL or fact.anchor is not None or fact.relation != "before"
                or not _BACK_FROM_NOW.search(fact.text) or (to := _TO.match(text, fact.end)) is None):
            continue
        anchor = match_anchor(text, to.end(), "before")
        if anchor is not None:
            found.append(fact.model_copy(update={"anchor": anchor[0]}))
    return found


def span_ends(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The windows of `text` that end a "from … to" span ("from one day before to 14 days after completing"), each as
    the bound it sets ("until 14 days after")."""
    found = []
    for fact in facts:
        if (fact.kind is FactKind.TEMPORAL and fact.relation in ("before", "after") and fact.comparator is Comparator.EQ
                and fact.low is not None and fact.high is None
                and _SPAN_TO.search(text, max(0, fact.start - 80), fact.start) is not None):
            found.append(fact.model_copy(update={"comparator": Comparator.LE, "low": None, "high": fact.low}))
    return found

"""Events a source names in words the anchor vocabulary does not read, which a rewrite names in words it does:
- "after resection" said "after surgery to remove it (resection)": a resection, excision or removal is surgery;
- "since the prior treatment" said "since your last treatment": the treatment before is the last one, which the
  vocabulary reads as "last dose" (`translator.anchors`).
Each is a variant of the source's window with no event of its own, the event those words name put in: a bullet that
names it keeps the window's amount and way to be compared ("21 days since your last treatment" for the source's "28
days" is still a changed window), and one that names another event ("after chemotherapy") still invents it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind

_EVENT_AFTER: list[tuple[str, re.Pattern[str]]] = [
    ("surgery", re.compile(r"\s*(?:the\s+|a\s+)?(?:surgical\s+|complete\s+|curative\s+)?(?:resection|excision|removal)"
                           r"(?!\s+of\s)\b", re.IGNORECASE)),
    ("last dose", re.compile(r"\s*(?:the\s+|your\s+|their\s+)?(?:prior|previous|most\s+recent)\s+"
                             r"(?:treatment|therapy|dose)(?!\s+(?:of|with)\s)\b", re.IGNORECASE)),
]
_RELATIONS = ("after", "since", "before", "within")


def plain_events(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The windows of `text` with no event, which an event the anchor vocabulary does not read follows, with it."""
    found = []
    for fact in facts:
        if fact.kind is not FactKind.TEMPORAL or fact.anchor is not None or fact.relation not in _RELATIONS:
            continue
        for event, after in _EVENT_AFTER:
            if after.match(text, fact.end):
                found.append(fact.model_copy(update={"anchor": event}))
    return found

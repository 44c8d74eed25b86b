"""A bare amount whose unit a source splits with "or the equivalent": "more than 5 cigarettes or the equivalent per
day" counts cigarettes a day, as a rewrite that moves the aside says ("more than 5 cigarettes a day, or the
equivalent"). The fact rules read the unit only where its words touch the number, so the source's amount has none;
this reads it with the aside left out. Only one plain noun before "or (the) equivalent" and a rate ("per day", "a
week") after it: the unit read is the one the same words give without the aside, so "5 cigarettes a week" for the
source's "per day" is still a changed amount."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind, extract_facts

_EQUIVALENT_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\s+or\s+(?:the\s+|an\s+)?equivalent\s+"
                               r"(?P<rate>(?:per|a|an|each|every)\s+[a-z]+)\b", re.IGNORECASE)


def equivalent_units(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare amounts of `text` split from their unit by "or the equivalent", in that unit."""
    found = []
    for fact in facts:
        if fact.kind is not FactKind.VALUE or fact.unit is not None or fact.label is not None:
            continue
        m = _EQUIVALENT_AFTER.match(text, fact.end)
        if m is None:
            continue
        joined = f"{text[fact.start:fact.end]} {m['noun']} {m['rate']}"
        unit = next((f.unit for f in extract_facts(joined) if f.kind is FactKind.VALUE and f.start == 0), None)
        if unit is not None:
            found.append(fact.model_copy(update={"unit": unit}))
    return found

"""Amounts a source writes loosely, read as a faithful rewrite says them:
- a sign between the number and its unit: "18 ≥ years old" is "≥ 18 years old" ("18 years or older"); the fact rules
  read a sign only before its number, so the source's "18" is bare;
- a scale's range that lost its dash: "an ECOG performance status of 0 2" is "0-2" ("0 to 2"). Only two bare whole
  numbers, a single space apart, rising, the first read as a scale's score: "0 2" beside another word stays two.
- the seconds of a forced expiratory volume written as a bare number: "forced expiratory volume 1 (FEV1)" is "in 1
  second", as a rewrite spells it out ("forced expiratory volume in 1 second").
Each reading is given the place of the source's own number(s), so it stands in for them only where a bullet says it;
a bullet with another bound or other ends ("19 years or older", "0 to 3") is still a changed amount."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact, FactKind, extract_facts

_SIGN_AFTER = re.compile(r"\s*(?P<sign>≥|≤|>=|<=|>|<)\s*"
                         r"(?P<unit>(?:years?|months?|weeks?|days?)(?:\s+(?:old|of\s+age))?)\b", re.IGNORECASE)
_VOLUME_BEFORE = re.compile(r"\bexpiratory\s+volume\s+(?:in\s+)?$", re.IGNORECASE)


def _bare(fact: Fact) -> bool:
    return (fact.kind is FactKind.VALUE and fact.unit is None and fact.label is None
            and fact.comparator is Comparator.EQ and fact.low is not None)


def _read(text: str) -> Fact | None:
    return next((f for f in extract_facts(text) if f.kind is FactKind.VALUE and f.start == 0), None)


def loose_amounts(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare amounts of `text` that a sign after them or a lost dash bounds, as bounded."""
    found = []
    for fact in facts:
        if _bare(fact) and (m := _SIGN_AFTER.match(text, fact.end)) is not None:
            read = _read(f"{m['sign']} {text[fact.start:fact.end]} {m['unit']}")
            if read is not None and read.comparator is not Comparator.EQ:
                found.append(read.model_copy(update={"start": fact.start, "end": fact.end, "text": fact.text}))
        if _bare(fact) and _VOLUME_BEFORE.search(text, max(0, fact.start - 30), fact.start):
            # (read after the measure's name, as the bullet's "in 1 second" is: an amount of the name, no window)
            said = f"expiratory volume in {text[fact.start:fact.end]} second"
            timed = next((f for f in extract_facts(said) if f.start > len("expiratory volume")), None)
            if timed is not None:
                found.append(timed.model_copy(update={"start": fact.start, "end": fact.end, "text": fact.text}))
    for low, high in itertools.pairwise(facts):
        if (_bare(low) and _bare(high) and low.score and text[low.end:high.start] == " " and low.low is not None
                and high.low is not None and low.low < high.low and low.low.is_integer() and high.low.is_integer()):
            read = _read(f"{text[low.start:low.end]}-{text[high.start:high.end]}")
            if read is not None and read.comparator is Comparator.RANGE:
                found += [read.model_copy(update={"start": f.start, "end": f.end, "text": f.text, "score": True})
                          for f in (low, high)]
    return found

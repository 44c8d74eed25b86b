"""A negation dropped from one item of a list while the count stays: "have no cause of A and no other cause of B"
→ "have a cause of A and no other cause of B".

Negations are compared by count (`translator.fidelity_negation_counts`), and a faithful bullet may repeat a
negation over the items of a list; so a bullet that drops one copy still has as many negations as its
source. What the count cannot see, the cue's scope can: a cue that heads its item ("… and no other cause of
B") negates that item; an item beside it with no cue of its own, that names something the source negates
("have a cause of A"), has lost its negation. `translator.fidelity_negation_counts` reports such an item
only when it names an item of a list the source negates, and the source has no such item itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind

# The cues that negate a state or an event (not exceptions, which never repeat).
_PLAIN = {"no", "not", "never", "neither", "none", "without", "absence", "free"}
_COORDINATOR = re.compile(r",|;|\b(?:and/or|and|or|nor)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_JOIN = re.compile(r"and|or|nor|and/or", re.IGNORECASE)


def _pieces(text: str, pos: int) -> list[tuple[int, int]]:
    """The coordinated pieces of the sentence around `pos`, as spans."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    stop = _SENTENCE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    cuts = [start, *(p for m in _COORDINATOR.finditer(text, start, end) for p in (m.start(), m.end())), end]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def uncued_neighbours(text: str, facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """Items joined by "and"/"or" to a next item that a cue heads ("A and no other cause of B"), with no negation
    of their own ("A")."""
    negations = [f for f in facts if f.kind is FactKind.NEGATION]
    found: list[tuple[int, int]] = []
    # A cue that is a word of its own: "uncontrolled diabetes or heart disease" negates within its word.
    for cue in (f for f in negations if f.cue in _PLAIN and f.text.casefold() in _PLAIN):
        pieces = _pieces(text, cue.start)
        k = next((i for i, (a, b) in enumerate(pieces) if a <= cue.start < b), 0)
        if k == 0 or text[pieces[k][0] : cue.start].strip():
            continue  # the cue does not head its item: "you have no cause" negates within its own clause
        a, b = pieces[k - 1]
        words = text[a:b]
        # Joined by a word, not a comma (a rewording adds commas: "i.e." → "that is,"), at one bracket depth.
        joined = _JOIN.fullmatch(text, b, pieces[k][0]) and words.count("(") == words.count(")")
        if joined and words.strip() and not any(a <= n.start < b for n in negations):
            span = (a + len(words) - len(words.lstrip()), b - (len(words) - len(words.rstrip())))
            if span not in found:
                found.append(span)
    return found

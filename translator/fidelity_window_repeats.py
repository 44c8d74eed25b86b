"""A negation said again for the second of two windows it covers: "No exposure to X for at least one month prior to
start of treatment and during the study" said "You have not taken X for at least one month before the start of
treatment, and you will not take them during the study".

The source's one "No" covers both windows joined by "and"; a plain rewrite gives the second window a clause of its own,
which must say the negation again and refers back to what it denies by a pronoun ("them", "it"). Counted by cues, the
bullet had one negation more than its source. Each such clause (with its "not" or without) counts as a negation the
bullets must say once more, as many as the sources have windows a negation covers joined that way: a bullet that lost
either "not" ("You have taken X …, and you will not take them …", "…, and you will take them during the study") is
still one short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.facts import Fact, FactKind

# ", and you will not take them during the study": a negated clause on the pronoun for what the clause before denies
# (or the clause with its "not" lost: it still owes one)
_AGAIN = re.compile(r",?\s+and\s+(?:you\s+)?(?:will|must|should|do|did|may|can|have)\s+(?:not\s+)?(?:be\s+)?"
                    r"(?:take|taking|taken|use|using|used|receive|receiving|received|get|getting|have|having|had"
                    r"|exposed\s+to)\s+(?:them|it|any\s+of\s+them|these)\b", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s*and\s*", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")


def _cue_before(text: str, facts: Sequence[Fact], pos: int) -> bool:
    return any(f.kind is FactKind.NEGATION and f.end <= pos and not _SENTENCE_BREAK.search(text, f.end, pos)
               for f in facts)


def _covered_pairs(text: str, facts: Sequence[Fact]) -> int:
    """Windows of `text` joined to the window before by a bare "and", with a negation before both in their sentence."""
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL]
    return sum(1 for first, second in pairwise(windows)
               if _AND.fullmatch(text, first.end, second.start) and _cue_before(text, facts, first.start))


def _repeats(text: str, facts: Sequence[Fact]) -> int:
    """Clauses of `text` on a pronoun for what the clause before names, each with a window of its own."""
    count = 0
    for m in _AGAIN.finditer(text):
        sentence_end = _SENTENCE_BREAK.search(text, m.end())
        stop = sentence_end.start() if sentence_end else len(text)
        count += any(f.kind is FactKind.TEMPORAL and m.end() <= f.start < stop for f in facts)
    return count


def window_repeats(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                   ) -> int:
    """How many negations of the bullets say again, for a second window, a negation of the sources that covers two."""
    if not any(" and " in text for text, _ in bullets):
        return 0
    covered = sum(_covered_pairs(text, facts) for text, facts in sources)
    if not covered:
        return 0
    return min(covered, sum(_repeats(text, facts) for text, facts in bullets))

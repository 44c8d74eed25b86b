"""How the sense of an ambiguous abbreviation is chosen from the words around it.

An abbreviation is matched case-sensitively ("eGFR", the kidney filtration rate, is not "EGFR",
a gene; "ECOG" is not "ECoG"). Most have one sense. Those with several declare, per sense, cue
words that signal it: "PD" near "RECIST" or "tumor" is progressive disease, near "levodopa" it is
Parkinson's disease. Each sense gets a `SenseScore`, compared in this order:

1. spelled out: the sense's expansion is written in the text or context ("progressive disease (PD)")
   (not for a `word` sense: "who" is written everywhere);
2. near: distinct cues within 80 characters of the abbreviation;
3. far: distinct cues elsewhere in the text plus in extra context (e.g. the trial's conditions).

So the words next to the abbreviation outweigh any number of cues further away ("Functional
Class IV" is a Roman numeral even in a criterion that mentions infusions). The best sense wins only
if it scores above nothing and strictly above every other; otherwise the sense is unknown and the
caller must keep the abbreviation as written and flag it, never guess. A sense marked `word` is
the ordinary English word ("ALL of the following"), so it wins by producing no match at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from translator.lexicon_entries import AbbreviationEntry, Sense

NEAR_CHARS = 80
_SEPARATORS = re.compile(r"[\s\-]+")


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # A cue matches at a word start and may run on ("parkinson" finds "Parkinson's", "infus" finds
    # "infusion"); spaces in a cue match any run of spaces or hyphens.
    parts = [r"[\s\-]+".join(re.escape(word) for word in cue.split()) for cue in cues]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _folded(text: str) -> str:
    return _SEPARATORS.sub(" ", text.lower())


@lru_cache(maxsize=64)
def _folded_text(text: str) -> str:
    return _folded(text)


def _distinct_cues(pattern: re.Pattern[str], text: str) -> set[str]:
    return {m.group().lower() for m in pattern.finditer(text)}


@lru_cache(maxsize=64)
def _cue_hits(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int, str], ...]:
    """Every cue in `text` with its span; cached because a text is scored once per abbreviation in it."""
    return tuple((m.start(), m.end(), m.group().lower()) for m in pattern.finditer(text))


class SenseScore(NamedTuple):
    """Evidence for one sense; tuples compare field by field, most telling first."""

    spelled_out: bool
    near: int
    far: int


def score_senses(
    entry: AbbreviationEntry, text: str, start: int, end: int, context: Sequence[str] = ()
) -> list[SenseScore]:
    """The evidence for each sense of the abbreviation at text[start:end] (see the module docstring)."""
    low, high = start - NEAR_CHARS, end + NEAR_CHARS
    extra = "\n".join(context)
    everything = _folded_text(text) + "\n" + _folded(extra)
    scores = []
    for sense in entry.senses:
        pattern = _cue_pattern(sense.cues)
        near: set[str] = set()
        far = _distinct_cues(pattern, extra) if extra else set()
        for cue_start, cue_end, cue in _cue_hits(pattern, text):
            if cue_end <= start or cue_start >= end:  # not the abbreviation itself
                (near if low <= cue_start and cue_end <= high else far).add(cue)
        scores.append(
            SenseScore(
                spelled_out=not sense.word and _folded(sense.expansion) in everything,
                near=len(near),
                far=len(far),
            )
        )
    return scores


def resolve_sense(
    entry: AbbreviationEntry, text: str, start: int, end: int, context: Sequence[str] = ()
) -> Sense | None:
    """The sense of the abbreviation at text[start:end], or None when the cues do not settle it."""
    if not entry.ambiguous:
        return entry.senses[0]
    scores = score_senses(entry, text, start, end, context)
    best = max(scores)
    if best == SenseScore(False, 0, 0) or scores.count(best) > 1:
        return None
    return entry.senses[scores.index(best)]

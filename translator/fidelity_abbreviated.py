"""Words with their abbreviation in brackets right after them: one term, which a bullet says by either.

"intravenous (IV) iron", "forced expiratory volume in 1 second (FEV1)", "National Institute on Alcohol Abuse and
Alcoholism (NIAAA) criteria": a rewrite says the words alone, the abbreviation alone ("IV iron", "an FEV1 below
70%", "the NIAAA criteria") or both, and each is the same term. So the checks that find a list item, a run of words
or a fact left out read the words (and the facts in them) as said where a citing bullet writes the abbreviation.

The words are found by the abbreviation's letters: going back from the bracket, the nearest word whose initial is
the abbreviation's first letter from which the words' initials spell the abbreviation, in order (function words
and numbers skipped: "Diagnostic and Statistical Manual of Mental Disorders, 4th edition (DSM-IV)"); one word
spells it by its letters ("intravenous (IV)"). A version after a hyphen ("-IV") or a number at the end ("FEV1")
is no letter to spell. Nothing is found where the words before the bracket do not spell it ("disease (CTD)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_BRACKETED = re.compile(r"[(\[]([A-Z][A-Za-z]*(?:[-/][A-Za-z]+)*\d*[a-z]?)[)\]]")
_VERSION = re.compile(r"-[IVX]+$|\d+[a-z]?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+\w*")
# Where the words an abbreviation stands for cannot reach past: another bracket, a clause's end.
_STOP = re.compile(r"[;:()\[\].]")
_FUNCTION = frozenset({"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "by", "at", "or"})
_REACH = 10  # words before the bracket, at most


def _letters(abbreviation: str) -> str:
    return "".join(c for c in _VERSION.sub("", abbreviation) if c.isalpha()).casefold()


def _spells(words: Sequence[str], letters: str) -> bool:
    """Whether `words` (from the first) spell `letters`: the first word's initial is the first letter, and the
    initials of the words but function words and numbers are the letters in order (each letter one word, or one
    word several letters, "ultraSound"); one word alone spells them by its letters."""
    content = [w.casefold() for w in words if w.casefold() not in _FUNCTION and w[0].isalpha()]
    if not content or not letters or content[0][0] != letters[0]:
        return False
    if len(content) == 1:
        word, at = content[0], 0
        for letter in letters:
            at = word.find(letter, at) + 1
            if not at:
                return False
        return len(word) >= 4 and len(letters) >= 2
    initials = "".join(w[0] for w in content)
    return initials == letters or (len(initials) >= 2 and letters.startswith(initials) and len(content) >= len(
        letters) - 1) or (len(initials) > 2 and _subsequence(letters, initials) and len(initials) <= len(letters) + 3)


def _subsequence(short: str, long: str) -> bool:
    at = 0
    for letter in short:
        at = long.find(letter, at) + 1
        if not at:
            return False
    return True


@lru_cache(maxsize=2048)
def abbreviated(source: str) -> tuple[tuple[int, int, str], ...]:
    """The words before each abbreviation in brackets that they spell, with it: (start, end, abbreviation)."""
    found = []
    for m in _BRACKETED.finditer(source):
        letters = _letters(m.group(1))
        stop = max((s.end() for s in _STOP.finditer(source, 0, m.start())), default=0)
        words = list(_WORD.finditer(source, stop, m.start()))[-_REACH:]
        for k in range(len(words) - 1, -1, -1):
            if _spells([w.group() for w in words[k:]], letters):
                found.append((words[k].start(), m.end(), m.group(1)))
                break
    return tuple(found)


def named(abbreviation: str, bullets: Sequence[str]) -> bool:
    """Whether a bullet writes `abbreviation` as a word of its own ("IV", not the "IV" of "HIV" or "IV-2")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])")
    return any(pattern.search(text) for text in bullets)


def said_spans(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of `abbreviated` terms whose abbreviation a bullet writes: said, words and all."""
    return [(a, b) for a, b, abbreviation in abbreviated(source) if named(abbreviation, bullets)]


def spells_out(term: str, bullets: Sequence[str]) -> bool:
    """Whether a bullet writes the first word of an `abbreviated` term's words ("Programmed" of "Programmed cell death
    ligand 1 (PD-L1)"): it spells them out, and what they say is compared word by word."""
    first = _WORD.match(term)
    return first is not None and any(
        re.search(rf"\b{re.escape(first.group())}\b", text, re.IGNORECASE) for text in bullets)

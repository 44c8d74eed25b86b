"""Word-triggered matching: try a large alternation only where one of its first words starts.

The cue, qualifier and anchor lexicons are alternations of dozens of phrases. Scanning a text with
such a regex tries every alternative at every character, which for the ~50,000 criteria of a
corpus costs tens of seconds. A `TriggeredPattern` instead walks the words of the text (one cheap
scan), and tries the regex with `match` only where a word starts with one of the phrases' first
letters — the same matches, non-overlapping, left to right, as `finditer` would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_WORD_START_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]")


@lru_cache(maxsize=4)
def _word_index(text: str) -> tuple[str | None, dict[str, list[int]]]:
    """The case-folded text (None if folding changed its length, as "İ" and "ß" do) and where its
    words start, by their first two letters. Shared by every pattern that scans the same text (the
    cache holds the last few texts)."""
    folded = text.casefold()
    aligned = len(folded) == len(text)
    index: dict[str, list[int]] = {}
    for m in _WORD_START_RE.finditer(text):
        start = m.start()
        key = folded[start : start + 2] if aligned else text[start : start + 2].casefold()[:2]
        index.setdefault(key, []).append(start)
    return (folded if aligned else None), index


class TriggeredPattern:
    """A compiled regex tried only at word starts beginning with one of `prefixes` (space-separated,
    at least two characters each; write "a " for the word "a")."""

    def __init__(self, pattern: re.Pattern[str], prefixes: str) -> None:
        self.pattern = pattern
        words = {p.casefold() for p in prefixes.split()}
        self.prefixes = tuple(sorted(p if len(p) > 1 else p + " " for p in words))
        self._keys = frozenset(p[:2] for p in self.prefixes)
        self._width = max(len(p) for p in self.prefixes)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        folded, index = _word_index(text)
        present = index.keys() & self._keys
        if not present:
            return
        candidates = sorted({start for key in present for start in index[key]})
        end = 0
        for start in candidates:
            if start < end:
                continue
            if folded is not None:
                if not folded.startswith(self.prefixes, start):
                    continue
            elif not text[start : start + self._width].casefold().startswith(self.prefixes):
                continue
            m = self.pattern.match(text, start)
            if m is not None and m.end() > m.start():
                end = m.end()
                yield m


def first_words(alternation: str) -> list[str]:
    """The literal first letters of each top-level alternative of a regex source, for triggers.

    Only the leading run of plain letters of each alternative is taken ("histor" from
    "histor(?:y|ies)", "pre" from "pre-?existing"); an alternative that starts with anything else
    contributes nothing, so give its triggers by hand.
    """
    words = []
    depth = 0
    current = ""
    parts: list[str] = []
    for char in alternation:
        if char == "(" and not current.endswith("\\"):
            depth += 1
        elif char == ")" and not current.endswith("\\"):
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    for part in parts:
        m = re.match(r"[A-Za-z]+", part)
        if m:
            words.append(m.group())
    return words

"""Acronyms spelled out beside themselves: "NAFLD (nonalcoholic fatty liver disease)", "non-small cell lung cancer
(NSCLC)".

A bullet that spells out an acronym of its source names the same thing in more words; a negating affix in those
words ("non-alcoholic") negates nothing the source says. The fidelity checks would otherwise take it for one of
the source's negations said by an affix ("no alcohol" → "non-alcoholic") and miss a "no" the bullet lost.

The long form is found as Schwartz and Hearst find it (PSB 2003): every letter of the acronym, in order and
read from its end, is a letter of the words beside it, and its first letter starts one of those words.
"""

from __future__ import annotations

import re

# Two capitals or more, digits allowed after the first letter: "NAFLD", "HbA1c" is no acronym (one capital).
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b")
_AFTER = re.compile(r"\s*\(([^()]{3,120})\)")
_BEFORE = re.compile(r"\(\s*$")
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,12}$")


def _long_form_start(short: str, words: str) -> int | None:
    """Where the long form of `short` starts in `words` (which it must end), or None when it is not spelled."""
    letters = [c.casefold() for c in short if c.isalnum()]
    i = len(words) - 1
    for k in range(len(letters) - 1, -1, -1):
        while i >= 0 and (words[i].casefold() != letters[k] or (k == 0 and i > 0 and words[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    return i + 1


def expansions(text: str, acronyms: set[str]) -> list[tuple[int, int]]:
    """Spans of `text` that spell out one of `acronyms` right beside it, in brackets after it or with it in
    brackets after them."""
    spans = []
    for m in _ACRONYM.finditer(text):
        if m.group() not in acronyms:
            continue
        after = _AFTER.match(text, m.end())
        if after is not None and _long_form_start(m.group(), after.group(1)) is not None:
            spans.append(after.span(1))
            continue
        if _BEFORE.search(text, max(0, m.start() - 3), m.start()) is None:
            continue
        bracket = text.rfind("(", 0, m.start())
        before = _WORDS_BEFORE.search(text, max(0, bracket - 160), bracket)
        if before is not None and (start := _long_form_start(m.group(), before.group().rstrip())) is not None:
            spans.append((before.start() + start, bracket))
    return spans


def acronyms_in(text: str) -> set[str]:
    """The acronyms `text` names."""
    return set(_ACRONYM.findall(text))

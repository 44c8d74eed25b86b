"""Acronyms spelled out beside themselves: "NAFLD (nonalcoholic fatty liver disease)", "non-small cell lung cancer
(NSCLC)".

A bullet that spells out an acronym of its source names the same thing in more words; a negating affix in those
words ("non-alcoholic") negates nothing the source says. The fidelity checks would otherwise take it for one of
the source's negations said by an affix ("no alcohol" → "non-alcoholic") and miss a "no" the bullet lost.

The long form is found as Schwartz and Hearst find it (PSB 2003): every letter of the acronym, in order and
read from its end, is a letter of the words beside it, and its first letter starts one of those words.

An acronym of the source that no bullet says is a thing left out (session 76, checks-42: "any DHHS recommended
regimen" said as "any regimen"), where no lexicon knows it and the source does not spell it out: such an acronym
has no plain wording a rewrite could say for it. Measured over the offline bullets of the corpus (43,907 criteria of
the session's baseline dump) and the 1,464 gated paraphrases: no finding, once shouted words ("NOT eligible") and
units ("BPM", "XULN") were left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

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


# Roman numerals ("stage IV", "class III") are no acronyms a bullet must keep: they have a plain wording ("4").
_NUMERAL = re.compile(r"[IVXL]+")
_WORD = re.compile(r"[A-Za-z0-9]+")


def unsaid_acronyms(source: str, bullets: Sequence[str], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the acronyms of three capitals or more in `source` that no bullet says ("any DHHS recommended
    regimen" said as "any regimen", "(DHHS definition)" left out): one that no lexicon knows (`known` says which it
    does) and that the source does not spell out names one thing, with no plain wording a rewrite could say for it.
    One the lexicon knows may be said in plain words ("ULN", "ECOG"), as may one the source spells out ("Females of
    Child-bearing Potential (FOCP)"); `known` also says which are units or shouted words ("BPM", "NOT")."""
    found: list[tuple[int, int]] = []
    # A text written in capitals ("PREGNANCY OR LACTATION", "ALL FEMALE SUBJECTS … MUST AGREE") shouts its words: each
    # is a word a rewrite says in its own case or its own plain words, no acronym; so is a run of capital words.
    if not re.search(r"[a-z]", source):
        return found
    words = {w.casefold() for w in _WORD.findall(" ".join(bullets))}
    for m in _ACRONYM.finditer(source):
        short = m.group()
        if (len(short) < 3 or not short.isupper() or _NUMERAL.fullmatch(short) or short.casefold() in words
                or known(short) or expansions(source, {short}) or _SHOUTED_RUN.match(source, m.end())
                or _SHOUTED_BEFORE.search(source, 0, m.start())):
            continue
        found.append(m.span())
    return found


# the capital word next to it, past a space or a hyphen: "… with PREGNANCY OR LACTATION"
_SHOUTED_RUN = re.compile(r"[\s-]+[A-Z]{2,}\b(?![a-z])")
_SHOUTED_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[\s-]+$")

"""Tokens of criteria text, as the lexicon matcher and its coverage report see them.

A token is a maximal run of letters and digits (a trailing "'s" stays with its word, so "Crohn's"
is one token). Two splits keep glued units and multipliers apart: "90mmHg" → "90" "mmHg",
"1.5xULN" → "1.5x" "ULN". Between two tokens lies a `Gap`: a multiword entry may only span plain
spaces and hyphens (and slashes for abbreviations such as "mg/dL"), never other punctuation or a
blank line, so a match never runs across two list items or sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

# Multiplier before an abbreviation ("5xULN"), a number glued to a unit ("90mmHg"), or a word.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?[xX×](?=[A-Z]{2})|\d{2,}(?=[^\W\d_])|[^\W_]+(?:['’][sS](?![^\W_]))?")
_HYPHENS = frozenset("-‐‑")
# CT.gov markdown escapes ("\>", "\<", "\*") that would otherwise sit between tokens.
_ESCAPE = re.compile(r"\\(?=[^\w\s])")
_ABBREVIATION_DOT = re.compile(r"\.[ \t]?")
_AE_OE = re.compile(r"(?<=[a-z])ae|^ae|oe(?=[a-z])")


class Gap(StrEnum):
    SPACE = "space"
    HYPHEN = "hyphen"
    SLASH = "slash"
    BREAK = "break"


class Token(NamedTuple):
    start: int
    end: int
    text: str


def unescape(text: str) -> str:
    """Undo CT.gov backslash escapes ("\\>" → ">"); offsets shift, so match on the result."""
    return _ESCAPE.sub("", text)


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def gap_between(text: str, left: Token, right: Token) -> Gap:
    gap = text[left.end : right.start].replace("\\", "")
    if gap == "" or (gap.isspace() and gap.count("\n") < 2):
        return Gap.SPACE
    if len(gap) == 1 and gap in _HYPHENS:
        return Gap.HYPHEN
    if gap == "/":
        return Gap.SLASH
    if _ABBREVIATION_DOT.fullmatch(gap) and len(left.text) <= 2 and left.text.isalpha():
        return Gap.SPACE  # the dot of "St. John's wort" or "C. difficile", not a sentence end
    return Gap.BREAK


def gaps(text: str, tokens: list[Token]) -> list[Gap]:
    """gaps[i] is the gap between tokens[i] and tokens[i + 1]."""
    return [gap_between(text, a, b) for a, b in itertools.pairwise(tokens)]


def strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


@lru_cache(maxsize=200_000)
def term_word(word: str) -> str:
    """The case-free form a term is indexed under: lower case, no possessive, US spelling.

    British spellings are common in the corpus ("haemoglobin", "oedema", "tumour",
    "randomisation"); folding them here lets one entry serve both.
    """
    word = strip_possessive(word).lower()
    word = _AE_OE.sub("e", word)
    if word.startswith("tumour"):
        word = "tumor" + word[6:]
    return word.replace("isation", "ization")


def term_key(phrase: str) -> tuple[str, ...]:
    return tuple(term_word(t.text) for t in tokenize(unescape(phrase)))


def abbreviation_key(abbreviation: str) -> tuple[str, ...]:
    return tuple(strip_possessive(t.text) for t in tokenize(abbreviation))


def plural_forms(word: str) -> Iterator[str]:
    """Regular English plurals and the Latin/Greek ones medicine uses (metastasis → metastases)."""
    if len(word) < 3 or not word.isalpha():
        return
    yield word + "s"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        yield word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        yield word[:-1] + "ies"
    latin = {
        "is": "es",  # metastasis, diagnosis
        "us": "i",  # thrombus, bronchus
        "um": "a",  # septum, ovum
        "on": "a",  # criterion
        "ex": "ices",  # index
        "ix": "ices",  # appendix, cervix
        "nx": "nges",  # larynx
    }
    for ending, plural in latin.items():
        if word.endswith(ending):
            yield word[: -len(ending)] + plural
    if word.endswith("a"):
        yield word + "e"  # vertebra, pleura
    if word.endswith("oma"):
        yield word + "ta"  # carcinomata

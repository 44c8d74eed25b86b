"""One number as `translator.quantities` reads it before it grows into a quantity: the digits or the number word,
a repeat of it in brackets ("two (2)"), a scale word after it ("1.5 lakh"), and a minus sign before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from translator.fact_magnitudes import SCALE_WORD_RE, SCALE_WORDS
from translator.numbers import MULTIPLIER_WORDS, REPEAT_RE, parse_number

_SIGN_RE = re.compile(r"(?:^|[\s(:=<>≤≥])[-−](?=\d)")


@dataclass(slots=True)
class Number:
    start: int
    end: int
    value: float
    multiplier: bool = False


def read_number(text: str, m: re.Match[str], signed: bool = True) -> Number | None:
    value = parse_number(m.group())
    if value is None:
        return None
    start, end = m.start(), m.end()
    multiplier = m.group().lower() in MULTIPLIER_WORDS
    repeat = REPEAT_RE.match(text, end)
    repeated = parse_number(repeat.group().strip(" ()")) if repeat else None
    if repeat and repeated == value:
        end = repeat.end()
    elif repeat and repeated is not None and not m.group()[0].isdigit() and repeat.group().strip(" ()")[0].isdigit():
        # "two (12)": the digits disagree with the word. The digits are the number the text states
        # exactly; reading them keeps the contradiction visible instead of dropping "(12)" as a list marker.
        value, end = repeated, repeat.end()
    scale = SCALE_WORD_RE.match(text, end)
    if scale is not None and not multiplier:
        # "1.5 lakh per cumm" is 150,000 per mm³, as "1.5 million" is 1,500,000: the same number.
        value, end = value * SCALE_WORDS[scale.group(1).lower().rstrip("s")], scale.end()
    if signed and start > 0 and text[start - 1] in "-−" and _SIGN_RE.search(text, max(0, start - 2), start + 1):
        start, value = start - 1, -value
    return Number(start, end, value, multiplier)


def glued_word(text: str, pos: int) -> bool:
    """A letter right after a number that no unit explains: "1st", "5-FU", "3rd"."""
    return pos < len(text) and (text[pos].isalpha() or (text[pos] == "-" and text[pos + 1 : pos + 2].isalpha()))

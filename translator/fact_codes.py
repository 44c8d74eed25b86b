"""Codes and names that are not amounts: study and protocol numbers ("Study 339-14-001", "SPD489-317",
"R06-1340"), and other hyphenated number chains (dates, "Tg 511-15-01").

Read as numbers, "339-14-001" becomes the range 339 to 14 and the number 1, none of which the
criterion states. Each code is instead one VALUE fact whose unit is "code" and whose label is the
code itself, so a translation must keep it as written and a changed digit is still caught. A code is:

- three or more number groups joined by hyphens ("339-14-001"; a range has two ends, and a
  consecutive list "0-1-2" of single digits is left to the quantity scanner);
- capital letters glued to digits, then a hyphen and more digits ("CA209-067", "M14-465"), except
  TNM-like codes of one letter and one digit ("T3-4"), which `translator.fact_stages` reads;
- numbers joined by hyphens, or one number of four digits or more, right after "study", "protocol",
  "trial" or "code" ("protocol 12-345", "primary study 108890"), unless a unit follows ("study 1-2
  weeks" is an amount).
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.quantities import Quantity
from translator.units import match_unit

_END = r"(?![\w-]|[.,]\d)"
_CHAIN_RE = re.compile(rf"(?<![\w.\-/])(?P<code>\d+(?:-\d+){{2,}}){_END}")
_LETTERED_RE = re.compile(rf"(?<![\w-])(?P<code>(?:[A-Z]{{2,6}}\d+|[A-Z]\d{{2,}})(?:-\d+)+){_END}")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_NAMED_RE = re.compile(
    rf"\b(?:study|protocol|trial|code)\s+(?:(?:number|no\.?|#)\s*)?(?P<code>\d+(?:-\d+)+|\d{{4,}}){_END}", re.IGNORECASE
)


# Names that hold numbers but bound nothing: markers ("CA 19-9", "CA 125", "25-(OH) vitamin D"),
# references to parts of a document or scale ("Table 15-1", "Appendix 10.1", "criteria 5 or 6 or 7",
# "HAMD-17 item 1") and the year of a citation ("(Sheehan et al., 1998)", "[Hatcher, 2004]"). No facts.
_NAME_RE = re.compile(
    r"\b(?-i:CA)[\s-]?(?:19[-.]9|15[-.]3|27[-.]29|72[-.]4|125|242|50)(?![\w-]|[.,]\d)"
    r"|\b25[\s-]*(?:\(\s*OH\s*\)|OH\b|hydroxy)"
    r"|\b(?:table|appendix|section|figure|fig\.|attachment|annex|item|question)\s+[A-Z]?\d+(?:[.-]\d+)*(?![\w-]|[.,]\d)"
    r"|\bcriteri(?:on|a)\s+(?:#\s*|no\.\s*|number\s+)?\d{1,2}[a-z]?(?:\s*(?:,|or|and|-|to|&)\s*#?\d{1,2}[a-z]?)*"
    r"(?![\w-]|[.,]\d)"
    r"|(?:\bet\s+al\.?,?|(?-i:\b[A-Z][\w-]+),)\s+(?:19|20)\d{2}[a-z]?(?=\s*[)\]])",
    re.IGNORECASE,
)


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of names and references whose numbers are not facts: "CA 19-9", "Table 15-1"."""
    lowered = text.lower()
    if not any(word in lowered for word in ("ca", "25", "table", "appendix", "section", "fig", "attachment", "annex",
                                            "criteri", "item", "question", "19", "20")):  # fmt: skip
        return []
    return [m.span() for m in _NAME_RE.finditer(text) if not _unit_follows(text, m.end())]


def _unit_follows(text: str, pos: int) -> bool:
    """A unit with a name after `pos` ("section 2 years ago"); "score" or "points" name no unit."""
    found = match_unit(text, _after_space(text, pos))
    return found is not None and found[0] is not None


def _after_space(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


def find_codes(text: str) -> list[Quantity]:
    """Every code in `text`, as labelled quantities with unit "code", in order and not overlapping."""
    if "-" not in text and not _FOUR_DIGITS_RE.search(text):
        return []
    found: list[Quantity] = []
    for pattern in (_CHAIN_RE, _LETTERED_RE, _NAMED_RE):
        for m in pattern.finditer(text):
            start, end = m.span("code")
            if pattern is _CHAIN_RE and all(len(g) == 1 for g in m.group("code").split("-")):
                continue  # "0-1-2": single digits are a list of levels, not a code
            if pattern is _NAMED_RE and _unit_follows(text, end):
                continue
            if not any(q.start < end and start < q.end for q in found):
                found.append(Quantity(start, end, Comparator.EQ, None, None, "code", label=m.group("code")))
    return sorted(found, key=lambda q: (q.start, q.end))

"""Visual acuity written as a Snellen fraction: "20/40 to 20/320", "worse than 20/200", "6/60 or better".

Read as numbers, "20/200" was the number 20 and its denominator was lost, so "20/40 to 20/400" and
"20/40 to 20/200" looked the same. A Snellen fraction is one value: its decimal acuity (20/200 =
6/60 = 0.1), with unit "Snellen", so the feet and metre charts compare equal and a changed
denominator is caught. Acuity improves as the fraction grows: "better than" is a greater value,
"or worse" a lower bound's opposite (at most). A line of the 20-foot chart ("20/40") is a Snellen
fraction wherever it is written (so that its plain wording reads back the same); any other fraction
("6/60", "20/35") counts only where the text speaks of vision (acuity, vision, BCVA, Snellen, ETDRS
letters, eye).
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.numbers import find_prefix
from translator.quantities import Quantity, bound
from translator.word_keys import word_key

_FRACTION = r"(?<![\w./])(?:20|6)\s*/\s*\d{1,3}(?:\.\d)?(?![\d/]|[.,]\d)"
_ACUITY_RE = re.compile(
    rf"(?P<before>(?:better|worse|greater|less)\s+than\s+)?(?P<low>{_FRACTION})"
    rf"(?:\s*(?:-|–|to|through|and)\s*(?P<high>{_FRACTION}))?"
    # "20/40 or less", "20/800 or more": the symbols "≤20/40", "≥20/800" in words, compared as the symbols are
    r"(?P<after>\s*,?\s*or\s+(?:better|worse|less|lower|more|greater|higher))?",
    re.IGNORECASE,
)
_CONTEXT_RE = re.compile(r"\b(?:acuity|vision|VA|BCVA|BCDVA|Snellen|ETDRS|letters?|eyes?)\b", re.IGNORECASE)
_CHART_LINES = {"10", "12.5", "13", "15", "16", "20", "25", "30", "32", "40", "50", "60", "63", "70", "80", "100",
                "125", "150", "160", "200", "250", "300", "320", "400", "500", "640", "800"}  # fmt: skip
_BETWEEN_RE = re.compile(r"\b(?:between|from|range\s+of)\s+$", re.IGNORECASE)
_WORDS = {"better": Comparator.GT, "greater": Comparator.GT, "worse": Comparator.LT, "less": Comparator.LT}


def _chart_fraction(fraction: str) -> bool:
    """A line of the 20-foot chart ("20/40", "20/200"): a Snellen fraction wherever it is written."""
    top, _, bottom = fraction.replace(" ", "").partition("/")
    return top == "20" and bottom in _CHART_LINES


def decimal_acuity(fraction: str) -> float:
    """'20/200' → 0.1, '6/60' → 0.1."""
    top, bottom = (float(part) for part in fraction.replace(" ", "").split("/"))
    return top / bottom


def snellen(value: float) -> str:
    """The 20-foot fraction of a decimal acuity: 0.1 → '20/200' (what `decimal_acuity` reads back)."""
    return f"20/{20 / value:.4g}"


def find_acuities(text: str) -> list[Quantity]:
    """Every Snellen fraction where the text speaks of vision, as quantities with unit "Snellen"."""
    if "/" not in text:
        return []
    found: list[Quantity] = []
    for m in _ACUITY_RE.finditer(text):
        if not all(_chart_fraction(f) for f in (m.group("low"), m.group("high")) if f) and not _CONTEXT_RE.search(
            text, max(0, m.start() - 80), min(len(text), m.end() + 40)
        ):
            continue
        start, end = m.start(), m.end()
        low = decimal_acuity(m.group("low"))
        if m.group("high"):
            high = decimal_acuity(m.group("high"))
            between = _BETWEEN_RE.search(text, max(0, start - 20), start)
            start = between.start() if between else start
            found.append(Quantity(start, end, Comparator.RANGE, min(low, high), max(low, high), "Snellen"))
            continue
        comparator = Comparator.EQ
        if m.group("before"):
            comparator = _WORDS[word_key(m.group("before").split()[0])]
        elif m.group("after"):
            up = m.group("after").split()[-1].lower() in ("better", "more", "greater", "higher")
            comparator = Comparator.GE if up else Comparator.LE
        elif (prefix := find_prefix(text, start, max(0, start - 40))) is not None:
            comparator, start = prefix.comparator, prefix.start
        found.append(bound(start, end, comparator, low, "Snellen", False))
    return found

"""Items run together inside one line that the marker patterns of `translator.inline` leave whole.

Two layouts, each cut only where the line shows an enumeration beyond doubt:

- numbered alternatives after a lead-in whose items open with a number or mix their brackets: "… defined as
  one who has either 1) reached natural menopause …, 2) 6 weeks post surgical bilateral oophorectomy …, or 3)
  bilateral tubal ligation", "… consistent with criteria from both: (1) National Institute … 2) Text Revision
  …". The run must count from 1 in order right after a colon, "following", "either" or "i.e."; a reference or a
  range ("(1) or (2)", "1) to 3)") is not a marker, and without the lead-in ("… since 1) previous therapy, 2)
  last dose …") the numbers are the sentence's own and stay in it;
- a spaced double hyphen before a capitalised word, where a converter joined two items ("Hemoglobin ≥ 9.0 g/dL
  -- Adequate renal function", "… breast-feeding. -- Women of childbearing potential …"); before a word in lower
  case it is a dash of the sentence ("… for metastases -- minimum fraction size of 3 Gy");
- bare numbers that count on from the one opening the paragraph, where an item numbered without its period ran
  into the next ones: "4 Any late stage complication of diabetes (…) 5 Renal insufficiency (…) 6 Cardiac
  insufficiency …" (the parser reads the first as a marker only where it continues an open list,
  `translator.line_markers`). Each must be the next count and open a capitalised word; two at least.
"""

from __future__ import annotations

import re

from translator.runs import introduced, runs

_START = r"(?:(?<=[\s.;:,])|^)"
# "1)", "(1)" or "2)" then a space, and not a reference to items ("1) or 2)", "(1) to (3)", "(2),")
_NUMBER = re.compile(_START + r"\(?(\d{1,2})\)(?=\s+\S)(?!\s*(?:or|and|to|and/or|,)\b|\s*[,)])")
_SPACED_DASHES = re.compile(r"(?<=\S )--(?= [A-Z][a-z])")


def introduced_numbers(text: str) -> set[int]:
    """Where the items of a numbered run after a lead-in start: "either 1) … 2) … 3) …"."""
    if ")" not in text or "1)" not in text:
        return set()  # the fast path: no run opens here
    cuts: set[int] = set()
    for run in runs(_NUMBER, text, int):
        first, at = run[0]
        lead_in = bool(text[:at].strip(" \t\n-*•")) and introduced(text, at)
        if first == 1 and len(run) >= 2 and lead_in:
            cuts.update(offset for _, offset in run)
    return cuts


def spaced_dashes(text: str) -> set[int]:
    """Where a spaced "--" before a capitalised word opens an item of its own."""
    return {m.start() for m in _SPACED_DASHES.finditer(text)} if " -- " in text else set()


_BARE_OPENING = re.compile(r"\s*(\d{1,3})[ \t]+(?=[A-Z][A-Za-z])")
# "… diabetic foot) 5 Renal …", "… disorder 10. History of …", "… at screening 11. A marked …"
_BARE_NEXT = re.compile(r"(?<=\s)(\d{1,3})(?:\.\s+(?=[A-Z])|[ \t]+(?=[A-Z][A-Za-z]))")


def counted_on_numbers(text: str) -> set[int]:
    """Where the items of a run of numbers counting on from the paragraph's own bare number start."""
    opening = _BARE_OPENING.match(text)
    if opening is None:
        return set()
    expected, cuts = int(opening.group(1)) + 1, []
    for match in _BARE_NEXT.finditer(text, opening.end()):
        if int(match.group(1)) == expected:
            cuts.append(match.start())
            expected += 1
    return set(cuts) if len(cuts) >= 2 else set()

"""Calendar dates as facts: "01/01/2010", "2013-09-30", "January 1, 1997", "1 January 2019", "November 2015".

Read as numbers, "between 01/01/2010 and 30/09/2013" is the numbers 1 and 30 (the rest a code or nothing), so a
translation that said another year, month or day would keep every fact. Each date is instead one VALUE fact with
the unit "date" and, as its label, the ISO form of what it states ("2010-01-01", or "2015-11" for a month), so that
"January 1, 1997" and "1/1/1997" compare equal and a changed day, month or year is a lost fact. A numeric date whose
day and month can be read either way ("5/7/2009": May 7 or 5 July) keeps the order it is written in as its label
("5/7/2009"), so only the same writing matches: which one the source meant is not ours to settle.

Only dates with a year of 1900 to 2099 that exist on the calendar; a month name must be written with a capital
("in May 2013", not "patients may 2013"). Dates joined by hyphens ("30-09-2013") are codes (translator.fact_codes),
kept as written; a bare year ("in 2017") stays a number.
"""

from __future__ import annotations

import re
from datetime import date

from translator.facts import Comparator
from translator.quantities import Quantity

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_END = r"(?![\w/-]|[.,]\d)"
_ISO_RE = re.compile(rf"(?<![\w.\-/]){_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_END}")
_NUMERIC_RE = re.compile(rf"(?<![\w.\-/])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep){_YEAR}{_END}")
_MONTH_DAY_YEAR_RE = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_END}", re.IGNORECASE)
_DAY_MONTH_YEAR_RE = re.compile(rf"(?<![\w.\-/]){_DAY}\s+{_MONTH},?\s+{_YEAR}{_END}", re.IGNORECASE)
_MONTH_YEAR_RE = re.compile(rf"\b{_MONTH},?\s+{_YEAR}{_END}", re.IGNORECASE)


def _iso(year: int, month: int, day: int | None = None) -> str | None:
    """The ISO form of a date that exists, or None."""
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _numeric_label(a: int, b: int, year: int) -> str | None:
    """The label of "a/b/year": ISO when only one reading is a date (or both read the same), else as written."""
    month_first = _iso(year, a, b)
    day_first = _iso(year, b, a)
    if month_first and day_first and a != b:
        return f"{a}/{b}/{year}"
    return month_first or day_first


def _month(m: re.Match[str]) -> int | None:
    word = m.group("month")
    return _MONTHS[word[:3].lower()] if word[:1].isupper() else None


def find_dates(text: str) -> list[Quantity]:
    """Every calendar date in `text`, as labelled quantities with unit "date", in order and not overlapping."""
    if not re.search(r"(?:19|20)\d{2}", text):
        return []
    found: list[Quantity] = []

    def add(start: int, end: int, label: str | None) -> None:
        if label is not None and not any(q.start < end and start < q.end for q in found):
            found.append(Quantity(start, end, Comparator.EQ, None, None, "date", label=label))

    for m in _ISO_RE.finditer(text):
        add(m.start(), m.end(), _iso(int(m.group("year")), int(m.group("m")), int(m.group("d"))))
    for m in _NUMERIC_RE.finditer(text):
        add(m.start(), m.end(), _numeric_label(int(m.group("a")), int(m.group("b")), int(m.group("year"))))
    for pattern in (_MONTH_DAY_YEAR_RE, _DAY_MONTH_YEAR_RE):
        for m in pattern.finditer(text):
            month = _month(m)
            add(m.start(), m.end(), _iso(int(m.group("year")), month, int(m.group("day"))) if month else None)
    for m in _MONTH_YEAR_RE.finditer(text):
        month = _month(m)
        add(m.start(), m.end(), _iso(int(m.group("year")), month) if month else None)
    return sorted(found, key=lambda q: (q.start, q.end))


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)


def date_wording(label: str) -> str:
    """A date's label in words that read back to the same label: "2010-01-01" → "January 1, 2010", "2015-11" →
    "November 2015"; a date that can be read two ways ("5/7/2009") as written."""
    parts = label.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return label
    year, month = int(parts[0]), _MONTH_NAMES[int(parts[1]) - 1]
    return f"{month} {int(parts[2])}, {year}" if len(parts) == 3 else f"{month} {year}"

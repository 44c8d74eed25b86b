"""Fractions in amounts, and the unit after an amount, shared by `translator.quantities`.

"1/2 pack", "1 1/2 hours" are amounts (0.5 and 1.5); "8/8 matched" and "at least 8/68 tender joints" are
fractions kept as written (a changed denominator is caught); "140/90" after words about blood pressure is
two pressures, not a fraction; "ECOG 1/2" is a choice of levels.
"""

from __future__ import annotations

import re

from translator.facts import Comparator
from translator.numbers import SUFFIX_RE, find_prefix, suffix_comparator
from translator.units import TIME_UNITS, match_unit

_GAP_RE = re.compile(r"[\s-]{0,2}")
# Words between an amount and its unit that leave the amount in that unit: "24 consecutive months",
# "30 calendar days", "2 full weeks", "1 full-time week", "6 more months" (to live). Not "working" or "business"
# days, which are not days: left unitless, a bullet that says plain "days" for them is flagged.
_CONSECUTIVE_RE = re.compile(
    r"(?:consecutive|calendar|full|full-time|complete|whole|additional|separate|more|further)\s+", re.IGNORECASE
)
# "8/68", and the same fraction in words: "8 of 68 joints", "2 out of 3 features" (a plain rewrite's wording of it).
_FRACTION_RE = re.compile(r"(?:/|\s+(?:out\s+)?of\s+)(\d{1,3})(?![\d/]|[.,]\d|\w)", re.IGNORECASE)
_HALF_RE = re.compile(r"/(?P<bottom>[2-4])(?![\d/]|[.,]\d)")
_MIXED_RE = re.compile(r"\s+(?P<top>[1-3])/(?P<bottom>[2-4])(?![\d/]|[.,]\d)")
_MEASURED_RE = re.compile(
    r"[\s-]*(?:packs?|tablets?|pills?|capsules?|cups?|glass(?:es)?|doses?|drinks?|servings?|bottles?|cans?"
    r"|vials?|(?:tea|table|dessert)?spoons?(?:ful)?|of\s+an?\b)",
    re.IGNORECASE,
)
_OF_A_WHOLE_RE = re.compile(r"\s+of\b", re.IGNORECASE)
MMHG_PAIR_RE = re.compile(r"\s*/\s*(\d{2,3})(?![\d/]|[.,]\d)", re.IGNORECASE)
# within the sentence (whose "i.e." or "e.g." ends nothing: "hypertension (i.e., 160/90 mmHg)"), or the one before a
# sentence that explains it: a plain rewrite splits "Uncontrolled hypertension (defined as > 150/90 at rest)" into
# "… not under control. This means more than 150/90 at rest.", whose pair is still two pressures
_IN_SENTENCE = r"(?:[^.;]|\b(?:i\.e|e\.g)\.)*"
PRESSURE_RE = re.compile(
    rf"\b(?:blood\s+pressures?|BP|B/P|SBP|DBP|hypertensi\w*|systolic|diastolic)\b{_IN_SENTENCE}"
    rf"(?:[.;]\s+(?:This|That)\s+(?:means|is\s+defined\s+by|is)\b{_IN_SENTENCE})?$",
    re.IGNORECASE,
)
_ORDINAL_RANGE_RE = re.compile(
    r"(?:st|nd|rd|th)\s*(?:-|–|to|and)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*(?:percentile|centile)s?\b",
    re.IGNORECASE,
)
# The name of a scale of levels right before a bound: "ECOG ≤ 1/2", "grade ≥ 1/2 neuropathy", "NYHA class > 2/3".
_LEVELS_BEFORE_RE = re.compile(
    r"\b(?:ECOG|WHO|PS|performance\s+status|grades?|stages?|class(?:es)?|NYHA|Zubrod|Karnofsky|KPS|levels?|scores?"
    r"|tiers?|phases?|types?|Gleason|Child[\s-]Pugh|GOLD|CTCAE)\W*(?:of|was|is|be)?\s*$"
    # ("Child Pugh Class B (8,9)": the points a lettered class spans, in a bracket after it)
    r"|\b(?:class|Child[\s-]Pugh)\s+[A-C]\s*\(\s*$", re.IGNORECASE)
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def comma_levels(text: str, surface: str, start: int) -> float | None:
    """The first of two neighbouring levels a comma parts after a scale's name ("ECOG 0,1": levels 0 and 1, as in
    "ECOG 0,1,2", not the decimal 0.1), or None. Only single digits that go on by one: "ECOG 0,5" stays as written."""
    pair = re.fullmatch(r"(\d),(\d)", surface)
    if pair is None or int(pair.group(2)) != int(pair.group(1)) + 1:
        return None
    return float(pair.group(1)) if _LEVELS_BEFORE_RE.search(text, max(0, start - 40), start) else None


def ordinal_range(text: str, pos: int) -> tuple[float, int] | None:
    """The upper end and the end of "5th-85th percentile" after the first number (ending at `pos`)."""
    m = _ORDINAL_RANGE_RE.match(text, pos)
    return (float(m.group(1)), m.end()) if m else None


def before_the(text: str, pos: int) -> int | None:
    """Where a "the" right before `pos` starts: "above the 95th percentile" bounds the percentile."""
    m = _THE_BEFORE_RE.search(text, max(0, pos - 8), pos)
    return m.start() if m else None


_MERCURY_RE = re.compile(r"\s*(?:of\s+)?mercury\b", re.IGNORECASE)


def pair_unit(text: str, start: int, pair_end: int) -> tuple[str, int] | None:
    """The unit of a "140/90" pair starting at `start` and where the pair ends, when it is two pressures.

    With "mmHg" after it, or after words about blood pressure ("BP < 140/90"), in mmHg, the only unit it
    has. After such words the unit the text states is the pair's, even a wrong one ("blood pressure
    >140/90 %"): reading mmHg from the context would hide the change. A bare "mm" of a pressure is mm of
    mercury.
    """
    stated = unit_after(text, pair_end)
    if stated is not None and stated[0] == "mmHg":
        return "mmHg", stated[1]
    if not PRESSURE_RE.search(text, max(0, start - 60), start):
        return None
    if stated is None or stated[0] is None:
        return "mmHg", pair_end
    if stated[0] == "mm":
        mercury = _MERCURY_RE.match(text, stated[1])
        return "mmHg", mercury.end() if mercury else stated[1]
    return stated[0], stated[1]


def unit_after(text: str, pos: int) -> tuple[str | None, int] | None:
    """A unit after optional spacing or a hyphen ("18-year-old", "3-month")."""
    m = _GAP_RE.match(text, pos)
    skip = m.end() if m else pos
    found = match_unit(text, skip)
    if found is None and skip != pos:
        found = match_unit(text, pos)
    if found is None and (between := _CONSECUTIVE_RE.match(text, skip)) is not None:
        # "24 consecutive months", "6 consecutive days": the amount is still in months and days; "6 more months" only
        # of a time ("5 more cigarettes a day" is no count of cigarettes).
        found = match_unit(text, between.end())
        if found is None or found[0] is None:
            return None
        more = between.group().split()[0].lower() in ("more", "further")
        return None if more and found[0] not in TIME_UNITS else found
    return found


def halves(text: str, number: str, value: float, end: int) -> tuple[float, int] | None:
    """'1/2 pack' is 0.5 pack and '1 1/2 hours' 1.5 hours: a simple fraction (denominator 2 to 4) before an amount
    it measures. 'ECOG 1/2' and 'grade 1/2' have no such word after them and stay a choice of levels."""
    simple = _HALF_RE.match(text, end)
    mixed = None if simple else _MIXED_RE.match(text, end)
    found = simple or mixed
    if found is None:
        return None
    top, bottom = int(number if simple else found.group("top")), int(found.group("bottom"))
    after = unit_after(text, found.end())
    if top >= bottom or (_MEASURED_RE.match(text, found.end()) is None and (after is None or after[0] is None)
                         and not (mixed and _range_of_amounts(text, found.end(), end - len(number)))):  # fmt: skip
        return None
    part = top / bottom
    return (part if simple else value + part), found.end()


# "ages 1 1/2 to 5", "1 1/2 - 3 years": a mixed fraction as the low end of a range of ages or of amounts in a unit.
_RANGE_END_RE = re.compile(r"\s*(?:to|-|–|and)\s*\d{1,3}(?:\s+[1-3]/[2-4])?(?![\d/]|[.,]\d)", re.IGNORECASE)
_AGES_RE = re.compile(r"\bage[sd]?\s+(?:between\s+|from\s+)?$", re.IGNORECASE)


def _range_of_amounts(text: str, pos: int, start: int) -> bool:
    if (end := _RANGE_END_RE.match(text, pos)) is None:
        return False
    after = unit_after(text, end.end())
    return (after is not None and after[0] is not None) or bool(_AGES_RE.search(text, max(0, start - 20), start))


def slash_fraction(text: str, m: re.Match[str], end: int, floor: int) -> tuple[Comparator, int, int, str] | None:
    """'8/8 or 7/8 matched', 'at least 8/68 tender joints', 'mitotic rate > 10/50': one value, the fraction
    as written (unit "fraction"), so a changed denominator is caught. Not a blood pressure (two mmHg
    facts), not small neighbours ("0/1", "ECOG 1/2": a choice of levels), not before a unit ("250/50 mcg")."""
    slash = _FRACTION_RE.match(text, end)
    if slash is None or not m.group().isdigit():
        return None
    top, bottom = int(m.group()), int(slash.group(1))
    prefix = find_prefix(text, m.start(), floor)
    # "at least 1/2 of the tumour", "more than 2/3 of the small intestine", "1/2 or more": with a comparator small
    # neighbours are an amount, one value; not after a scale's name ("ECOG ≤ 1/2", "grade ≥ 1/2": a bound on levels).
    bounded = prefix.start if prefix is not None else m.start() if SUFFIX_RE.match(text, slash.end()) else None
    if bounded is None:
        # "2/3 of patients", "1/2 of the dose": a part of a whole, unless a scale's name stands before it
        levels = _OF_A_WHOLE_RE.match(text, slash.end()) is None or _LEVELS_BEFORE_RE.search(
            text, max(floor, m.start() - 40), m.start()
        )
    else:
        levels = _LEVELS_BEFORE_RE.search(text, max(floor, bounded - 40), bounded)
    # ("2 out of 3" in words is no choice of levels)
    small = bottom == top + 1 and top <= 4 and levels and slash.group()[0] == "/"
    if small or top > bottom or unit_after(text, slash.end()) is not None:
        return None
    if MMHG_PAIR_RE.match(text, end) and PRESSURE_RE.search(text, max(0, m.start() - 60), m.start()):
        return None
    comparator, start, stop = Comparator.EQ, m.start(), slash.end()
    if prefix is not None:
        comparator, start = prefix.comparator, prefix.start
    elif suffix := SUFFIX_RE.match(text, stop):
        comparator, stop = suffix_comparator(suffix.group("cmp")), suffix.end()
    return comparator, start, stop, f"{top}/{bottom}"

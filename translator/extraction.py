"""Combining the extractors into one sorted, non-overlapping list of facts for a text.

Order of precedence, so that one stretch of text is one fact and the same decision is made for a
criterion and for its plain-English rendering:

1. numbered time points ("at Visit 1", "day 15"), labelled levels ("stage IV", "grade ≥ 3", TNM and
   fibrosis stages), codes ("Study 339-14-001", `translator.fact_codes`), Snellen fractions ("20/200",
   `translator.fact_acuity`), then numbers with their bounds
   and units, then bounds on a reference limit ("above ULN");
2. those with a time unit and window words become time windows, the rest stay values (a lower and an
   upper bound of one range merged, `translator.fact_ranges`);
3. windows with an implicit 1 ("in the past year"), then anchored relations ("prior to
   randomization", "during the study"), then time qualifiers ("history of", "current");
4. qualitative results ("positive", "within normal limits"), then levels ("high", "decreased",
   `translator.fact_levels`);
5. negation cues, except inside a fact already found ("no more than 5" is a bound, not a negation).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Protocol, TypeVar

from translator.fact_acuity import find_acuities
from translator.fact_classifications import find_classifications
from translator.fact_codes import find_codes, find_names
from translator.fact_dates import find_dates
from translator.fact_ended import ended_windows
from translator.fact_fronted_limits import front_multiples
from translator.fact_inclusive import blank_inclusive, taken_in
from translator.fact_levels import find_levels
from translator.fact_one_unit import bound_through_article, find_one_units
from translator.fact_ranges import merge_bounds
from translator.fact_scant import find_scant
from translator.fact_slashed import slashed_seconds
from translator.fact_stages import find_stages
from translator.fact_word_values import find_word_values
from translator.facts import Fact, FactKind
from translator.negation import find_cues
from translator.quantities import Quantity, find_quantities
from translator.results import find_reference_bounds, find_results
from translator.scales import find_scales
from translator.temporal import (
    Window,
    implicit_windows,
    qualitative_windows,
    relation_windows,
    windows_from_quantities,
)
from translator.temporal_asides import anchored_after_asides, anchored_after_commas
from translator.temporal_choices import anchored_past_asides
from translator.temporal_first import first_of_event
from translator.temporal_points import time_points

_KIND_ORDER = {FactKind.VALUE: 0, FactKind.TEMPORAL: 1, FactKind.NEGATION: 2}


class _Taken:
    """Spans already claimed by a fact, kept sorted for overlap checks."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._reach = 0  # the furthest end of a span: nothing taken reaches past it

    def overlaps(self, start: int, end: int) -> bool:
        if self._reach <= start:
            return False  # no span ends after `start` (most facts come after those taken)
        i = bisect_left(self._spans, (start, start))
        # The neighbours, and a long span further left that can still reach over `start` (a loop: no generator)
        for s, e in self._spans[: i + 1]:  # noqa: SIM110
            if s < end and start < e:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self._spans, (start, end))
        self._spans.insert(i, (start, end))
        self._reach = max(self._reach, end)


def extract(text: str) -> list[Fact]:
    """Every fact in `text`, sorted by (start, end, kind)."""
    if not text or not any(c.isalnum() or c in "<>≤≥=+%" for c in text):
        return []
    facts: list[Fact] = []
    taken = _Taken()

    def take(fact: Fact, *, unless_taken: bool = True) -> None:
        # Earlier, more specific readings win: a later reader's fact over a taken span is dropped.
        if unless_taken and taken.overlaps(fact.start, fact.end):
            return
        facts.append(fact)
        taken.add(fact.start, fact.end)

    claimed = find_names(text)
    dates = _unclaimed(find_dates(text), claimed)  # "January 1, 1997" is one fact, not the numbers 1 and 1997
    points = _unclaimed(time_points(text), claimed)
    scales = _unclaimed(find_scales(text), claimed)
    stages = _unclaimed(find_stages(text), claimed)
    # An edition ("WHO 2008", "RECIST 1.1") is a name, not an amount; read even where a name claims its year ("the
    # 1987 ACR criteria"), so either order of the words gives the same fact.
    editions = find_classifications(text)
    codes = [*editions, *(c for c in _unclaimed(find_codes(text), claimed)
                          if not any(e.start < c.end and c.start < e.end for e in editions))]
    acuities = _unclaimed(find_acuities(text), claimed)
    scales = sorted([*scales, *stages, *codes, *acuities, *dates], key=lambda q: (q.start, q.end))
    # "greater than 2 times (inclusive) the ULN" is read as "≥ 2 times the ULN" (translator.fact_inclusive)
    blanked, inclusive = blank_inclusive(text) if "inclusive" in text else (text, [])
    blanked = front_multiples(blanked) if "LN" in text or "UNL" in text else blanked  # "ULN x 1.5" is 1.5 x ULN
    quantities = find_quantities(blanked, skip=sorted([*claimed, *((e.start, e.end) for e in editions)]))
    quantities = taken_in(quantities, inclusive) if inclusive else quantities
    if " a" in text:  # "at least a two-year history": the comparator bounds the amount through the article
        quantities = bound_through_article(text, quantities)
    # "at least a month before screening": a bound on one unit, where no number was read
    ones = [q for q in find_one_units(text) if not any(o.start < q.end and q.start < o.end for o in quantities)]
    if ones:
        quantities = sorted([*quantities, *ones], key=lambda q: (q.start, q.end))
    # "70 kg/154 lb": the amount after the slash, which the scanner leaves as a unit's denominator
    if "/" in text and (seconds := slashed_seconds(text, quantities, claimed)):
        quantities = sorted([*quantities, *seconds], key=lambda q: (q.start, q.end))
    windows, values = windows_from_quantities(text, quantities)
    # "within 4 weeks (6 weeks for nitrosoureas) prior to entering the study": the event after the aside is both's
    events: list[tuple[int, int]] = []  # (their words read as those windows' event: no window of their own)
    windows = anchored_after_asides(text, windows, events) if ")" in text else windows
    windows = anchored_after_commas(text, windows, events) if len(windows) > 1 and "," in text else windows
    if "(" in text or "whichever" in text:  # "5 half-lives (for systemic agents) before …" (temporal_choices)
        windows, values = anchored_past_asides(text, windows, values, events)
    windows = first_of_event(text, windows) if "first" in text.casefold() else windows  # "the first 12 months of"
    # "within 7 days prior to Day 1": the window states the time point as its anchor; not a second fact.
    points = [p for p in points if not any(w.start <= p.start and p.end <= w.end for w in windows)]
    values = merge_bounds(text, values)
    for window in [*points, *windows]:
        take(_temporal(text, window), unless_taken=False)
    for quantity in [*scales, *values]:
        take(_value(text, quantity), unless_taken=False)
    for quantity in find_reference_bounds(text):
        take(_value(text, quantity))
    for start, end in events:
        taken.add(start, end)
    later: Iterable[Window] = (
        w for source in (implicit_windows(text), relation_windows(text), qualitative_windows(text)) for w in source
    )
    for window in later:
        if window.end > window.start:
            take(_temporal(text, window))
    for amount in find_scant(text):  # "little or no": a bound on an amount, not a negation
        take(_value(text, amount))
    for said in find_word_values(text):  # "early-stage", "suppressed viral load", "twin pregnancy"
        take(_value(text, said))
    for result in find_results(text):
        take(_value(text, result))
    for level in find_levels(text):
        take(_value(text, level))
    for cue in find_cues(text):  # cues claim nothing: two may overlap ("cannot" and its "not" reading)
        if not taken.overlaps(cue.start, cue.end):
            facts.append(Fact(kind=FactKind.NEGATION, start=cue.start, end=cue.end, text=text[cue.start : cue.end],
                              cue=cue.cue))  # fmt: skip
    facts.sort(key=lambda f: (f.start, f.end, _KIND_ORDER[f.kind], f.key))
    return ended_windows(text, facts) if "fter" in text else facts  # ("after it ends", "thereafter")


def _clear(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in spans)


S = TypeVar("S", bound="_Spanned")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _unclaimed(found: Iterable[S], claimed: list[tuple[int, int]]) -> list[S]:
    """The finds over no claimed span; their spans are claimed in turn (names first, then time points…)."""
    kept = [item for item in found if _clear(claimed, item.start, item.end)]
    claimed += [(item.start, item.end) for item in kept]
    return kept


def _value(text: str, q: Quantity) -> Fact:
    return Fact(
        kind=FactKind.VALUE,
        start=q.start,
        end=q.end,
        text=text[q.start : q.end],
        comparator=None if q.label is not None and q.unit is None else q.comparator,
        low=q.low,
        high=q.high,
        unit=q.unit,
        label=q.label,
        age=q.age or q.person,
        system=q.system,
        score=q.score,
    )


def _temporal(text: str, w: Window) -> Fact:
    return Fact(
        kind=FactKind.TEMPORAL,
        start=w.start,
        end=w.end,
        text=text[w.start : w.end],
        comparator=w.comparator,
        low=w.low,
        high=w.high,
        unit=w.unit,
        relation=w.relation,
        anchor=w.anchor,
        implied_bound=w.implied_bound,
        from_now=w.from_now,
        ahead=w.ahead,
        label=w.label,
    )

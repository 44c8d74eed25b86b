"""Whether a bullet's fact says a source's: the comparison `translator.fidelity` runs on every fact.

Split from `translator.fidelity` (kept under the module size limit): a fact is restated by an equivalent one or by
the same limits split or joined; a soft time reference is only compared for its direction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from translator.anchors import match_anchor, same_event
from translator.fact_classifications import BY_YEAR, edition_name
from translator.fact_counted_periods import counted_periods
from translator.fact_equivalent_units import equivalent_units
from translator.fact_loose_amounts import loose_amounts
from translator.fact_plain_events import plain_events
from translator.fact_ratios import ratio_bounds
from translator.fact_windows_to import span_ends, windows_to
from translator.facts import Comparator, Fact, FactKind
from translator.units import equivalent, same_measure

_OPPOSITE = {"before": "after", "after": "before", "past": "after"}


def hard(fact: Fact) -> bool:
    """A fact whose loss or change the checks report: every value, and every time window.

    A time window has an amount ("within 28 days") or an anchor event ("before surgery"). A bare time reference
    ("history of", "prior", "recent") is wording a faithful paraphrase often restates without its cue ("You have
    had…", "never"); requiring it would flag faithful text, so it is only compared for a flipped way (`flipped`).
    """
    return fact.kind is FactKind.VALUE or (fact.kind is FactKind.TEMPORAL and (
        fact.low is not None or fact.high is not None or fact.anchor is not None))


# What "any of the following" says as a count: a bullet may put it as "at least one of these".
AT_LEAST_ONE = Fact(kind=FactKind.VALUE, start=0, end=0, text="any of", comparator=Comparator.GE, low=1)


def _same_number(value: float | None, unit: str | None, other: float | None, other_unit: str | None) -> bool:
    # A number without a unit matches only a number without one: "at most 2" is no end of "type 1 to 2".
    return value is not None and other is not None and same_measure(value, unit, other, other_unit)


def _end_of(bound: Fact, span: Fact) -> bool:
    """An inclusive one-sided bound that is one end of an inclusive range ("≥ 3.0" of "from 3.0 to 4.8")."""
    if span.comparator is not Comparator.RANGE or bound.kind is not span.kind or bound.anchor != span.anchor:
        return False
    if bound.label != span.label:
        return False
    if bound.comparator is Comparator.GE:
        return _same_number(bound.low, bound.unit, span.low, span.unit)
    if bound.comparator is Comparator.LE:
        return _same_number(bound.high, bound.unit, span.high, span.unit)
    return False


_FOR_RE = re.compile(r"for\b", re.IGNORECASE)


def _parts(fact: Fact) -> tuple[Fact, ...]:
    """A stretch of time that ends at or starts from an event ("for 6 months or more before entering the study"): its
    length ("for 6 months or more") and its event ("before entering the study"), which a source may say apart."""
    if (fact.kind is not FactKind.TEMPORAL or fact.anchor is None or (fact.low, fact.high) == (None, None)
            or fact.relation not in ("before", "after") or not _FOR_RE.match(fact.text)):
        return ()
    return (fact.model_copy(update={"relation": "for", "anchor": None}),
            fact.model_copy(update={"comparator": None, "low": None, "high": None, "unit": None}))


def restated(fact: Fact, others: Sequence[Fact]) -> bool:
    """Whether `others` say what `fact` says: an equivalent fact, or the same limits split or joined.

    "≥ 3.0 and ≤ 4.8 mmol/L" and "from 3.0 to 4.8 mmol/L" state the same limits, and so do "at least
    18 and no older than 70" and "18 to 70 years". Only inclusive bounds join into a range: "> 3" and
    "< 5" do not make "3 to 5".
    """
    if any(equivalent(fact, other) for other in others):
        return True
    # "At least 6 months of therapy prior to study entry" said "for 6 months or more before entering the study"
    if any(equivalent(fact, part) for other in others for part in _parts(other)):
        return True
    if (parts := _parts(fact)) and all(restated(part, others) for part in parts):
        return True
    if fact.comparator in (Comparator.GE, Comparator.LE):
        return any(_end_of(fact, other) for other in others)
    if fact.comparator is Comparator.RANGE:
        return all(any(other.comparator is side and _end_of(other, fact) for other in others)
                   for side in (Comparator.GE, Comparator.LE))
    return False


def flipped(fact: Fact, other: Fact) -> bool:
    """Two soft time references to the same event in opposite directions ("before" vs "after surgery")."""
    return (fact.kind is FactKind.TEMPORAL and other.kind is FactKind.TEMPORAL and fact.anchor is not None
            and fact.anchor == other.anchor and _OPPOSITE.get(fact.relation or "") == other.relation)


def turned(fact: Fact, pool: Sequence[Fact]) -> Fact | None:
    """The source window a bullet's window turned around: "within 3 months after acute heart failure" said as
    "within 3 months before …". Only where the source says no such window the bullet's way, since an undirected
    one beside it ("(within 3 months)") would otherwise stand in for both."""
    if fact.kind is not FactKind.TEMPORAL or fact.relation not in _OPPOSITE or (fact.low, fact.high) == (None, None):
        return None
    windows = [o for o in pool if o.kind is FactKind.TEMPORAL and same_event(o.anchor, fact.anchor)
               and (o.low, o.high, o.unit) == (fact.low, fact.high, fact.unit)]
    if any(o.relation == fact.relation or (fact.relation == "before" and o.relation == "past") for o in windows):
        return None
    return next((o for o in windows if _OPPOSITE.get(o.relation or "") == fact.relation), None)


# "within 2 months from radical resection": the source's "within" window runs on from the event its "from" names,
# which the fact rules leave undirected; a bullet that puts it "before radical resection" turned it round.
_FROM_EVENT = re.compile(r"\s+(?:from|after|following|since)\s+(?!(?:now|today|the\s+(?:past|last))\b)[A-Za-z]",
                         re.IGNORECASE)


def directed_by_text(fact: Fact, text: str) -> Fact:
    """`fact` of `text`, an undirected window that an event after it directs read as "after" it."""
    if fact.kind is FactKind.TEMPORAL and fact.relation == "within" and _FROM_EVENT.match(text, fact.end):
        return fact.model_copy(update={"relation": "after"})
    return fact


# "at least 1500 mg (Chinese patients) or 500 mg (Japanese patients)": the bound of the first amount is the second's
# too, which a rewrite may say again ("at least 500 mg if you are a Japanese patient") or leave shared as the source
# does. Only between two amounts in the same unit with nothing but a bracket, or one word that says what the first
# amount measures ("≥ 160 mm Hg systolic or 95 mm Hg diastolic"), and "or"/"and" between them.
_SHARED_BETWEEN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*|[A-Za-z]+\s*)?,?\s*(?:or|and)\s+", re.IGNORECASE)


def shared_bounds(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The plain amounts of `text` that share the bound of the amount before them, with that bound."""
    shared = []
    for before, fact in itertools.pairwise(facts):
        if (fact.kind is FactKind.VALUE and before.kind is FactKind.VALUE and fact.comparator is Comparator.EQ
                and before.comparator in (Comparator.GE, Comparator.LE, Comparator.GT, Comparator.LT)
                and fact.unit is not None and fact.unit == before.unit and fact.label is None
                and _SHARED_BETWEEN.fullmatch(text, before.end, fact.start)):
            value = fact.low if fact.low is not None else fact.high
            low, high = (value, None) if before.comparator in (Comparator.GE, Comparator.GT) else (None, value)
            shared.append(fact.model_copy(update={"comparator": before.comparator, "low": low, "high": high}))
    return shared


# "QTc(F) <450msec, or <480 in subjects with right bundle branch block": a bare bound after a bound in a unit is in that
# unit, which a rewrite may say ("less than 480 msec if you have right bundle branch block"). Only with ", or"/"or"/
# "and" between them, and the same kind of bound.
_UNIT_SHARED_BETWEEN = re.compile(r"\s*,?\s*(?:or|and)\s+", re.IGNORECASE)


def shared_units(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare bounds of `text` right after a bound in a unit, in that unit."""
    return [fact.model_copy(update={"unit": before.unit}) for before, fact in itertools.pairwise(facts)
            if fact.kind is FactKind.VALUE and before.kind is FactKind.VALUE and fact.unit is None
            and before.unit is not None and fact.label is None and fact.comparator is before.comparator
            and fact.comparator is not Comparator.EQ and _UNIT_SHARED_BETWEEN.fullmatch(text, before.end, fact.start)
            ] + [fact.model_copy(update={"unit": after.unit, "score": False})
                 for fact, after in itertools.pairwise(facts) if _range_shares_unit(text, fact, after)]


def _range_shares_unit(text: str, low: Fact, high: Fact) -> bool:
    """Whether `low` is a bare lower bound that `high`, an upper bound in a unit, closes with "and": "more than or
    equal to 18.5 and less than 28.0 kg/m2" gives the 18.5 the unit a rewrite may say ("18.5 kg/m2 or more")."""
    return (low.kind is FactKind.VALUE and high.kind is FactKind.VALUE and low.unit is None and high.unit is not None
            and low.label is None and low.comparator in (Comparator.GE, Comparator.GT)
            and high.comparator in (Comparator.LE, Comparator.LT) and low.low is not None and high.high is not None
            and low.low < high.high and re.fullmatch(r"\s*,?\s*and\s+", text[low.end:high.start]) is not None)


# "time from initial diagnosis to evidence of metastatic disease 12 months or less": a length of time counted from
# an event the text names apart from it, which a rewrite says together ("12 months or less from your first diagnosis")
_COUNTED_FROM = re.compile(r"\b(?:from|since)\s+", re.IGNORECASE)
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})


def counted_from(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare lengths of time of `text`, each as a window from an event `text` counts time from."""
    amounts = [f for f in facts if f.kind is FactKind.VALUE and f.unit in _TIME_UNITS and f.label is None]
    if not amounts:
        return []
    events = {found[0] for m in _COUNTED_FROM.finditer(text) if (found := match_anchor(text, m.end(), "since"))}
    return [f.model_copy(update={"kind": FactKind.TEMPORAL, "relation": "after", "anchor": event})
            for f in amounts for event in sorted(events)]


# "the CDC Classification System for HIV Infection 1993": a system's year said after its name with words between, which
# the fact rules read as a number (`translator.fact_classifications` reads an edition beside its name) and a rewrite
# says as the edition ("the 1993 CDC Classification System"). Only from the source's side: a bullet's bare year is no
# edition ("in 2008 by WHO criteria").
_NAMED_YEAR = re.compile(rf"(?<![\w/-])(?P<name>{BY_YEAR})\b[^.;()]{{1,80}}?(?<![\w/-])(?P<year>(?:19|20)\d\d)(?!\w)")


def named_editions(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare years of `text` that its wording names as a system's edition, as that edition."""
    years = {(f.start, f.end): f for f in facts if f.kind is FactKind.VALUE and f.unit is None and f.label is None
             and f.comparator is Comparator.EQ and f.low is not None and 1900 <= f.low <= 2099}
    if not years:
        return []
    return [years[m.span("year")].model_copy(
        update={"unit": "code", "low": None, "label": f"{edition_name(m['name'])} {m['year']}"})
        for m in _NAMED_YEAR.finditer(text) if m.span("year") in years]


# "three consecutive rises" said as "has gone up three times in a row": a count of events in a row is a number of
# times. Only a bare count right before "consecutive"/"successive" ("3 times ULN" is no count of events).
_IN_A_ROW_AFTER = re.compile(r"\s+(?:consecutive|successive)\s+[a-z]", re.IGNORECASE)


def counted_in_a_row(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The bare counts of `text` of events in a row, each as that many times."""
    return [f.model_copy(update={"unit": "times"}) for f in facts
            if f.kind is FactKind.VALUE and f.unit is None and f.label is None and f.comparator is not None
            and _IN_A_ROW_AFTER.match(text, f.end)]


# "within 6 months prior to administration of the study drug" said "in the 6 months before you were given the study
# drug": the facts read no anchor in "administration of" (`translator.anchors` keeps it out, for the offline wording),
# but a bullet that names the first dose says the same window.
_ADMINISTRATION_AFTER = re.compile(
    r"\s*(?:the\s+)?(?:first\s+|initial\s+)?administration\s+of\s+(?:the\s+)?(?:first\s+dose\s+of\s+(?:the\s+)?)?"
    r"(?:study|trial|investigational)\s+(?:drugs?|medications?|treatments?|products?|medicinal\s+products?|agents?)\b",
    re.IGNORECASE)


def administered(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The windows of `text` before the study drug's administration that read no anchor, as before its first dose."""
    return [f.model_copy(update={"anchor": "first dose"}) for f in facts
            if f.kind is FactKind.TEMPORAL and f.anchor is None and f.relation in ("before", "within")
            and _ADMINISTRATION_AFTER.match(text, f.end)]


# "ex-smokers who have given up smoking for < 12 months" said "you quit less than 12 months ago": how long a habit has
# been stopped is how long ago it stopped.
_STOPPED_BEFORE = re.compile(r"\b(?:given\s+up|gave\s+up|stopped|quit|ceased|discontinued|abstained|abstinent)\b"
                             r"[^.;,()]{0,30}$", re.IGNORECASE)


# "vedolizumab must have been discontinued for at least 4 months and anti-TNFs for at least 8 weeks": the second drug
# shares the verb of the first.
_SHARED_STOP = re.compile(r"\s*,?\s*(?:and|or)\s+[^.;:]{1,60}$", re.IGNORECASE)


def stopped_for(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The lengths of time of `text` that a habit has been stopped for, as how long ago it stopped."""
    found: list[Fact] = []
    for f in facts:
        if f.kind is not FactKind.TEMPORAL or f.relation != "for" or f.anchor is not None:
            continue
        if _STOPPED_BEFORE.search(text, max(0, f.start - 45), f.start) or (
                found and found[-1].end <= f.start and _SHARED_STOP.match(text[found[-1].end : f.start])):
            found.append(f.model_copy(update={"relation": "before"}))
    return found


# "continuously elevated AST … levels greater than 3 times the upper value" said "AST … levels have stayed above 3 times
# the upper value": the bound after a level says it (a value above a limit is raised). Only a bound on the level's side,
# in the level's sentence and with no other level between.
_LEVEL_SIDES = {"elevated": (Comparator.GT, Comparator.GE), "reduced": (Comparator.LT, Comparator.LE)}


def bounded_levels(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The levels of `text` ("elevated", "reduced") with a bound of their side after them, each as that bound."""
    found = []
    for level in facts:
        sides = _LEVEL_SIDES.get(level.label or "") if level.kind is FactKind.VALUE else None
        if sides is None or level.comparator is not None:
            continue
        bound = next((f for f in facts if f.start >= level.end and f.kind is FactKind.VALUE), None)
        if (bound is not None and bound.comparator in sides and bound.label is None
                and bound.start - level.end <= 80 and not re.search(r"[.;]\s", text[level.end : bound.start])):
            found.append(bound.model_copy(update={"start": level.start, "end": level.end, "text": level.text}))
    return found


# "a dose higher than beclomethasone dipropionate 400 ug per day" said "a dose higher than 400 ug of beclomethasone
# dipropionate a day": a bound in words with the name of what it measures between it and its number. Only one to three
# words, with no number, bracket or stop between.
_BOUND_BEFORE_NAME = re.compile(
    r"\b(?:(?P<gt>higher|greater|more)|(?P<lt>lower|less))\s+than\s+(?:[A-Za-z][\w-]*\s+){1,3}$", re.IGNORECASE)


def named_bounds(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The amounts of `text` read with no bound that a "higher than" / "lower than" before a name bounds."""
    found = []
    for f in facts:
        if (f.kind is FactKind.VALUE and f.comparator is Comparator.EQ and f.unit is not None and f.low is not None
                and (m := _BOUND_BEFORE_NAME.search(text, max(0, f.start - 70), f.start)) is not None):
            if m["gt"]:
                found.append(f.model_copy(update={"comparator": Comparator.GT}))
            else:
                found.append(f.model_copy(update={"comparator": Comparator.LT, "low": None, "high": f.low}))
    return found


def variants(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """Other ways `facts` of `text` may be said: `shared_bounds`, `counted_from`, `named_editions`,
    `counted_in_a_row`, `administered`, `stopped_for`, `bounded_levels`, `named_bounds`, `shared_units`,
    `equivalent_units`, `loose_amounts`, `plain_events`, `counted_periods`, `windows_to`, `span_ends`,
    `ratio_bounds`."""
    return [*shared_bounds(text, facts), *counted_from(text, facts), *named_editions(text, facts),
            *counted_in_a_row(text, facts), *administered(text, facts), *stopped_for(text, facts),
            *bounded_levels(text, facts), *named_bounds(text, facts), *shared_units(text, facts),
            *equivalent_units(text, facts), *loose_amounts(text, facts), *plain_events(text, facts),
            *counted_periods(text, facts), *windows_to(text, facts), *span_ends(text, facts),
            *ratio_bounds(text, facts)]


def restated_in(fact: Fact, others: Sequence[Fact], text: str, facts: Sequence[Fact]) -> bool:
    """`restated`, or said in one of its `variants` in `text`."""
    return restated(fact, others) or any(
        (s.start, s.end) == (fact.start, fact.end) and restated(s, others) for s in variants(text, facts))


class _Stated(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def facts(self) -> Sequence[Fact]: ...


def with_variants(source: _Stated) -> list[Fact]:
    """The facts of `source`, and the other ways it may say them (`variants`)."""
    return [*source.facts, *variants(source.text, source.facts)]

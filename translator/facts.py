"""Facts a translation must keep: numbers, comparators, units, time windows, negations.

A `Fact` is found in a piece of text (a criterion's clean text or a bullet) and carries a
normalised form, so that "≥ 18 years", "\\>= 18 years", "18 years or older" and "at least 18 years
old" all produce the same `key` (`value|>=|18||year||`). `extract_facts(text)` finds them all; the
extractors live in `translator.quantities` (numbers, ranges, units), `translator.scales` (stage,
grade, class), `translator.results` (positive, negative, normal…), `translator.temporal` (time
windows and anchors) and `translator.negation` (cues), and `translator.extraction` combines them.
`translator.phrasing.phrase(fact)` words a fact in plain English so that it extracts to the same key.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field


class FactKind(StrEnum):
    VALUE = "value"
    TEMPORAL = "temporal"
    NEGATION = "negation"


class Comparator(StrEnum):
    EQ = "="
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="
    RANGE = "range"


class Fact(BaseModel):
    """One fact with its span in the text it was found in and its normalised form."""

    model_config = ConfigDict(frozen=True)

    kind: FactKind
    start: int = Field(description="Start offset of the fact in the text it was extracted from.")
    end: int = Field(description="End offset (exclusive) of the fact in that text.")
    text: str = Field(description="The surface form, exactly as written.")
    comparator: Comparator | None = Field(
        default=None, description="How the value is bounded; RANGE means between low and high, inclusive."
    )
    low: float | None = Field(default=None, description="Value for =, >, >=; lower bound for a range.")
    high: float | None = Field(default=None, description="Value for <, <=; upper bound for a range.")
    unit: str | None = Field(default=None, description="Canonical unit, e.g. 'year', 'mg/dL', 'x ULN', '%'.")
    relation: str | None = Field(
        default=None, description="Temporal relation to the anchor: 'before', 'after', 'during', 'since'."
    )
    anchor: str | None = Field(
        default=None, description="Canonical anchor event of a time window, e.g. 'randomization'."
    )
    cue: str | None = Field(default=None, description="Canonical negation cue, e.g. 'no', 'not', 'without'.")
    label: str | None = Field(
        default=None,
        description="A level or result that is not a number: 'positive', 'normal', '3B' (stage IIIB), 'B' (class B).",
    )
    age: bool = Field(
        default=False, description="The value is an age ('aged', 'years old', 'or older'); wording only, not in key."
    )
    implied_bound: bool = Field(
        default=False,
        description="The upper bound of a time window comes from its window words ('within 3 months', 'in the 30"
        " days before'), not from a comparator: the words say how far the window reaches, not whether its far end"
        " is in it. Wording only, not in key.",
    )
    system: str | None = Field(
        default=None,
        description="The grading system named between the bound and the level ('> CTCAE grade 3', '≤ ECOG 1'),"
        " said again when the fact is worded. Wording only, not in key.",
    )
    score: bool = Field(
        default=False,
        description="A bare number right after a score's or scale's name ('Lansky score >60', 'KPS ≥ 70'): the"
        " score's, so it never restates an age ('older than 60 years'). Wording only, not in key.",
    )
    ahead: bool = Field(
        default=False,
        description="A 'within' window in a sentence that looks ahead ('surgery planned within 4 weeks of"
        " randomization'): it may reach after its event. Wording only, not in key.",
    )
    from_now: bool = Field(
        default=False,
        description="A time window measured back from now ('6 months ago', 'in the past year'), not from a named"
        " event. Wording only, not in key.",
    )

    @property
    def key(self) -> str:
        """The normalised form two facts are compared by.

        `kind|comparator|low|high|unit|relation|anchor`, then `|label` only when there is a label.
        A fact without a unit has an empty unit field; `translator.units.equivalent` is the looser
        comparison that also accepts a unitless number for the same number with a unit, and exact
        unit conversions (4 weeks = 28 days).
        """
        if self.kind is FactKind.NEGATION:
            return "negation"
        if self.low == 0 or self.high == 0:  # -0.0 equals 0.0 as a cache key but is written "-0"
            return _key(self.kind, self.comparator, self.low, self.high, self.unit, self.relation, self.anchor,
                        self.label)
        return _known_key(self.kind, self.comparator, self.low, self.high, self.unit, self.relation, self.anchor,
                          self.label)


def _key(kind: FactKind, comparator: Comparator | None, low: float | None, high: float | None, unit: str | None,
         relation: str | None, anchor: str | None, label: str | None) -> str:
    parts = [kind.value, comparator.value if comparator else "", _num(low), _num(high)]
    parts += [unit or "", relation or "", anchor or ""]
    if label:
        parts.append(label)
    return "|".join(parts)


# The checks compare facts by key again and again (`units.equivalent` for each pair a check weighs: ~250,000 keys
# for the first 300 corpus records), and a fact is frozen but its copies with an update are not the same fact, so
# the key is kept by the fields it is made of. Typed: 18 and 18.0 are one number but may be written apart. Bounded.
_known_key = lru_cache(maxsize=4096, typed=True)(_key)


def extract_facts(text: str) -> list[Fact]:
    """Every fact in `text`, sorted by start; spans index into `text`. Never raises."""
    # A new list each call, so a caller may change its list; the facts themselves are frozen.
    return list(_extracted(text))


@lru_cache(maxsize=32_768)
def _extracted(text: str) -> tuple[Fact, ...]:
    """The facts of a text, read once: the offline backend reads a criterion when it builds the request, again when
    an item has none, and its bullets when it checks them, and most bullets of a criterion that needs few edits
    say its own words (4,909 distinct texts in 8,388 readings over the first 120 records). Bounded, for a
    long-running service, but large enough to keep a run's recent records: with room for 2,048 texts, 1 text in 14
    was read again after it had been let go (first 300 records: 20,710 extractions of 19,232 distinct texts)."""
    # Imported here because the extractor modules import `Fact` and `Comparator` from this module.
    from translator.extraction import extract

    return tuple(extract(text))


def _num(value: float | None) -> str:
    # 15 significant digits: exact for every number criteria write, and never in exponent form
    # for the counts they use ("100000", not "1e+05").
    if value is None:
        return ""
    return f"{value:.15g}"

"""Plain wording of facts: readable, and read back by the extractor as the same fact."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_records, criteria_text
from translator.anchors import ANCHOR_PHRASES
from translator.facts import Comparator, Fact, FactKind, extract_facts
from translator.negation import _CUES
from translator.phrasing import phrase
from translator.text import unescape
from translator.units import _UNITS


def only(text: str) -> Fact:
    facts = extract_facts(text)
    assert len(facts) == 1, facts
    return facts[0]


def round_trips(fact: Fact) -> bool:
    return fact.key in {f.key for f in extract_facts(phrase(fact))}


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("≥ 18 years", "18 years or older"),
        ("aged 18-75", "from 18 to 75 years old"),
        ("< 1.5 x ULN", "less than 1.5 times the upper limit of normal"),
        ("≤ 2.5 × ULN", "no more than 2.5 times the upper limit of normal"),
        ("above ULN", "above the upper limit of normal"),
        ("within 3 months prior to randomisation", "in the 3 months before randomization"),
        ("within 24 hours of symptom onset", "within 24 hours of the start of symptoms"),
        ("at least 4 weeks prior to first dose", "at least 4 weeks before the first dose of the study treatment"),
        ("in the past year", "in the past 1 year"),
        ("prior to study entry", "before joining the study"),
        ("NIHSS 5–20", "from 5 to 20"),
        ("ECOG 0-1", "0 or 1"),
        ("Karnofsky ≥ 70%", "70% or more"),
        ("stage IV", "stage 4"),
        ("NYHA class III or IV", "class 3 or 4"),
        ("grade ≥ 3", "grade 3 or higher"),
        ("history of", "in the past"),
        ("no", "no"),
        ("non-smoker", "not"),
    ],
)
def test_phrase_words_facts_plainly(source: str, plain: str) -> None:
    assert phrase(extract_facts(source)[0]) == plain


@pytest.mark.parametrize(
    "unit", sorted({u for u, _ in _UNITS if u not in (None, "COUNT")} | {"x10^9/L", "x10^12/L", "x10^6/L"})
)
@pytest.mark.parametrize("comparator", [Comparator.GE, Comparator.LT, Comparator.EQ, Comparator.RANGE])
def test_phrase_round_trips_every_unit(unit: str, comparator: Comparator) -> None:
    low, high = {Comparator.GE: (2.5, None), Comparator.LT: (None, 2.5), Comparator.EQ: (2.5, None)}.get(
        comparator, (2.0, 4.0)
    )
    fact = Fact(kind=FactKind.VALUE, start=0, end=1, text="x", comparator=comparator, low=low, high=high, unit=unit)
    assert round_trips(fact), phrase(fact)


@pytest.mark.parametrize("anchor", [*sorted(ANCHOR_PHRASES), "visit 2", "day 15"])
@pytest.mark.parametrize("relation", ["before", "after", "at", "during", "since", "until"])
def test_phrase_round_trips_every_anchor(anchor: str, relation: str) -> None:
    if (anchor, relation) in (("study treatment", "before"), ("study", "at")):
        return  # never extracted: before the study treatment is its first dose; "at the study" is during it
    fact = Fact(kind=FactKind.TEMPORAL, start=0, end=1, text="x", relation=relation, anchor=anchor)
    assert round_trips(fact), phrase(fact)


@pytest.mark.parametrize("relation", ["before", "after", "within", "for", "every", "at"])
@pytest.mark.parametrize("comparator", [Comparator.LE, Comparator.GE, Comparator.GT, Comparator.EQ])
@pytest.mark.parametrize("anchor", [None, "screening", "first dose"])
def test_phrase_round_trips_time_windows(relation: str, comparator: Comparator, anchor: str | None) -> None:
    if relation in ("for", "every", "at") and anchor is not None:
        return  # a duration, a frequency or a point in time has no anchor (with one, it is before/after it)
    if relation == "within" and anchor is None and comparator is not Comparator.LE:
        return  # "within" bounds from above; other bounds need a direction or an anchor
    low, high = (None, 6.0) if comparator is Comparator.LE else (6.0, None)
    fact = Fact(kind=FactKind.TEMPORAL, start=0, end=1, text="x", comparator=comparator, low=low, high=high,
                unit="month", relation=relation, anchor=anchor)  # fmt: skip
    assert round_trips(fact), phrase(fact)


@pytest.mark.parametrize("cue", [name for name, _ in _CUES])
def test_phrase_keeps_every_negation_cue_a_negation(cue: str) -> None:
    fact = Fact(kind=FactKind.NEGATION, start=0, end=1, text="x", cue=cue)
    assert [f.kind for f in extract_facts(phrase(fact))] == [FactKind.NEGATION]


_TEMPLATES = st.tuples(
    st.sampled_from(["", "≥", "<", "=<", "at least", "no more than", "more than", "up to", "between", "within",
                     "in the past", "for", "aged", "over the age of"]),
    st.one_of(st.integers(0, 400).map(str), st.sampled_from(["1.5", "0.5", "2,5", "100,000", "two", "twelve"])),
    st.sampled_from(["", "- 20", "to 65", "and 30", "or 1"]),
    st.sampled_from(["", "years", "months", "weeks", "days", "hours", "mg/dL", "x ULN", "%", "kg/m2", "mmHg",
                     "x 10^9/L", "/mm3", "mL/min/1.73 m2", "times", "pack-years"]),
    st.sampled_from(["", "or older", "or more", "or less", "ago", "prior to randomization", "before screening",
                     "after the last dose", "of symptom onset", "prior to study entry"]),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_TEMPLATES)
def test_phrase_round_trips_generated_criteria(parts: tuple[str, str, str, str, str]) -> None:
    text = " ".join(p for p in parts if p)
    for fact in extract_facts(text):
        assert round_trips(fact), (text, fact.key, phrase(fact))


@cache
def _corpus_lines() -> tuple[str, ...]:
    """Every distinct criteria line of the corpus (escapes undone), in corpus order."""
    lines = (unescape(line) for record in corpus_records() for line in criteria_text(record).splitlines())
    return tuple(dict.fromkeys(line for line in lines if line))


# Sharded so that `pytest -n` spreads the extraction over the cores (one test over the corpus kept one worker
# busy for minutes). Speed of the extraction itself: bench/facts.py.
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
def test_phrase_round_trips_every_fact_in_the_corpus(shared_data: object, shard: int) -> None:
    facts = [fact for line in _corpus_lines()[shard::SHARDS] for fact in extract_facts(line)]
    # The wording depends only on the normalised form, so each distinct form is checked once.
    distinct = {(f.key, f.age, f.cue): f for f in facts}
    failures = [(f.text, f.key, phrase(f)) for f in distinct.values() if not round_trips(f)]
    assert len(facts) > 50_000 // SHARDS
    assert failures == []


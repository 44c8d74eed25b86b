"""A bound on "a" time unit ("for at least a year", "less than a week ago") keeps its comparator
(`translator.fact_one_unit`), on invented criteria."""

from __future__ import annotations

import pytest

from translator.facts import FactKind, extract_facts
from translator.fidelity import restated
from translator.phrasing import phrase


def timed(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.key) for f in extract_facts(text) if f.unit in ("hour", "day", "week", "month", "year")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Type 2 diabetes (for at least a year)", [("for at least a year", "temporal|>=|1||year|for|")]),
        ("On a stable dose for at least a month before screening",
         [("for at least a month before screening", "temporal|>=|1||month|before|screening")]),
        ("Stopped smoking less than a week ago", [("less than a week ago", "temporal|<||1|week|before|")]),
        ("Up to a year after the last dose",
         [("Up to a year after the last dose", "temporal|<=||1|year|after|last dose")]),
        ("Pain lasting more than a month", [("lasting more than a month", "temporal|>|1||month|for|")]),
        ("Remission of more than a month", [("more than a month", "value|>|1||month||")]),
        ("Symptoms for over a decade", [("for over a decade", "temporal|>|10||year|for|")]),
        # no comparator: the implicit window of "a week before" as before
        ("Surgery a week before screening", [("a week before screening", "temporal|=|1||week|before|screening")]),
    ],
)  # fmt: skip
def test_a_comparator_bounds_a_single_time_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert timed(text) == expected


def test_a_bullet_that_drops_the_bound_loses_the_fact() -> None:
    source = [f for f in extract_facts("On a stable dose for at least a month before screening") if f.unit]
    assert not any(restated(f, extract_facts("You have been on a stable dose for a month before screening."))
                   for f in source)  # fmt: skip
    assert all(restated(f, extract_facts("You have been on a stable dose for at least 1 month before screening."))
               for f in source)  # fmt: skip


@pytest.mark.parametrize("text", ["for at least a year", "less than a week ago", "more than a month", "over a decade"])
def test_the_bound_is_phrased_back_to_the_same_fact(text: str) -> None:
    for fact in extract_facts(text):
        assert fact.kind is not FactKind.NEGATION
        assert restated(fact, extract_facts(phrase(fact))), (fact.key, phrase(fact))

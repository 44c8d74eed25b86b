"""Units are not drinks: "8 units/day" (of insulin, or UK units of alcohol, 8 g each) and "8 drinks a day" (a US
drink is 14 g) are different amounts, so the checks catch one said as the other (translator.units), and the offline
backend keeps what is counted ("units of alcohol", "alcoholic drinks") rather than shortening it away."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import errors


@pytest.mark.parametrize(("text", "unit"), [
    ("≥8 units/day and ≤40 units/day", "units/day"),
    ("more than 14 units of alcohol per week", "units/week"),
    ("more than 21 alcohol units per week", "units/week"),
    ("more than 3 drinks per day", "drinks/day"),
    ("more than 14 alcoholic drinks per week", "drinks/week"),
])
def test_units_and_drinks_have_their_own_canonical_names(text: str, unit: str) -> None:
    assert [f.unit for f in extract_facts(text)] == [unit]


@pytest.mark.parametrize(("source", "bullet"), [
    ("Alcohol consumption of ≥8 units/day and ≤40 units/day", "You drink 8 to 40 drinks a day."),
    ("Drinks more than 14 units of alcohol per week", "You drink more than 14 drinks a week."),
    ("More than 3 drinks per day", "You have more than 3 units of alcohol a day."),
])
def test_units_said_as_drinks_or_drinks_as_units_is_an_error(source: str, bullet: str) -> None:
    assert [f.check for f in errors(judge(source, bullet))] == ["fact_changed"]


@pytest.mark.parametrize(("source", "bullet"), [
    ("Alcohol consumption of ≥8 units/day and ≤40 units/day", "You drink 8 to 40 units of alcohol a day."),
    ("Drinks more than 14 units of alcohol per week", "You drink more than 14 units of alcohol a week."),
])
def test_units_kept_as_units_pass(source: str, bullet: str) -> None:
    assert not errors(judge(source, bullet))


@pytest.mark.parametrize(("text", "kept"), [
    ("Alcohol consumption of > 14 units of alcohol per week", "14 units of alcohol"),
    ("Drinks more than 14 alcoholic drinks per week", "14 alcoholic drinks"),
])
def test_the_offline_backend_keeps_what_is_counted(text: str, kept: str) -> None:
    assert kept in said(text)


def test_insulin_units_are_still_reworded() -> None:
    assert said("Treated with insulin ≥20 units/day", SectionKind.INCLUSION).endswith("20 units a day or more")

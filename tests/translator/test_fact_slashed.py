"""One amount said in two units ("70 kg/154 lb", "284 mL/10 ounces") or a strength ("10 mg/5 mL"): the amount after
the slash is a fact too, so a bullet that changes it is caught (translator.fact_slashed); ounces are a unit
(translator.units) with no conversion, since a weight ounce and a fluid ounce differ."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from translator.facts import extract_facts
from translator.fidelity import errors

BEER = ("Consumes more than 3 glasses of alcoholic beverages (1 glass is approximately equivalent to: beer "
        "[284 mL/10 ounces], wine [125 mL/4 ounces], or distilled spirits [25 mL/1 ounce]) per day")


@pytest.mark.parametrize(("text", "read"), [
    ("weight at least 70 kg/154 lb", [("kg", 70), ("lb", 154)]),
    ("weight at least 70 kg / 154 lb", [("kg", 70), ("lb", 154)]),
    ("beer [284 mL/10 ounces]", [("mL", 284), ("oz", 10)]),
    ("syrup 10 mg/5 mL", [("mg", 10), ("mL", 5)]),
    ("limit coffee to two 8-ounce cups", [(None, 2), ("oz", 8)]),
    ("1 unit = 12 oz or 360 mL of beer", [(None, 1), ("oz", 12), ("mL", 360)]),
])
def test_the_second_amount_and_ounces_are_read(text: str, read: list[tuple[str | None, float]]) -> None:
    assert [(f.unit, f.low) for f in extract_facts(text)] == read


@pytest.mark.parametrize(("text", "unit"), [
    ("creatinine clearance > 60 mL/min/1.73 m2", "mL/min/1.73m2"),  # a denominator, read whole
    ("hemoglobin >= 10 g/100 mL", "g/dL"),  # grams per 100 mL are grams per decilitre
    ("hemoglobin >= 10 mg/100 mL", "mg/dL"),
])
def test_a_denominator_stays_part_of_its_unit(text: str, unit: str) -> None:
    assert [f.unit for f in extract_facts(text)] == [unit]


def test_a_time_after_the_slash_is_not_read_as_a_second_amount() -> None:
    assert [(f.unit, f.low) for f in extract_facts("dose 100 mg/2 weeks")] == [("mg", 100)]


def test_a_changed_second_amount_or_unit_is_caught() -> None:
    assert not errors(judge(BEER, "You drink more than 3 glasses of alcoholic drinks a day (1 glass is about "
                                  "equal to: beer [284 mL/10 ounces], wine [125 mL/4 ounces], or spirits "
                                  "[25 mL/1 ounce])."))
    assert errors(judge(BEER, "You drink more than 3 glasses of alcoholic drinks a day (1 glass is about equal to: "
                              "beer [284 mL/12 ounces], wine [125 mL/4 ounces], or spirits [25 mL/1 ounce])."))
    assert errors(judge("1 unit = 12 oz or 360 mL of beer", "1 unit = 12 mL or 360 mL of beer"))
    assert errors(judge("weight at least 70 kg/154 lb", "You weigh at least 70 kg/150 lb."))

"""A unit after a worded fact: a bracketed repeat goes with the wording, and a count's unit left outside the fact
puts the bound before the number (translator.offline_unit_after)."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from tests.translator.test_offline import rewritten
from translator.facts import extract_facts
from translator.fidelity import errors
from translator.offline_unit_after import bound_first, repeated_unit_end


@pytest.mark.parametrize(("text", "rest"), [
    ("BMI 23-45 kilogram per square meter (kg/m^2), inclusive", ", inclusive"),
    ("Body mass index ≤ 40 kg/m2 (kg/m^2).", "."),
    ("Creatinine clearance > 50 mL/min (mL/min) by Cockcroft-Gault", " by Cockcroft-Gault"),
    # the bracket spelled the divisor of a unit the wording writes whole ("2 mg/dL")
    ("Creatinine ≤ 2.0 mg/deciliter (dL) at screening", " at screening"),
    ("hemoglobin < 12 g per deciliter (dl) for females", " for females"),
])
def test_a_bracketed_repeat_of_the_unit_goes_with_the_wording(text: str, rest: str) -> None:
    fact = next(f for f in extract_facts(text) if f.unit is not None)
    end = repeated_unit_end(text, fact)
    assert end is not None and text[end:] == rest


@pytest.mark.parametrize("text", [
    "Bilirubin ≤ 1.5 times the upper limit of normal (ULN)",  # introduces "ULN" for what follows
    "BMI ≤ 40 kg/m2 (measured at screening)",
    "Weight ≥ 45 kg (100 lb)",  # another unit, another amount: both stay
    "Creatinine ≤ 2 mg/dL (mmol)",  # not the unit's divisor
])
def test_other_brackets_stay(text: str) -> None:
    fact = next(f for f in extract_facts(text) if f.unit is not None)
    assert repeated_unit_end(text, fact) is None


def test_a_count_unit_outside_the_fact_takes_the_bound_first() -> None:
    text = "ANC ≥ 1,500 mm3 and platelets ≥ 100,000 mm3"
    facts = extract_facts(text)
    assert [bound_first(text, f, w) for f, w in zip(facts, ["1,500 or more", "100,000 or more"], strict=True)] == [
        "at least 1,500", "at least 100,000"]
    assert not errors(judge(text, "ANC at least 1,500 mm3 and platelets at least 100,000 mm3"))
    # a fact with its own unit keeps its wording
    unit_fact = extract_facts("Platelets ≥ 100,000/mm3")[0]
    assert bound_first("Platelets ≥ 100,000/mm3", unit_fact, "100,000 per mm³ or more") == "100,000 per mm³ or more"


@pytest.mark.parametrize(("nct_id", "source", "plain"), [
    ("NCT01075282", "Body mass index (BMI) between", "23 to 45 kg/m²"),
    ("NCT06717698", "BMI greater than or equal to", "27 kg/m² or more"),
])
def test_corpus_bullets_say_the_unit_once(nct_id: str, source: str, plain: str) -> None:
    bullet = rewritten(nct_id, source)
    assert plain in bullet and "(kg/m" not in bullet

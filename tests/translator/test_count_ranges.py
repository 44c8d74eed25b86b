"""Cell counts: a range whose two ends each carry the power of ten is one range (translator.fact_magnitudes), and
a count is worded in the volume its source uses (translator.count_wording)."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from tests.translator.test_offline import said
from translator.count_wording import count_unit_as_written
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import errors


@pytest.mark.parametrize(("text", "low", "high"), [
    ("platelets 80 × 10^3 to 100 × 10^3 cells/μL", 80, 100),
    ("platelets 80 × 103 to 100 × 103 cells/μL", 80, 100),  # a lost superscript: not the range "103 to 100"
    ("platelets 100 x 10^9 to 400 x 10^9/L", 100, 400),  # not "100 times"
    ("platelets 100 x 10^9 - 400 x 10^9/L", 100, 400),
    ("between 1.5 x 10^9 and 4 x 10^9 per liter", 1.5, 4),
    ("platelets ≥ 100 x 10^9 and ≤ 400 x 10^9/L", 100, 400),
])
def test_a_range_whose_ends_both_carry_the_power_of_ten_is_one_range(text: str, low: float, high: float) -> None:
    facts = [f for f in extract_facts(text) if f.kind.value == "value"]
    assert [(f.comparator.value, f.low, f.high, f.unit) for f in facts] == [("range", low, high, "x10^9/L")]


@pytest.mark.parametrize("text", [
    "platelets 80 × 10^3 to 100 × 10^6 cells/μL",  # two powers: not one range
    "a lesion of 2 x 10 cm",
])
def test_other_powers_and_sizes_are_not_joined(text: str) -> None:
    assert not any(f.comparator is not None and f.comparator.value == "range" for f in extract_facts(text))


def test_the_broken_reading_of_a_range_is_caught() -> None:
    source = "Platelets 80 × 103 to 100 × 103 cells/μL"
    assert errors(judge(source, "Your platelets are 80 × 100 to 103 × 10^9/L."))
    assert not errors(judge(source, "Your platelets are 80 to 100 × 10^3/µL."))


@pytest.mark.parametrize(("text", "shown"), [
    ("≥ 0.75 x 10^3/µL", "x10^3/µL"),
    ("80 × 103 to 100 × 103 cells/μL", "x10^3/µL"),
    ("> 50 K/mcL", "x10^3/µL"),
    ("3 × 10^3/mm³", "x10^3/mm³"),
    ("2 x 10^6 cells/mL", "x10^6/mL"),
    ("≥ 1500/mcL", "/µL"),
    ("≥ 100,000/mm3", "/mm³"),
    ("≥ 1.5 x 10^9/L", "x10^9/L"),  # already per litre
    ("≥ 1.5 G/L", "x10^9/L"),
])
def test_a_count_is_shown_in_the_volume_its_source_uses(text: str, shown: str) -> None:
    fact = next(f for f in extract_facts(text) if f.unit is not None)
    assert count_unit_as_written(fact.text, fact.unit) == shown


@pytest.mark.parametrize(("text", "bullet"), [
    ("Absolute neutrophil count ≥0.75 x 10^3/µL", "Your absolute neutrophil count is 0.75 × 10^3/µL or more."),
    ("Platelets ≥ 50*10^3/microliter (µL)", "Your platelets are 50 × 10^3/µL or more."),
    ("ANC ≥ 1.5 x 10^3/μL(microliter)", "Your absolute neutrophil count (ANC) is 1.5 × 10^3/µL or more."),
    ("Platelets 80 × 103 to 100 × 103 cells/μL", "Your platelets are 80 to 100 × 10^3/µL."),
    ("WBC ≥ 3.0 x 10(9)/L", "Your white blood cell count (WBC) is 3 × 10^9/L or more."),
])
def test_offline_bullets_keep_the_source_volume(text: str, bullet: str) -> None:
    assert said(text, SectionKind.INCLUSION) == bullet


def test_a_bracketed_count_in_another_volume_stays() -> None:
    bullet = said("Platelets < 90,000/μL (cells/mm3) if Fibroscan® <12.5 kPa", SectionKind.INCLUSION)
    assert "90,000 per µL (cells/mm3)" in bullet


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Total WBC: 3.5-14 thousand/microliter", 3500, 14000),  # not 3.5 to 14,000
    ("between 1 and 2 million copies/mL", 1e6, 2e6),
    ("platelets 100 thousand to 1 million", 1e5, 1e6),  # each end its own scale
    ("a dose of 20-5 thousand", 20, 5000),  # the first end larger than the second's number: not shared
])
def test_a_scale_word_after_a_range_scales_both_ends(text: str, low: float, high: float) -> None:
    assert [(f.low, f.high) for f in extract_facts(text) if f.low is not None] == [(low, high)]


@pytest.mark.parametrize(("text", "said_as"), [
    ("Treated with 10-50 million units of interferon", "10 million to 50 million units"),
    ("Platelets ≥ 100000/mm3", "100,000 per mm³ or more"),
    ("Platelets 150-400 thousand/µL", "150,000 to 400,000 per µL"),
    ("HBV DNA > 2.5 x 10^6 IU/mL", "more than 2.5 million IU/mL"),
    ("HBV DNA > 1,250,000 IU/mL", "more than 1,250,000 IU/mL"),
    ("ANC ≥ 1500/µL", "1500 per µL or more"),  # below ten thousand as written
])
def test_large_numbers_are_worded_readably(text: str, said_as: str) -> None:
    assert said_as in said(text, SectionKind.INCLUSION)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("viral load < 1 x 10^5 copies/mL", 1e5, "copies/mL"),
    ("HIV RNA < 5 x 10(4) copies/mL", 5e4, "copies/mL"),  # a lost superscript in brackets
    ("HCV RNA > 1 x 10E5 IU/ml", 1e5, "IU/mL"),
    ("at least 1.5 x 10^7 total nucleated cells per kg", 1.5e7, None),
    ("≥ 1.0 x 10⁶ CFU", 1e6, None),
])
def test_an_amount_in_scientific_notation_is_its_number_times_the_power(text: str, value: float,
                                                                       unit: str | None) -> None:
    facts = [f for f in extract_facts(text) if f.kind.value == "value"]
    assert [(f.low if f.low is not None else f.high, f.unit) for f in facts] == [(value, unit)]


def test_a_changed_exponent_is_caught() -> None:
    source = "A minimum of 2 x 10^6 CD34+ cells/kg must be collected"
    assert errors(judge(source, "A minimum of 2 x 10^5 CD34+ cells/kg must be collected."))
    assert not errors(judge(source, "At least 2 million CD34+ cells/kg must be collected."))


def test_a_size_is_not_scientific_notation() -> None:
    assert [f.low for f in extract_facts("a lesion of 2 x 10 cm")] == [2, 10]


def test_a_range_in_scientific_notation_is_worded_readably() -> None:
    assert "2,000 to 200,000 IU/mL" in said("HBV DNA 2 × 10^3 to 2 × 10^5 IU/mL", SectionKind.INCLUSION)

"""Bounds written after a run of levels or numbers, and comparators spelt with a slash.

"grade 1/2 or higher" is grade 1 or higher, "2-3 or more regimens" two or more, "stage I-II or lower" stage II or
lower: read as the range alone, a translation could drop "or higher" and still pass. "greater than/equal to 18" is
"at least 18", not "equal to 18". A lone tumour code before "tumour" or "disease" is a TNM stage ("T3-4 tumour"),
so its "T3" is kept, not just the "4".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge, keys
from translator.fidelity import errors


@pytest.mark.parametrize(("text", "key"), [
    ("Peripheral neuropathy grade 1/2 or higher", "value|>=|1||grade||"),
    ("Neuropathy grade 2-3 or higher", "value|>=|2||grade||"),
    ("Tumour stage I-II or lower", "value|<=||2|stage||"),
    ("ECOG performance status 0-2 or better", "value|<=||2|||"),
    ("Received 2-3 or more chemotherapy regimens", "value|>=|2||||"),
])
def test_a_bound_after_a_range_bounds_it(text: str, key: str) -> None:
    assert keys(text) == [key]


def test_levels_without_a_bound_stay_a_range() -> None:
    assert keys("Neuropathy grade 1 or 2") == ["value|range|1|2|grade||"]
    assert keys("Neuropathy grade 1/2") == ["value|range|1|2|grade||"]


@pytest.mark.parametrize(("source", "dropped"), [
    ("Peripheral neuropathy grade 1/2 or higher", "Peripheral neuropathy grade 1 or 2"),
    ("Received 2-3 or more chemotherapy regimens", "Received 2 to 3 chemotherapy regimens"),
    ("Tumour stage I-II or lower", "Tumour stage I or II"),
])
def test_dropping_the_bound_after_a_range_is_an_error(source: str, dropped: str) -> None:
    assert errors(judge(source, dropped))
    assert not errors(judge(source, source))


@pytest.mark.parametrize(("text", "key"), [
    ("The patient must be greater than/equal to 18 years old", "value|>=|18||year||"),
    ("Absolute neutrophil count must be greater than / equal to 1200/mm3", "value|>=|1200||/mm3||"),
    ("Less than/equal to 2 prior regimens", "value|<=||2|||"),
    # "and" for "or"
    ("Hemoglobin greater than and equal to 9 g/dL", "value|>=|9||g/dL||"),
    ("eGFR less than and equal to 60", "value|<=||60|||"),
])
def test_a_slash_for_or_in_a_comparator(text: str, key: str) -> None:
    assert key in keys(text)


def test_slash_comparator_is_not_read_as_equal() -> None:
    assert errors(judge("Hemoglobin greater than/equal to 10 g/dL", "Hemoglobin equal to 10 g/dL"))
    assert not errors(judge("Hemoglobin greater than/equal to 10 g/dL", "Hemoglobin 10 g/dL or more"))


def test_lone_tumour_code_is_a_stage() -> None:
    assert keys("T3-4 tumour of the rectum") == ["value|=|||TNM|||T3-4"]
    assert keys("T2 disease") == ["value|=|||TNM|||T2"]
    # An MRI sequence's lesions and a thyroid hormone are no stages.
    assert not [k for k in keys("At least one T2 lesion on MRI") if "TNM" in k]
    assert not [k for k in keys("Abnormal free T3 or T4") if "TNM" in k]


def test_or_greater_than_before_a_number_bounds_that_number() -> None:
    # "within 30 days or greater than (>) 499 mL": two amounts, not "30 days or more"
    text = "50-499 mL of whole blood within 30 days or greater than (>) 499 mL of whole blood within 56 days"
    assert keys(text) == ["value|range|50|499|mL||", "temporal|<=||30|day|within|", "value|>|499||mL||",
                          "temporal|<=||56|day|within|"]

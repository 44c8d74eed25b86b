"""The last extractor misreads, each pinned on the real criterion of a corpus record: a count per millilitre
with no unit, list markers and record numbers read as values, a second window in brackets, a mixed fraction
in a range, and the year of a guideline named far before it.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_fact_leftovers import criterion, keys
from translator.facts import FactKind, extract_facts
from translator.outline import parse_criteria
from translator.phrasing import phrase
from translator.units import convert


def test_cells_per_millilitre_is_a_cell_count() -> None:
    text = criterion("NCT01905059", "CD4> 100 cells/ml")
    assert keys(text) == ["value|>|100||cells/mL||"]
    fact = extract_facts(text)[0]
    assert keys(phrase(fact)) == [fact.key]
    # Exact factors only: a microlitre is a cubic millimetre, a millilitre a thousand of them.
    assert keys("CD4 > 100 cells per milliliter") == ["value|>|100||cells/mL||"]
    assert convert(100, "cells/mL", "/mm3") == 0.1
    assert convert(0.5, "/mm3", "cells/mL") == 500
    assert convert(100, "cells/mL", "mL") is None


def as_written(nct_id: str, needle: str) -> str:
    """The criterion of `nct_id` that holds `needle`, with a bare number the parser reads as its marker written
    before it as the record has it ("12 Any clinical condition …", NCT06742723: `translator.line_markers`); a text
    that keeps such a number (a source the parser cuts otherwise) must still not read it as a value."""
    for c in parse_criteria(criteria_text(corpus_by_id()[nct_id])).criteria:
        text = " ".join(f"{c.marker} {c.text}".split()) if c.marker and c.marker.isdigit() else " ".join(c.text.split())
        if needle in text:
            return text
    raise AssertionError(f"{needle!r} not in a criterion of {nct_id}")


@pytest.mark.parametrize(("nct_id", "needle"), [
    ("NCT01816659", "2.c. Familial"),
    ("NCT01816659", "6.a. CRC"),
    ("NCT06742723", "12 Any clinical"),
    ("NCT06742723", "8 Documented history"),
    ("NCT06742723", "6 New York Heart"),
])
def test_list_marker_left_in_the_text_is_no_value(nct_id: str, needle: str) -> None:
    text = as_written(nct_id, needle)
    assert text.startswith(needle)
    assert not [f for f in extract_facts(text) if f.start == 0 and f.kind is FactKind.VALUE], keys(text)


@pytest.mark.parametrize(("nct_id", "needle", "key"), [
    ("NCT06742723", "12 Any clinical", "temporal|>=|3||month|before|visit 1"),  # the facts after the marker stay
    ("NCT00571116", "0 Fully active", "value|=|0||||"),  # an ECOG grade, not a marker
    ("NCT03305341", "20 Moderate COVID-19", "value|=|20||||"),  # the size of a group
])
def test_numbers_at_the_start_that_are_facts_stay(nct_id: str, needle: str, key: str) -> None:
    assert key in keys(as_written(nct_id, needle))


@pytest.mark.parametrize(("nct_id", "needle", "number"), [
    ("NCT04207047", "11192018", "11192018"),
    ("NCT02322320", "BMT CTN 0702 protocol", "0702"),
])
def test_record_and_protocol_numbers_are_no_values(nct_id: str, needle: str, number: str) -> None:
    # A protocol number is no amount; a cooperative group's ("BMT CTN 0702") is a code, compared whole.
    text = criterion(nct_id, needle)
    assert not any(number in f.text and f.unit != "code" for f in extract_facts(text)), keys(text)


@pytest.mark.parametrize(("text", "key"), [
    ("HIV RNA > 10000000 copies/mL", "value|>|10000000||copies/mL||"),  # not a date
    ("GOG performance status 0-3", "value|range|0|3|||"),  # a score after a group's name
])
def test_amounts_like_dates_and_group_scores_stay(text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(("nct_id", "needle", "first", "second"), [
    ("NCT00003926", "(6 weeks for nitrosoureas)", "temporal|>=|3||week|since|", "temporal|>=|6||week|since|"),
    ("NCT02576665", "(6 weeks for nitrosoureas)", "temporal|<=||2|week|before|first dose",
     "temporal|<=||6|week|before|first dose"),
])
def test_bracketed_window_for_another_event_is_the_same_kind_of_window(
    nct_id: str, needle: str, first: str, second: str
) -> None:
    text = criterion(nct_id, needle)
    found = keys(text)
    assert first in found and second in found, found
    assert "value|=|6||week||" not in found
    window = next(f for f in extract_facts(text) if f.key == second)
    assert keys(phrase(window)) == [second]


def test_a_bracketed_amount_with_no_event_stays_an_amount() -> None:
    assert keys("within 4 weeks of chemotherapy (6 weeks)") == ["temporal|<=||4|week|within|", "value|=|6||week||"]


def test_number_of_a_product_name_is_no_value() -> None:
    # The product's number is no amount: it is one code with its name ("Toca 511"), compared whole.
    text = criterion("NCT02576665", "Toca 511")
    assert [f.label for f in extract_facts(text) if "511" in f.text] == ["TOCA511"], keys(text)


def test_mixed_fraction_is_the_low_end_of_a_range_of_ages() -> None:
    # No corpus criterion writes one: the wording of the misread, with and without the unit.
    assert keys("Children ages 1 1/2 to 5") == ["value|range|1.5|5|year||"]
    assert keys("1 1/2 - 3 years") == ["value|range|1.5|3|year||"]
    fact = extract_facts("ages 1 1/2 to 5")[0]
    assert keys(phrase(fact)) == [fact.key]
    # With no unit and no ages, the fraction is left as it was read (a choice of grades).
    assert "value|range|1.5|3|||" not in keys("grade 1 1/2 to 3")


def test_year_of_a_guideline_named_earlier_is_no_value() -> None:
    text = criterion("NCT02489461", "treatment (2013)")
    assert "WHO Summary Guideline" in text
    assert not any("2013" in f.text for f in extract_facts(text)), keys(text)
    assert keys("According to guidelines, ANC (2000) or more") != []


def test_a_score_after_an_age_clause_is_no_age() -> None:
    # NCT01021813: the 25 is a score on the MMSE, not 25 years (the bullet had said "score of 25 years or older")
    text = criterion("NCT01021813", "If ≥65 years of age, score of ≥25")
    assert keys(text) == ["value|>=|65||year||", "value|>=|25||||"]
    # a list of ages after a comma stays ages
    assert keys("Age ≥ 18, ≤ 75") == ["value|range|18|75|year||"]
    assert keys("Age: ≥ 18") == ["value|>=|18||year||"]

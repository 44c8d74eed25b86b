"""Four readings that took a wrong rewrite for a faithful one, because extraction read both sides the same wrong way:
a score's number read as an age, a range the value must lie outside of read as the range, a window whose anchor
follows a second relation read with none, and a comma list of codes read as a range. Each with the faulty bullet it
must now catch, the faithful ones it must let through, and what each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.facts import FactKind, extract_facts
from translator.fidelity import errors


def _checks(source: str, bullet: str) -> list[str]:
    return sorted({f.check for f in errors(judge(source, bullet))})


# --- 1. A number right after a score's name is the score's, never an age ------------------------------------


def test_a_score_near_an_age_is_no_age() -> None:
    # NCT01288573: "≥16 years of age, defined as Karnofsky score >60" read the 60 as an age in years.
    source = criterion("NCT01288573", "Lansky score >60")
    kept = ("You have good enough performance status (for patients 16 years or older, defined as Karnofsky score "
            "{k} and for patients younger than 16 years, defined as Lansky score {l}).")
    assert _checks(source, kept.format(k="more than 60", l="more than 60")) == []
    assert _checks(source, kept.format(k="more than 60", l="older than 60 years")) != []
    assert _checks(source, kept.format(k="older than 60 years", l="more than 60")) != []


@pytest.mark.parametrize(("text", "key"), [
    ("Lansky score >60", "value|>|60||||"),
    ("for patients ≥16 years of age, Karnofsky score >60", "value|>|60||||"),
    ("Patients aged 18 or older with Karnofsky score ≥ 70", "value|>=|70||||"),
    ("aged 65 or older, NIHSS score of 4 or more", "value|>=|4||||"),
])
def test_a_score_after_its_name_keeps_no_unit(text: str, key: str) -> None:
    fact = [f for f in extract_facts(text) if f.kind is FactKind.VALUE][-1]
    assert (fact.key, fact.age, fact.score) == (key, False, True)


@pytest.mark.parametrize(("text", "key"), [
    ("a score ≥ 10, aged 18 or older", "value|>=|18||year||"),  # a name further back: the 18 is an age
    ("Karnofsky score ≥ 70, age ≥ 18", "value|>=|18||year||"),
    ("Patients ≥ 18 years", "value|>=|18||year||"),
])
def test_an_age_after_other_words_stays_an_age(text: str, key: str) -> None:
    ages = [f for f in extract_facts(text) if f.age]
    assert ages and ages[-1].key == key


def test_a_number_with_its_own_years_after_a_score_is_an_age() -> None:
    # NCT04250064: "KPS > 12 y/o >/= 50" is patients older than 12: the 12 has its own unit of age.
    source = criterion("NCT04250064", "KPS")
    twelve = next(f for f in extract_facts(source) if f.text == "> 12 y/o")
    assert (twelve.key, twelve.age, twelve.score) == ("value|>|12||year||", True, False)


# --- 2. A range the value must lie outside of --------------------------------------------------------------


def test_outside_a_range_is_not_the_range() -> None:
    source = criterion("NCT01568775", "Hemoglobin levels outside 11-14")
    assert _checks(source, "Your hemoglobin level is outside 11 to 14 mg/dL.") == []
    assert _checks(source, "Hemoglobin levels outside 11-14 mg/dL") == []
    assert _checks(source, "Your hemoglobin level is 11 to 14 mg/dL.") != []
    assert _checks(source, "Your hemoglobin level is between 11 and 14 mg/dL.") != []


@pytest.mark.parametrize("text", [
    "Hemoglobin levels outside 11-14 mg/dL",
    "hemoglobin outside the normal range of 11 to 14 mg/dL",
    "hemoglobin not within 11-14 mg/dL",
    "hemoglobin beyond the range of 11 to 14 mg/dL",
])
def test_outside_words_label_the_range(text: str) -> None:
    assert keys(text) == ["value|range|11|14|mg/dL|||outside"]


@pytest.mark.parametrize(("text", "key"), [
    ("Hemoglobin levels of 11 to 14 mg/dL", "value|range|11|14|mg/dL||"),
    ("between 11 and 14 mg/dL", "value|range|11|14|mg/dL||"),
    ("treatment beyond 2-4 weeks", "value|range|2|4|week|||minimum"),  # after them, not outside them
    ("outside the study, 11-14 days", "value|range|11|14|day||"),  # a comma: other words
])
def test_a_range_without_outside_words_is_the_range(text: str, key: str) -> None:
    assert keys(text) == [key]


# --- 3. A window whose anchor follows a second relation ---------------------------------------------------


def test_a_window_shares_the_event_after_a_second_relation() -> None:
    source = criterion("NCT00293371", "for 1 month prior to and during study treatment")
    assert _checks(source, "You have no bisphosphonate initiation for 1 month before and during study treatment.") == []
    assert _checks(source, "You have no bisphosphonate initiation for the past 1 month and during study treatment.") \
        != []


@pytest.mark.parametrize(("text", "first"), [
    ("within 28 days prior to and throughout the study", "temporal|<=||28|day|before|study"),
    ("in the past month prior to and during the study", "temporal|<=||1|month|before|study"),
    ("for 2 weeks prior to and ketoconazole", "temporal|<=||2|week|before|"),  # no second relation: no anchor
])
def test_the_shared_anchor(text: str, first: str) -> None:
    assert keys(text)[0] == first


def test_the_second_relation_stays_its_own_fact() -> None:
    assert keys("within 28 days prior to and throughout the study")[1] == "temporal|||||during|study"


# --- 4. A comma list of codes or levels is no range ---------------------------------------------------------


def test_a_list_of_codes_is_no_range() -> None:
    source = criterion("NCT02422186", "DSM-5 diagnostic codes 317, 318.0")
    assert "317, 318.0, 318.1" in source
    faithful = source.replace("Participant has", "You have")
    assert _checks(source, faithful) == []
    assert _checks(source, faithful.replace("317, 318.0,", "317 to 318,")) != []


@pytest.mark.parametrize(("text", "found"), [
    ("codes 317, 318", ["value|=|317||||", "value|=|318||||"]),
    ("grade 1, 2 or 4", ["value|=|1||grade||", "value|=|2||grade||", "value|=|4||grade||"]),
])
def test_a_list_is_its_values(text: str, found: list[str]) -> None:
    assert keys(text) == found


@pytest.mark.parametrize(("text", "key"), [
    ("ECOG 0 or 1", "value|range|0|1|||"),
    ("ECOG 0, 1, or 2", "value|range|0|2|||"),
    ("ECOG 0/1", "value|range|0|1|||"),
    ("DSM-5 codes 317 to 318", "value|range|317|318|||"),
])
def test_a_consecutive_list_with_its_conjunction_is_a_range(text: str, key: str) -> None:
    assert keys(text)[-1] == key

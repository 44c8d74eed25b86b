"""A name between two bounds ("95 mmHg < SBP < 150 mmHg", "19 ≤ BMI index ≤ 30") and a "to" left after a comparator
symbol ("Age >= to 18 years"): the facts read, the offline wording, and the check of a wording that loses a bound."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts


def keys(text: str) -> list[str]:
    return [f.key for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("7.5% < HA1C < 10%", ["value|>|7.5||%||", "value|<||10|%||"]),
        ("95 mmHg <systolic blood pressure (SBP) <150 mmHg.", ["value|>|95||mmHg||", "value|<||150|mmHg||"]),
        ("140 mmHg ≤ sitSBP < 200 mmHg", ["value|>=|140||mmHg||", "value|<||200|mmHg||"]),
        # the first number without a unit is in the second's
        ("18.0≤BMI<30.0 kg/m2", ["value|>=|18||kg/m2||", "value|<||30|kg/m2||"]),
        ("Age >= to 18 years", ["value|>=|18||year||"]),
        ("Urine protein creatinine ratio > or = to 1.0 at screening", ["value|>=|1||||", "temporal|||||at|screening"]),
        ("Total bilirubin <= to 1.5 times ULN", ["value|<=||1.5|x ULN||"]),
        # unchanged: an inclusive sandwich is one range; a first number above the second is no pair
        ("19 ≤ BMI index ≤ 30", ["value|range|19|30|||"]),
        ("30 < X < 10", ["value|=|30||||", "value|<||10|||"]),
    ],
)
def test_each_bound_is_read_with_its_comparator(source: str, expected: list[str]) -> None:
    assert keys(source) == expected


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("7.5% < HA1C < 10%", "HA1C more than 7.5% and less than 10%"),
        ("95 mmHg < SBP <160 mmHg", "Systolic blood pressure (SBP) more than 95 mmHg and less than 160 mmHg"),
        ("50 bpm < HR <100 bpm", "Heart rate (HR) more than 50 beats per minute and less than 100 beats per minute"),
        ("Naïve: 160 mmHg ≤ sitSBP < 200 mmHg", "Naïve: sitSBP 160 mmHg or more and less than 200 mmHg"),
        (
            "Weighs at least 50 kg and no more than 100 kg and has a Body Mass Index (BMI) within normal range: "
            "18.0≤BMI<30.0 kg/m2;",
            "Weighs 50 to 100 kg and has a Body Mass Index (BMI) within normal range: BMI 18 kg/m² or more and less "
            "than 30 kg/m²",
        ),
        # a name of two words stays whole (it was dropped: "19 to 30")
        ("19 ≤ BMI index ≤ 30", "BMI index 19 to 30"),
        ("19kg/m2 ≤ BMI ≤ 35kg/m2", "BMI 19 to 35 kg/m²"),
        # a unit and "and" between the bounds are no name
        ("Male or female, 18≤ years and ≤75 years of age with chronic AD for at least 6 months.",
         "You are male or female and 18 to 75 years old with chronic AD for at least 6 months."),
        ("Age >= to 18 years", "You are 18 years or older."),
        ("Urine protein creatinine ratio > or = to 1.0 at screening",
         "Your urine protein creatinine ratio is 1 or more at screening."),
        # what the numbers are of is said before them: the name is not put first
        (
            "Patients who is unresponsive to Fimasartan 60mg monotherapy for 4 weeks (i.e. the mean SiDBP from 3 times"
            " of measurement is 140mmHg ≤ SiSBP <180 mmHg)",
            "You are unresponsive to Fimasartan 60mg monotherapy for 4 weeks. This means the mean SiDBP from 3 times "
            "of measurement is 140mmHg ≤ SiSBP less than 180 mmHg.",
        ),
    ],
)
def test_the_name_comes_first_and_each_bound_in_words(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet


@pytest.mark.parametrize(
    ("source", "lost"),
    [
        ("7.5% < HA1C < 10%", "HA1C 7.5% to less than 10%"),  # 7.5 itself is not in it
        ("140 mmHg ≤ sitSBP < 200 mmHg", "sitSBP more than 140 mmHg and less than 200 mmHg"),
        ("Age >= to 18 years", "You are 18 years old."),
    ],
)
def test_a_wording_that_changes_a_bound_has_other_facts(source: str, lost: str) -> None:
    assert keys(source) != keys(lost)


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # HIV records whose text kept a closing ">" of lost markup
        ("Hemoglobin at least 7.5 g/dL>", "Your hemoglobin is at least 7.5 g/dL."),
        ("CD4 count fewer than 300 cells/mm3 >", "Your CD4 count is fewer than 300 cells/mm3."),
        ("Radiation therapy or chemotherapy within 45 days prior to study entry. >",
         "You have had radiation treatment or chemotherapy in the 45 days before study entry."),
        ("HIV-1 infected>", "HIV-1 infected"),
        # a ">" before a number is a comparator, said in words
        ("Viral load > 1000 copies/mL", "Your viral load is more than 1000 copies/mL."),
    ],
)
def test_a_closing_angle_bracket_that_compares_nothing_goes(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet

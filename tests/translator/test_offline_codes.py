"""Numbers that name things, and the slash between two numbers, in the offline backend's bullets."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # the types of a virus: "HIV 1 to 2" had read as a span of types
        ("History of HIV infection or positive HIV 1/2 serology at Visit 1",
         "You have had HIV infection or positive HIV 1/2 serology at Visit 1."),
        ("Known history of HIV (HIV 1/2 antibodies).", "You are known to have had HIV (HIV 1/2 antibodies)."),
        ("Prior treatment with a CDK 4/6 inhibitor", "You have had treatment with a CDK 4/6 inhibitor."),
        # a study's parts: one phase 1/2 study of both phases
        ("Participation in a phase 1/2 study", "You are taking part in a phase 1/2 study."),
        ("Participation in a phase 2-3 study", "You are taking part in a phase 2-3 study."),
        ("type 1-2 diabetes", "You have type 1-2 diabetes."),
    ],
)
def test_a_slash_pair_after_a_name_is_part_of_the_name(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("ECOG 0/1", "Your ECOG score is 0 or 1."),
        ("Grade 3/4 neuropathy", "You have grade 3 or 4 nerve damage."),
        ("NYHA class III/IV heart failure", "You have NYHA class 3 or 4 heart failure."),
    ],
)
def test_a_slash_between_neighbouring_numbers_is_or(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


def test_a_hyphen_range_and_a_longer_slash_list_stay_a_span() -> None:
    assert said("ECOG 0-1", SectionKind.INCLUSION) == "Your ECOG score is 0 to 1."
    assert said("Days 1-2", SectionKind.INCLUSION) == "Days 1-2"  # the days of a study, as named
    assert said("ECOG performance status 0/1/2", SectionKind.INCLUSION) == "Your ECOG performance status is 0 to 2."


def test_a_stage_before_a_short_aside_and_a_disease_is_no_value_of_the_word_before_it() -> None:
    # "Your pathologic is stage II-IIIB (N2) …": the stage names the kind of cancer after the aside
    stage = said("Pathologic Stage II-IIIB (N2) NSCLC", SectionKind.INCLUSION)
    assert stage.startswith("Pathologic Stage II-IIIB (N2)")
    assert said("ECOG 0/1 (see appendix)", SectionKind.INCLUSION).startswith("Your ECOG score is 0 or 1.")


def test_a_class_followed_by_other_conditions_is_no_value_of_the_scale() -> None:
    # "Your NYHA is class 3 or 4, heart disease, heart attack …" had made the list after it values of NYHA
    listed = said(
        "New York Heart Association (NYHA) Class III or IV, cardiac disease, myocardial infarction within 6 months"
        " prior to Day 1, or unstable arrhythmia"
    )
    assert listed.startswith("NYHA class 3 or 4, heart disease")
    assert said("NYHA Class III or IV") == "You are in NYHA class 3 or 4."  # (the class the reader is in: s66)


@pytest.mark.parametrize(
    "source",
    [
        "Calculated creatinine clearance < 30 mL/min or end-stage renal disease on dialysis",
        "Creatinine clearance < 30 mL/min or on dialysis",
        "Hemoglobin < 9 g/dL or transfusion dependent",
    ],
)
def test_an_alternative_with_words_and_no_value_is_no_value_of_the_lab(source: str) -> None:
    # "Your creatinine clearance is less than 30 mL/min or on dialysis" made a state a value of the lab
    assert not said(source).startswith("Your")


def test_an_alternative_with_a_value_of_its_own_keeps_the_reader_form() -> None:
    assert said("Creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 mL/min", SectionKind.INCLUSION).startswith(
        "Your creatinine is 1.5 mg/dL or less or"
    )
    measured = "Serum creatinine ≤ 1.5 mg/dL or measured or calculated creatinine clearance ≥ 50 mL/min"
    assert said(measured, SectionKind.INCLUSION).startswith("Your serum creatinine is")
    # one value measured two ways
    assert said("LVEF < 45% as determined by MUGA or echocardiogram").startswith("Your left ventricular")

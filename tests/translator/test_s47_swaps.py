"""One of a set said in place of another (an organ, a side, acute or chronic, how severe, a hepatitis virus, too high
or too low) is a changed fact; a rewording of the same member, or a member a gloss adds, is not."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.fidelity_swaps import members, swaps


@pytest.mark.parametrize(
    ("source", "swapped"),
    [
        ("Liver metastases", "You have kidney metastases."),
        ("Known brain metastases", "You have known lung metastases."),
        ("Left ventricular ejection fraction below 50%", "Your right ventricular ejection fraction is below 50%."),
        ("Active hepatitis B infection", "You have active hepatitis C infection."),
        ("Positive HBsAg", "You have a positive test for hepatitis C."),
        ("Breast cancer", "You have prostate cancer."),
        ("Uncontrolled hypertension", "You have uncontrolled low blood pressure."),
        ("Severe hepatic impairment", "You have severe kidney impairment."),
        ("Chronic kidney disease", "You have acute kidney disease."),
        ("History of hypoglycemia", "You have had high blood sugar."),
        ("Hypothyroidism", "You have an overactive thyroid."),
        ("Benign prostatic hyperplasia", "You have malignant prostatic hyperplasia."),
        ("Upper GI bleeding", "You have lower GI bleeding."),
        ("Systolic blood pressure < 140 mmHg", "Your diastolic blood pressure is less than 140 mmHg."),
        ("Oral anticoagulants", "You use anticoagulants given into a vein."),
        ("Inpatients", "You are an outpatient."),
    ],
)
@pytest.mark.parametrize("kind", [INC, EXC])
def test_a_swap_is_a_changed_fact(source: str, swapped: str, kind: SectionKind) -> None:
    assert "fact_changed" in checks(source, swapped, kind)


@pytest.mark.parametrize(
    ("source", "faithful"),
    [
        ("Severe renal impairment", "You have severe kidney impairment."),
        ("Chronic kidney disease", "You have long-term kidney disease."),
        ("Cirrhosis", "You have cirrhosis (scarring of the liver)."),
        ("Pregnant or breast-feeding", "You are pregnant or breastfeeding."),
        ("Hypertension", "You have high blood pressure."),
        ("HBV or HCV infection", "You have hepatitis B or hepatitis C."),
        ("Liver or kidney failure", "Your liver or your kidneys have failed."),
        ("Right to withdraw explained to the patient", "Your right to leave the study was explained to you."),
        ("Oral anticoagulants", "You use anticoagulants taken by mouth."),
        ("Oral cavity cancer", "You have cancer of the mouth."),
        ("AST > 3 x ULN", "Your AST is more than 3 times the upper limit of normal."),
    ],
)
def test_a_rewording_of_the_same_member_is_no_swap(source: str, faithful: str) -> None:
    assert "fact_changed" not in checks(source, faithful, EXC)


def test_a_member_said_by_another_bullet_citing_the_source_is_not_lost() -> None:
    source = "Liver or kidney disease"
    assert swaps([source], "You have kidney disease.", ["You have liver disease."]) == []
    assert swaps([source], "You have heart disease.", ["You have liver disease."]) == [("the heart", "the kidneys")]


def test_members_read_wordings_at_word_starts() -> None:
    assert members("hepatitis B and nephrotic syndrome") == {"hepatitis": {"hepatitis B"}, "organ": {"the kidneys"}}
    assert members("the right to refuse; left the study") == {}
    assert members("a left-sided breast lesion") == {"organ": {"the breast"}, "side": {"left"}}


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Hypothyroidism", "You have an underactive thyroid (hyperthyroidism)."),
        ("Active hepatitis C virus (HCV) infection", "You have active hepatitis B virus (HCV) infection."),
        ("Known hepatic or biliary abnormalities", "You have known hepatic (kidney) or biliary abnormalities."),
        ("Myocardial infarction within 3 months", "You have had a lung attack (myocardial infarction) in the last 3 "
         "months."),
    ],
)
def test_a_gloss_naming_another_member_is_a_changed_fact(source: str, bullet: str) -> None:
    assert "fact_changed" in checks(source, bullet, EXC)


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Cardiac disease (e.g., heart failure, stroke)", "You have heart disease (such as heart failure or stroke)."),
        ("Hepatorenal syndrome", "You have hepatorenal syndrome (kidney failure in people with liver disease)."),
        ("Pulmonary hypertension", "You have pulmonary hypertension (high blood pressure in the lungs)."),
        ("Oral steroids (topical and inhaled steroids are acceptable)",
         "You take steroids by mouth (steroids on the skin or inhaled are allowed)."),
    ],
)
def test_examples_and_exceptions_in_brackets_are_no_gloss(source: str, bullet: str) -> None:
    assert "fact_changed" not in checks(source, bullet, EXC)

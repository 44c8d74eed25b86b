"""A subject described by what it is not doing, and a colon inside brackets, put to the reader (corpus text)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # NCT00609245
        (
            "Patients not exhibiting a photo-paroxysmal-EEG response",
            EXC,
            "You are not showing a photo-paroxysmal-EEG response.",
        ),
        # NCT06015620
        ("Patients not giving consent for the study", EXC, "You are not giving consent for the study."),
        # Chia NCT02940912
        (
            "Patient not accepting polysomnography and multiple sleep latency test",
            EXC,
            "You are not accepting polysomnography and multiple sleep latency test.",
        ),
        # NCT03397121: the subject rules' "If you are getting X, you must …", with its "not"
        (
            "Participants not receiving statins must have documented evidence of intolerance to all doses of at "
            "least 2 different statins.",
            INC,
            "If you are not getting statins, you must have recorded signs of intolerance to all doses of at least 2 "
            "different statins.",
        ),
        # NCT02662569
        (
            "Subjects not receiving statin therapy at screening must have a fasting LDL-C of greater than or equal to "
            "130 mg/dL",
            INC,
            "If you are not getting statin treatment at screening, you must have a fasting low-density lipoprotein "
            "cholesterol (LDL-C) of 130 mg/dL or more.",
        ),
    ],
)
def test_a_subject_not_doing_something_is_the_reader_not_doing_it(text: str, kind: SectionKind, expected: str) -> None:
    assert said(text, kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a "whose" after the medication would be said of it ("You are not getting X whose INR …"); NCT02477644's
        # "who has" is joined to the reader now (test_s59_reader_who)
        "Patient not receiving anticoagulant medication whose INR is ≤1.5 and whose aPTT is ≤1.5 x ULN.",
        # NCT06252142: a verdict of its own on the group
        "Patients not consenting to ongoing interventional studies, such as the SCOTCH study or any future studies, "
        "will be considered and offered",
    ],
)
def test_a_negated_subject_the_rules_cannot_say_keeps_its_words(text: str) -> None:
    assert said(text, INC).startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NCT02145182
        (
            "Participants with known or suspected hereditary complement deficiency (for example, but not limited to: "
            "atypical hemolytic uremic syndrome, paroxysmal nocturnal hemoglobinuria)",
            "You have known or suspected hereditary complement deficiency (for example, but not limited to: atypical "
            "hemolytic uremic syndrome, paroxysmal nocturnal hemoglobinuria).",
        ),
        # NCT00631488
        (
            "Participants taking insulin or thiazolidinediones (TZDs: peroxisome proliferator-activated receptor "
            "[PPAR]-gamma agonists)",
            "You are taking insulin or thiazolidinediones (TZDs: peroxisome proliferator-activated receptor "
            "[PPAR]-gamma agonists).",
        ),
    ],
)
def test_a_colon_inside_brackets_opens_no_condition(text: str, expected: str) -> None:
    assert said(text, EXC) == expected


def test_a_colon_outside_brackets_still_sets_a_condition_for_some() -> None:
    # "Patients with X: Y" is a condition on those with X, not a fact of the reader's
    text = "Patients taking anticoagulants: INR must be monitored weekly"
    assert said(text, INC).startswith("Patients taking")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NCT02422615: being ineligible for a treatment is a fact of the reader's, not the study's verdict
        (
            "Patient with symptomatic visceral disease or any disease burden that makes the patient ineligible for "
            "endocrine therapy per the investigator's best judgment.",
            "You have symptomatic visceral disease or any disease burden that makes you ineligible for hormone "
            "treatment per the study doctor's best judgment.",
        ),
        # NCT00362713
        ("Patients deemed ineligible for surgery", "You are judged ineligible for surgery."),
        # NCT00791544: "not eligible for" a treatment, said with its "not"
        (
            "Patients not eligible for surgical resection, liver transplantation, local ablation techniques or "
            "chemoembolisation",
            "You are not eligible for surgical resection, liver transplant, local ablation techniques or "
            "chemoembolisation.",
        ),
    ],
)
def test_eligible_for_a_treatment_is_the_readers_fact(text: str, expected: str) -> None:
    assert said(text, EXC) == expected


def test_not_eligible_for_treatment_after_are_stays_the_studys_verdict() -> None:
    # NCT01339039: "are not eligible for treatment" says who may be treated in the study: the rule of its own stays
    text = (
        "Patients whose MRI scan demonstrates intratumoral hemorrhage or peritumoral hemorrhage are not eligible for "
        "treatment if deemed significant by the treating physician."
    )
    assert said(text, EXC) == (
        "If your MRI scan shows intratumoral hemorrhage or peritumoral hemorrhage, you are not eligible for treatment "
        "if judged significant by the treating doctor."
    )

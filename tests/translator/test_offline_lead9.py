"""Offline bullets fixed by the lead in the ninth audit session (each with the corpus text it came from)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT03992482: "his/her" right after the investigator is the investigator's, not the reader's
        (
            "Be willing/able to return for all study visits and to follow instructions from the study investigator "
            "and his/her staff",
            "You are willing/able to return for all study visits and to follow instructions from the study doctor "
            "and their staff.",
        ),
        # elsewhere it is still the reader's
        ("Patients must be able to give his/her consent", "You must be able to give your consent."),
    ],
)
def test_his_or_her_after_the_investigator_is_theirs(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02453386: "study participation" after a drug's name is a noun; it had read "You have had tozadenant
        # taking part in the study"
        ("Previous tozadenant study participation", "You have had tozadenant study participation."),
        # "study participation in X" is the taking part in X, not in this study ("Study taking part in" before)
        (
            "Study participation in another trial within 30 days",
            "Study participation in another trial within 30 days",
        ),
        # after a verb that takes a doing, the rewrite stays
        (
            "Any condition that would preclude study participation",
            "You have any condition that would prevent taking part in the study.",
        ),
    ],
)
def test_study_participation_is_a_doing_only_after_a_link(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT00621504, a pneumonia trial: "CAP" had been spelled the College of American Pathologists
        (
            "CAP suitable for outpatient therapy with an oral antimicrobial agent",
            "Community-acquired pneumonia (CAP) suitable for outpatient treatment with an oral antimicrobial agent",
        ),
        # the pathologists where the text is about lab testing or ASCO/CAP guidelines
        (
            "HER2 negative per ASCO/CAP guidelines",
            "HER2 negative per American Society of Clinical Oncology (ASCO)/College of American Pathologists (CAP) "
            "guidelines",
        ),
    ],
)
def test_cap_is_read_by_its_neighbours(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT03135899 (age), and the same shape for a BMI: a unitless floor and a ceiling with only a space between
        # are one range in the ceiling's unit, in the facts as in the wording (the check had refused "25 to 35 kg/m²")
        ("BMI >= 25 <= 35 kg/m2", "Your body mass index (BMI) is 25 to 35 kg/m²."),
        ("Age >= 18 <= 60 years", "You are 18 to 60 years old."),
        # a strict bound is no end of a range: two bounds, each with the unit
        (
            "Creatinine clearance > 30 < 60 mL/min",
            "Your creatinine clearance is more than 30 mL/min and less than 60 mL/min.",
        ),
    ],
)
def test_a_floor_and_a_ceiling_with_a_space_between_are_one_range(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain

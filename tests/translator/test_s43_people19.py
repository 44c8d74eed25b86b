"""Third-person rows put to the reader where the rewrite is exact (session 43, people19): a judgement of the subject
("Participants determined to be unsuitable by the investigator …"), the investigator's opinion after a "who" written
with a comma or after "Those who", and near cases that must keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Participants determined to be unsuitable by the investigator for any reason.",
            "You are determined to be unsuitable by the study doctor for any reason.",
        ),
        (
            "Subjects judged to be inappropriate for this study by the investigator or sub-investigator.",
            "You are judged to be inappropriate for this study by the study doctor or sub-investigator.",
        ),
        ("Individuals deemed unable to comply with the protocol.", "You are judged unable to follow the study plan."),
        (
            "Subjects considered by the Investigator to be unsuitable for the study.",
            "You are thought by the study doctor to be unsuitable for the study.",
        ),
        (
            "Participants considered in stable health in the opinion of the investigator",
            "You are considered in stable health. The study doctor decides this.",
        ),
        (
            "Participants considered unresponsive to clozapine or who were only responsive to clozapine.",
            "You are considered unresponsive to clozapine or were only responsive to clozapine.",
        ),
    ],
)
def test_a_judged_subject_is_the_reader_judged(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a verb of its own after the judgement: the subject is narrowed, not described (a made-up near case)
        (
            "Patients thought to benefit from surgery must have it first",
            "Patients thought to benefit from surgery must have it first",
        ),
        # judged for taking part: the exclusion said twice
        (
            "Patients determined to have N2 disease, that was not apparent radiologically preoperatively (and "
            "completely resected) can be included.",
            "Patients determined to have N2 disease, that was not apparent radiologically preoperatively (and "
            "completely resected) can be included.",
        ),
        # other participants named
        (
            "Subjects determined by the Investigator to have a high risk of seizures, including participants with an "
            "unstable or poorly controlled seizure disorder.",
            "Subjects determined by the study doctor to have a high risk of seizures, including participants with an "
            "unstable or poorly controlled seizure disorder.",
        ),
    ],
)
def test_a_judged_subject_with_more_keeps_its_words(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Subject, who in the opinion of the investigator, is unable to complete the study period",
            "You are unable to complete the study. The study doctor decides this.",
        ),
        (
            "Subjects, who in the opinion of the investigator, may not be able to comply with the safety monitoring "
            "requirements of the study",
            "You may not be able to follow the safety monitoring requirements of the study. The study doctor decides "
            "this.",
        ),
        (
            "Those who, in the opinion of the Investigator, have a risk of non-compliance with study procedures.",
            "You have a risk of non-compliance with study procedures. The study doctor decides this.",
        ),
        (
            "Patient which, in the opinion of the investigator, may not comply with study related procedures;",
            "You may not follow study related procedures. The study doctor decides this.",
        ),
    ],
)
def test_the_investigators_opinion_of_the_reader_after_a_comma_or_those(source: str, plain: str) -> None:
    assert said(source) == plain


def test_those_who_have_someone_else_keep_their_words() -> None:
    source = "Those who, in the opinion of the Investigator, have a partner who smokes."
    assert said(source).startswith("Those who have a partner who smokes.")

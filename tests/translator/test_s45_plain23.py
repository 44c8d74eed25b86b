"""Plain words for the reading grade (round plain23): a dose's giving said as the dose (translator.offline_dose_words),
"the preceding 6 months" as "the past 6 months", a consent document as a form and the study plan's requirements as
its rules (offline_grade_words), and the "the" before the day or date a window counts from (offline_time_articles).
Each rule has real corpus cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_dose_words import dose_words

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Major surgery within 4 weeks prior to first study drug administration.",
            "You have had major surgery in the 4 weeks before the first study drug dose.",
        ),
        (
            "Treatment with systemic antihistamines within 24 hours of the first dose administration",
            "You have had treatment with systemic antihistamines within 24 hours of the first dose.",
        ),
        (
            "Myocardial infarction or coronary artery bypass graft (CABG) within the preceding 6 months.",
            "You have had a heart attack or coronary artery bypass graft (CABG) within the past 6 months.",
        ),
        (
            "Brain metastases permitted if subject has been treated with surgery and/or radiation therapy more than 4 "
            "weeks prior to date of first dose and is stable for at least one week off steroids.",
            "Brain metastases allowed if subject has been treated with surgery and/or radiation treatment more than 4 "
            "weeks before the date of the first dose and is stable for at least one week off steroids.",
        ),
        (
            "Patient unable or unwilling to comply with the protocol requirements.",
            "You are not able or not willing to follow the study rules.",
        ),
    ],
)
def test_plain_words_change(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a window inside a window: "1 week in the past" would read as a window of its own
        (
            "Have worked less than the full-time equivalent of at least 1 week in the preceding 4 weeks",
            "You have worked less than the full-time equivalent of at least 1 week in the preceding 4 weeks.",
        ),
        # "on the day of" the check reads apart from the age it dates
        (
            "Be ≥18 years of age on day of signing informed consent.",
            "You are 18 years or older on day of signing informed consent.",
        ),
    ],
)
def test_plain_words_near_cases_keep(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("30 days after the final study drug administration.", "30 days after the final study drug dose."),
        ("the evening before each dose administration.", "the evening before each dose."),
        ("on the day of study drug administration.", "on the day of study drug dosing."),
        ("6 months before the initial screening visit.", "6 months before the first screening visit."),
        # the agency, a route, a first administration "of" X (offline_plain.polish), a numbered visit: kept
        ("approved by the Food and Drug Administration.", "approved by the Food and Drug Administration."),
        ("any route of administration.", "any route of administration."),
        ("before the first administration of X.", "before the first administration of X."),
        ("6 weeks before the initial visit 1.", "6 weeks before the initial visit 1."),
    ],
)
def test_dose_words(text: str, plain: str) -> None:
    assert dose_words(text) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients must sign an informed consent document showing that they are aware of the investigational nature "
            "of this study.",
            "You must sign an informed consent form showing that you are aware of the experimental nature of this"
            " study.",
        ),
        ("Signed and dated informed consent document", "You have signed and dated the informed consent form."),
    ],
)
def test_a_consent_document_is_a_form(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain

"""Articles in lists and headings and a doubled verb (translator.offline_listed_articles): "or a heart attack" after a
list part with no article, "You have a heart transplant.", "had had a hysterectomy", and the typo "Has has". Each rule
has cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.offline_listed_articles import listed_articles


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Subjects with unstable angina or acute myocardial infarction within 2 weeks prior to ICH.",
            "You have unstable angina or a heart attack within 2 weeks before ICH.",
        ),
        (
            "Unstable angina pectoris or myocardial infarction within the past 6 months",
            "You have unstable angina pectoris or a heart attack within the past 6 months.",
        ),
        (
            "have had cancer, surgery, trauma, or myocardial infarction in the past 6 months",
            "You have had cancer, surgery, trauma, or a heart attack in the past 6 months.",
        ),
        # the list part before "or" has its article, which "heart attack" shares
        (
            "History of cerebral vascular accident or myocardial infarction within 3 months prior to Day 0.",
            "You have had a stroke or heart attack in the 3 months before Day 0.",
        ),
        ("Patients with allogenic transplant.", "You have an allogenic transplant."),
        ("Patients with heart transplantation", "You have a heart transplant."),
        ("Women who had undergone hysterectomy.", "You are a woman who had had a hysterectomy."),
        (
            "Patient has a negative serum pregnancy test or has undergone hysterectomy at time of enrollment.",
            "You have a negative serum pregnancy test or have had a hysterectomy at the time of joining the study.",
        ),
        (
            "Has has abnormal Screening or Check-in (Day -2) laboratory values that suggest a clinically significant "
            "underlying disease (eg, active liver disease or jaundice)",
            "You have abnormal Screening or Check-in (Day -2) lab values that suggest a medically important underlying "
            "disease. For example, active liver disease or jaundice.",
        ),
    ],
)
def test_listed_articles_in_bullets(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "text",
    [
        # a plural, a "(s)", a compound and "and/or" keep their words
        "You have unstable angina or heart attacks within 6 months.",
        "You have unstable angina or heart attack(s) within 6 months.",
        "You have unstable angina or heart attack risk factors.",
        "You have had no heart attack and/or heart attack within 6 months.",
        "You have had a recent stroke or heart attack.",
        "You have no angina or heart attack within 6 months.",
        # a transplant that is not the whole sentence, or one already counted
        "You have heart transplant rejection.",
        "You have had a heart transplant.",
        "You have had removal of both ovaries or hysterectomy.",
        "You have had hysterectomies.",
        "Has has abnormal lab values.",
    ],
)
def test_listed_articles_near_cases(text: str) -> None:
    assert listed_articles(text) == text

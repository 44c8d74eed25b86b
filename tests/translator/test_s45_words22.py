"""Wrong senses and missing articles (round words22): "evidence of" a document or a result is not "signs of" it
(translator.offline_evidence_senses), "a heart attack" as an item of a list (offline_listed_articles), and the "the" a
window counted back from now lacks (offline_time_articles). Real corpus cases, with near cases that must not change."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_evidence_senses import evidence_senses
from translator.offline_listed_articles import listed_articles
from translator.offline_time_articles import time_articles

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT03249181
            "Evidence of a personally signed and dated informed consent document indicating that the subject has been "
            "informed of all pertinent aspects of the study.",
            "You have proof of a personally signed and dated informed consent form showing that you have been "
            "informed of all pertinent aspects of the study.",
        ),
        (  # NCT02139306
            "Evidence of signed and dated informed consent/assent document(s) indicating that the subject (and/or his "
            "parent/legal guardian) has been informed of all pertinent aspects of the trial",
            "Proof of signed and dated informed consent/assent document(s) showing that the subject (and/or his "
            "parent/legal guardian) has been informed of all pertinent aspects of the trial",
        ),
        (  # NCT02679963
            "Evidence of non-childbearing status for women of childbearing potential: negative serum pregnancy test at "
            "screening.",
            "You have proof of non-childbearing status for women who can get pregnant: negative serum pregnancy test "
            "at screening.",
        ),
        (  # NCT02146430
            "Subject must have documented evidence of a fundoscopic examination (with pupil dilation) within 12 months "
            "prior to screening",
            "You must have recorded proof of a fundoscopic exam (with pupil dilation) in the 12 months before "
            "screening.",
        ),
        (  # NCT00351039
            "Patient must also have evidence of adequate bone marrow function with an absolute neutrophil count of "
            "more than 1500/mm3",
            "You must also have evidence of good enough bone marrow function with an absolute neutrophil count of "
            "more than 1500/mm3.",
        ),
        (  # NCT06119581: a test's finding, not a sign
            "Must have disease with evidence of KRAS G12C mutation.",
            "You must have disease with evidence of KRAS G12C mutation.",
        ),
        (  # NCT02482753 (a window the extractor reads the same with its word kept)
            "Forced expiratory volume in one second (FEV1) >=80% of the predicted normal value (at screening), or "
            "documented evidence of FEV1 >=80% within the 6 months before screening.",
            "Forced expiratory volume in one second (FEV1) 80% or more of the predicted normal value (at screening), "
            "or recorded evidence of FEV1 80% or more within the 6 months before screening.",
        ),
    ],
)
def test_evidence_of_a_document_or_a_result_is_not_signs(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Evidence of metastases to the brain", "You have signs of metastases to the brain."),  # a disease: "signs"
        ("Evidence of drug abuse", "You have signs of drug abuse."),
    ],
)
def test_evidence_of_a_disease_is_still_signs(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_source_that_said_signs_keeps_its_word() -> None:
    assert evidence_senses("Signs of response to treatment", "Signs of response to therapy") == (
        "Signs of response to treatment"
    )
    assert evidence_senses("without signs of response", "without evidence of response") == (
        "without evidence of response"
    )
    assert evidence_senses("must provide signs of the use of two types of birth control", "must provide evidence of "
                           "the use of two types of birth control") == (
        "must provide proof of the use of two types of birth control"
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00101686-like: the list of events the reader has had
            "Heart failure, unstable angina, myocardial infarction, PTCA or CABG within the preceding 6 months",
            "You have had heart failure, unstable angina, a heart attack, percutaneous transluminal coronary "
            "angioplasty (PTCA) or coronary artery bypass graft (CABG) within the past 6 months.",
        ),
        (
            "Significant cardiac disease, including myocardial infarction within previous 3 months",
            "You have significant heart disease, such as a heart attack within the previous 3 months.",
        ),
        (
            "Clinically significant cardiovascular disease: uncontrolled hypertension, unstable angina, congestive "
            "heart failure, myocardial infarction within 6 months, ventricular arrhythmia",
            "You have medically important heart and blood vessel disease: high blood pressure that is not under "
            "control, unstable angina, congestive heart failure, a heart attack within 6 months, ventricular "
            "arrhythmia.",
        ),
        (  # NCT03469947
            "Any patient with an active thromboembolic event (within the last 24 hours) i.e. active stroke, myocardial "
            "infarction, or pulmonary embolism",
            "You have an active thromboembolic event (within the last 24 hours), that is, active stroke, a heart "
            "attack, or blood clot in the lungs.",
        ),
        ("Unstable angina and myocardial infarction within 12 months",
         "You have unstable angina and a heart attack within 12 months."),
    ],
)
def test_a_heart_attack_in_a_list_takes_its_article(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "text",
    [
        "You have had a stroke, heart attack, transient ischemic attacks within 6 months.",  # the "a" is shared
        "history of stroke, heart attack, unstable angina, or heart failure",  # conditions a history is of
        "You have unstable angina, symptomatic CHF, heart attack 6 months or less.",  # no phrase end
        "Recent stroke attack, heart attack/unstable angina",
        "angina, heart attack risk",
        "You have no unstable angina, heart attack within 6 months.",
        # NCT02406521: the aside in brackets is inside the list its "a" starts
        "You have had a stroke (including transient ischemic attack), heart attack, or other ischemic event.",
    ],
)
def test_a_heart_attack_in_a_list_keeps_its_words(text: str) -> None:
    assert listed_articles(text) == text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("You have had a heart attack within past 6 months.", "You have had a heart attack within the past 6 months."),
        ("You have had no chemotherapy in last 24 weeks.", "You have had no chemotherapy in the last 24 weeks."),
        ("More than 20% weight loss in previous 3 months", "More than 20% weight loss in the previous 3 months"),
        ("You have had other cancers in past year.", "You have had other cancers in the past year."),
        ("Within prior 30 days", "Within the prior 30 days"),
        ("in the 28 days before first dose of study drug", "in the 28 days before the first dose of study drug"),
        ("within 4 weeks of last dose", "within 4 weeks of the last dose"),
        ("before start of study treatment", "before the start of study treatment"),
        ("at time of joining the study", "at the time of joining the study"),
    ],
)
def test_a_window_counted_back_takes_the(text: str, plain: str) -> None:
    assert time_articles(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "You have recovered from past cancer treatment.",  # no window
        "in the past 6 months",  # the article is there
        "in previous trials of the drug",
        "before first-line treatment",  # a kind of treatment, not a moment
        "at first diagnosis",
    ],
)
def test_a_window_with_its_article_or_no_window_keeps_its_words(text: str) -> None:
    assert time_articles(text) == text

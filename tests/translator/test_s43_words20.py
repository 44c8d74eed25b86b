"""Small wording bugs of session 39 (words20): a group's "or with a history" after a "-ing" opening said with the
reader's "have" (translator.offline_later_groups), the article a countable event left bare after "have had" or
"You have" takes (offline_head_articles: a heart attack, a seizure, a transient ischemic attack, a relapse, an
adverse reaction; offline_counted_articles: an allogeneic stem cell transplant), "deemed" kept where "judged" would
say the source's "as judged by" twice (offline_stock_words), and "stable general medical condition" said as the
reader's overall state, not an illness (offline_words). Each rule has cases that change and near cases that must
not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Individuals experiencing or with a medical history of decompensated cirrhosis (e.g., ascites, "
            "encephalopathy, etc.)",
            "You are experiencing or have a health history of decompensated cirrhosis. For example, ascites, "
            "encephalopathy, etc.",
        ),
        # events left bare after the perfect or "You have"
        (
            "Subjects with a known history of previous myocardial infarction within one year of screening.",
            "You are known to have had a heart attack within one year of screening.",
        ),
        (
            "Has an angina or has experienced myocardial infarction within 6 months prior to enrollment",
            "You have an angina or have had a heart attack in the 6 months before joining the study.",
        ),
        (
            "have a recent history of myocardial infarction (MI) or unstable angina",
            "You have recently had a heart attack or unstable angina.",
        ),
        (
            "History of Transient Ischemic Attack (TIA) or stroke in the last 12 months",
            "You have had a transient ischemic attack (TIA) or stroke in the last 12 months.",
        ),
        ("No history of seizure", "You have never had a seizure."),
        ("Relapse after first complete remission", "You have a relapse after first complete remission."),
        (
            "Prior adverse reaction to tyramine-containing foods",
            "You have had an adverse reaction to tyramine-containing foods.",
        ),
        ("The participant has a history of asthma exacerbation.", "You have had an asthma attack."),
        # a transplant named by the donor's kind and the graft's (translator.offline_counted_articles)
        ("Prior allogeneic stem cell transplant", "You have had an allogeneic stem cell transplant."),
        (
            "History of allogeneic bone marrow transplant or organ transplant.",
            "You have had an allogeneic bone marrow transplant or organ transplant.",
        ),
        ("Have had prior hematologic stem cell transplant", "You have had a hematologic stem cell transplant."),
        # near cases: a mass noun, a compound, a plural keep their words
        ("History of seizure disorders", "You have had seizure disorders."),
        (
            "Patients have active seizure(s) or history of seizure(s)",
            "You have active seizure(s) or history of seizure(s).",
        ),
        # a judge word said once
        (
            "History of allergy/hypersensitivity (including drug allergies) that are deemed relevant to the study as "
            "judged by the Investigator.",
            "You have had allergy/hypersensitivity that are deemed relevant to the study as judged by the study "
            "doctor. This includes drug allergies.",
        ),
        # "general medical condition": the reader's overall state, or (in a DSM phrase) an illness
        (
            "Stable general medical condition as assessed by the investigator",
            "Stable general condition as checked by the study doctor",
        ),
        (
            "Participant with manic symptoms better accounted for by another general medical condition or direct "
            "physiological effect of substance (for example, medications).",
            "You have manic symptoms better accounted for by another general health problem or direct physiological "
            "effect of substance. For example, medicines.",
        ),
        ("History of heart failure", "You have had heart failure."),
    ],
)
def test_words20(source: str, plain: str) -> None:
    assert said(source) == plain


def test_deemed_said_as_judged_alone() -> None:
    # with no "judged" of the source's in its sentence, "deemed" is still said as "judged"
    assert "You have had marijuana use if judged excessive by a physician" in said(
        "history of marijuana use if deemed excessive by a physician investigator or interferes with the subject's "
        "daily function."
    )

"""Stock words of protocols that an opening or a window kept, said plainly (translator.offline_stock_words): each rule
has corpus cases that change and near cases that must keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # an opening took "Currently receiving" whole; the composed text says it plainly
        ("Currently receiving any other investigational agents.", "You are now getting any other experimental drugs."),
        (
            "Subject currently has Class 3 or 4 New York Heart Association congestive heart failure.",
            "You now have class 3 or 4 NYHA congestive heart failure.",
        ),
        # a treatment or a count of them is had
        ("Received ≥ 1 prior course of chemotherapy", "You have received at least 1 past course of chemotherapy."),
        (
            "Must have received prior therapy with L-dopa for more than 1 year before Screening",
            "You must have had treatment with L-dopa for more than 1 year before Screening.",
        ),
        # the record is the doctor's
        ("Documented cardiomyopathy", "Your records show that you have heart muscle disease."),
        ("Other protocol-defined inclusion/exclusion criteria may apply", "Other rules in the study plan about who can"
         " join may apply"),
        (
            "Fertile patients must use effective contraception during and for 12 months after completion of study"
            " therapy",
            "If you could have children, you must use effective birth control during and for 12 months after the end"
            " of study therapy.",
        ),
        (
            "If on ketogenic diet, must be on stable ratio for a minimum of 3 months.",
            "If you are on ketogenic diet, you must be on stable ratio for at least 3 months.",
        ),
        (
            "Experienced at least 1 relapse over the 1 year preceding the trial or at least 2 relapses over the 2 years"
            " preceding the trial;",
            "You experienced at least 1 relapse over the 1 year before the trial or at least 2 relapses over the 2"
            " years before the trial.",
        ),
        ("A planned invasive dental procedure during the course of the study.", "A planned invasive dental procedure"
         " during the study."),
        ("Prior receipt of rituximab", "You have had rituximab."),
        (
            "Has received lubiprostone in a previous clinical study or as a therapeutic agent.",
            "You have had lubiprostone in a past clinical study or as a therapeutic agent.",
        ),
        ("Patients receiving warfarin (Coumadin [R])", "You are getting warfarin (Coumadin [R])."),
        ("Other protocol-defined Inclusion/Exclusion may apply.", "Other rules in the study plan about who can join may"
         " apply."),
        (
            "Deemed eligible to commence LHRH-agonist therapy, with confirmation of fatigue at Screening Visit 2",
            "Judged eligible to commence LHRH-agonist treatment, with confirmation of tiredness at Screening Visit 2",
        ),
        (
            "No prior systemic chemotherapy for locally advanced or metastatic disease except low-dose radiosensitizing"
            " chemotherapy in conjunction with radiotherapy",
            "You have had no systemic chemotherapy for locally advanced or metastatic disease except low-dose"
            " radiosensitizing chemotherapy together with radiation treatment.",
        ),
    ],
)
def test_stock_words_are_said_plainly(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # approval is not had
        (
            "Have received treatment in the last 30 day with a drug which has not received regulatory approval for any"
            " indication at the time of study entry.",
            "has not received regulatory approval",
        ),
        # "at least at least" would say it twice
        (
            "Subject has been on stable treatment with commercial SPD489 (30, 50, or 70mg) for a minimum of at least 6"
            " months preceding the Screening Visit with acceptable tolerability.",
            "for a minimum of at least 6 months before the Screening Visit",
        ),
        # no object: "have had or will get" would read as a condition
        (
            "Patients must have received or refused first line standard systemic therapy for their metastases (if"
            " applicable).",
            "have received or refused",
        ),
        # "documented" is one of a pair: "known" stays with it
        (
            "Has documented or known resistance to study drugs including doravirine, lamivudine, and/or tenofovir",
            "documented or known resistance",
        ),
        # a look-back window: offline_past_events says "have had" after the opening "You have"
        (
            "documented peptic ulcer disease within the previous 6 months",
            "You have had documented peptic ulcer disease within the past 6 months",
        ),
        # the anchors read "receiving the first dose", not "getting the first dose"
        (
            "Left ventricular ejection fraction (LVEF) <50 percent (%) as measured by echocardiogram (ECHO) or multiple"
            " gated acquisition scan (MUGA) within 4 weeks before receiving the first dose of study drug.",
            "before receiving the first dose of study drug",
        ),
        # "the start of getting the study drug" is no English ("dosing" is: translator.offline_dose_words)
        (
            "Participants with evidence of adenomatous colonic polyps that need to be removed at the start of study"
            " drug administration",
            "at the start of study drug dosing",
        ),
        # a window's anchor: "during study treatment" would read as another window
        (
            "Major surgical procedure or significant traumatic injury within 28 days prior to study treatment start or"
            " anticipation of the need for major surgery during the course of study treatment",
            "during the course of study treatment",
        ),
    ],
)
def test_stock_words_keep_their_words_where_the_plain_one_would_change_them(source: str, kept: str) -> None:
    assert kept in said(source, INCLUSION)

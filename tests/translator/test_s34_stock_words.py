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
        ("Received ≥ 1 prior course of chemotherapy", "You have had 1 or more past course of chemotherapy."),
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
            "Minimum 80% compliance with daily diaries during the 14 days preceding Visit 3.",
            "Minimum 80% compliance with daily diaries during the 14 days before Visit 3.",
        ),
        (
            "Willing to use contraception during the course of the study",
            "You are willing to use birth control during the study.",
        ),
        ("Prior receipt of rituximab", "You have had rituximab."),
    ],
)
def test_stock_words_are_said_plainly(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # approval is not had
        ("The drug has received regulatory approval in the country", "has received regulatory approval"),
        # the anchors read "receiving the first dose", not "getting the first dose"
        (
            "LVEF < 50% within 4 weeks before receiving the first dose of study drug.",
            "before receiving the first dose of study drug",
        ),
        # "the start of getting the study drug" is no English
        (
            "Colonic polyps that need to be removed at the start of study drug administration",
            "at the start of study drug administration",
        ),
        # a window's anchor: "during study treatment" would read as another window
        (
            "Anticipation of the need for major surgery during the course of study treatment",
            "during the course of study treatment",
        ),
    ],
)
def test_stock_words_keep_their_words_where_the_plain_one_would_change_them(source: str, kept: str) -> None:
    assert kept in said(source, INCLUSION)

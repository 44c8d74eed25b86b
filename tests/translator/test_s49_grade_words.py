"""Session 49's plain words (translator.offline_grade_words): "not willing or not able", "give" consent, "the past 12
weeks", "the start of", "follow" a plan, "plan to". Corpus criteria, whole bullets."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.readability import grade

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        # "un-" said as "not", each word keeping its own: either one, as in the source
        ("Unwilling or unable to provide informed consent", EXC,
         "You are not willing or not able to give informed consent."),  # NCT00081887
        ("Unable or unwilling to comply with study requirements", EXC,
         "You are not able or not willing to follow study rules."),  # NCT00315341
        ("Patients unwilling to or unable to comply with the protocol.", EXC,
         "You are not willing to or not able to follow the study plan."),  # NCT00317720
        ("Unwilling to sign informed consent", EXC, "You are not willing to sign informed consent."),  # NCT00449488
        # consent is given
        ("Provide signed informed consent", INC, "You give signed informed consent."),  # NCT00241358
        ("Provide written informed consent prior to screening.", INC,
         "You give written informed consent before screening."),  # NCT00411762
        # "the prior 4 weeks" is the past 4 weeks, a window back from now
        ("Patients who have received any investigational agent within the prior 4 weeks.", EXC,
         "You have had any experimental drug within the past 4 weeks."),  # NCT00583102
        # the start of what comes first
        ("Signed written informed consent prior to initiation of any study-related procedures.", INC,
         "You have signed written informed consent before the start of any study-related procedures."),  # NCT00220805
        ("Intend to alter physical therapy regimen during the study.", EXC,
         "You plan to alter physical therapy regimen during the study."),  # NCT00225797
        ("Able to adhere to the study visit schedule and other protocol requirements", INC,
         "You can follow the study visit schedule and other study rules."),
    ],
)
def test_plainer_words_say_the_same(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        # "unable to" alone is "cannot" (offline rules before these): not "not able to"
        ("Patient is unable to walk.", EXC, "You cannot walk."),
        # after a list of people the pair stays: the negation check would read "not able" as the whole list's
        ("Women of childbearing potential and men of fathering potential unable or unwilling to use an adequate method "
         "of contraception to avoid pregnancy throughout the study", EXC,
         "You are a woman who can get pregnant or a man of fathering potential, and are unable or unwilling to use a "
         "good enough method of birth control to avoid pregnancy throughout the study."),
        # a window counted back from something else keeps "prior": "the past 12 weeks of the screening visit" would
        # read as two windows
        ("Patient has been taking a thiazolidinedione within the prior 12 weeks of the screening visit.", EXC,
         "You have been taking a thiazolidinedione within the prior 12 weeks of the screening visit."),
    ],
)
def test_words_kept_where_the_plain_one_would_differ(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet


def test_the_plain_words_lower_the_grade() -> None:
    before = "You are unwilling or unable to provide informed consent."
    after = said("Unwilling or unable to provide informed consent", EXC)
    assert grade(after) < grade(before) - 3

"""Third-person mentions put to the reader (you35): "If the patient …" opening a criterion (offline_reader_ifs), and a
subject judged or planned ("Patients anticipated to …", "… scheduled to …", "… suspected to …": offline_person).
Real corpus text; cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02299518
            "If the patient has co-morbid medical illness, life expectancy attributed to this must be greater than 6 "
            "months",
            "If you have co-morbid medical illness, life expectancy attributed to this must be more than 6 months.",
        ),
        (  # NCT02276209: the later "the subject" is the reader too
            "If the subject has a positive drug screen for ADHD medications (eg, amphetamine) at screening, the "
            "subject must have a negative repeat UDS at least 7 days before baseline.",
            "If you have a positive drug screen for attention-deficit/hyperactivity disorder (ADHD) medicines (such as "
            "amphetamine) at screening, you must have a negative repeat urine drug screen (UDS) at least 7 days before "
            "baseline.",
        ),
        (  # NCT00701363: "their" of the subject is the reader's
            "If the subject is receiving dopamine agonist therapy, treatment should be stable for at least four "
            "months, and no change in their dopamine-agonist medication is expected during the entire study period",
            "If you are getting dopamine agonist treatment, treatment should be stable for at least four months, and "
            "no change in your dopamine-agonist medicine is expected during the entire study.",
        ),
    ],
)
def test_if_the_patient_is_if_you(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # NCT01014546: "he" is a man only
        "If the subject is a man he must be surgically sterile or must use a medically approved method of "
        "contraception for the duration of the study and for 60 days following the last dose of arsenic trioxide",
        # NCT04912596: the partner joins the subject
        "If the subject or subject's partner is of child-bearing potential, a medically acceptable form of "
        "contraception will be used for the duration of the study.",
        # NCT03180268: "the woman" names her again later
        "If the patient is a woman is of childbearing potential, a serum pregnancy test, obtained within 14 days prior "
        "to step 2 registration, must be negative, and, if randomized to receive radiation therapy, the woman must "
        "agree to use contraception",
        # NCT00459381: a later "the patient undergoes" the mention rules do not say: not "you … the patient"
        "If the patient had a surgical resection for relapsed disease and no anticancer therapy was instituted for "
        "up to 12 weeks, and the patient undergoes another surgical resection, this is considered as 1 relapse",
    ],
)
def test_an_if_about_someone_else_or_said_twice_keeps_its_words(source: str) -> None:
    assert said(source, INC).startswith("If the")


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (  # NCT02692651 (Chia)
            "Patients anticipated to receive metronidazole after enrollment.",
            EXC,
            "You are expected to get metronidazole after joining the study.",
        ),
        (  # NCT00239785
            "Patients scheduled to undergo a primary cadaveric or primary non-HLA identical living donor kidney "
            "transplantation",
            INC,
            "You are scheduled to have a primary cadaveric or primary non-HLA identical living donor kidney "
            "transplant.",
        ),
    ],
)
def test_a_subject_judged_or_planned_is_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


def test_a_planned_group_with_a_duty_of_its_own_is_a_condition() -> None:
    # the participle describes the group; its duty is the main verb ("If you are scheduled …, you must …")
    assert said("Patients scheduled for surgery must stop aspirin 7 days before.", INC) == (
        "If you are scheduled for surgery, you must stop aspirin 7 days before."
    )

"""'Unable to X or to Y' → 'You cannot X or Y' (the "to" of a later verb goes after a denied ability too, only where
the denial governs it), and the heart failure class said as a class ("You are in NYHA class I or II", not "Your NYHA
score is classification I or II")."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Unable to read and understand the Danish language or to give informed consent",
            "You cannot read and understand the Danish language or give informed consent.",
        ),
        ("Inability to communicate or to understand the study", "You cannot communicate or understand the study."),
        (
            "Unable to give informed consent or to travel to the study center at Brigham and Women's Hospital.",
            "You cannot give informed consent or travel to the study center at Brigham and Women's Hospital.",
        ),
        (
            "Inability to eat or drink, take oral medications, or to hold down oral medications due to vomiting.",
            "You cannot eat or drink, take oral medicines, or hold down oral medicines due to vomiting.",
        ),
        (
            "Unable to fast overnight before the morning dose of MLN8054 and to remain NPO for 2 hours after each dose",
            "You cannot fast overnight before the morning dose of MLN8054 and remain NPO for 2 hours after each dose.",
        ),
        # a "to" the denial does not govern stays
        (
            "Unwilling to comply with the protocol and to the extent required",
            "You are not willing to follow the study plan and to the extent needed.",
        ),
    ],
)
def test_a_denied_ability_governs_its_later_verbs(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("New York Heart Association classification I or II.", "You are in NYHA class I or II."),
        ("NYHA classification of III or IV", "You are in NYHA class III or IV."),
        ("New York Heart Association (NYHA) Class III or IV", "You are in NYHA class 3 or 4."),
    ],
)
def test_the_heart_failure_class_is_said_as_a_class(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


def test_the_anaesthesia_class_is_said_as_a_class() -> None:
    assert said("ASA physical status classification I or II", SectionKind.INCLUSION) == (
        "Your American Society of Anesthesiologists (ASA) physical status is class I or II."
    )

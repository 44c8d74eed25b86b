"""A double negative of keeping from something said with one negation: "cannot refrain from" → "cannot avoid"
(translator.offline_plain_abstain). Real corpus criteria; "willing to abstain" alone stays as written."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

CASES = [
    ("Patients who cannot refrain from smoking on trial days.", "You cannot avoid smoking on trial days."),
    ("Unwilling to abstain from alcohol use for 24 hours before your scheduled study visit.",
     "You are not willing to avoid alcohol use for 24 hours before your scheduled study visit."),
    ("Unwilling to agree to abstain from grapefruit or grapefruit juice while participating in the study.",
     "You are not willing to agree to avoid grapefruit or grapefruit juice while taking part in the study."),
    ("Unable or unwilling to refrain from smoking and tobacco use for the 2 hours before dosing.",
     "You are not able or not willing to avoid smoking and tobacco use for the 2 hours before dosing."),
]


@pytest.mark.parametrize(("source", "bullet"), CASES)
def test_a_negated_refrain_or_abstain_is_said_with_avoid(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet
    assert checks(source, bullet, EXC) == []


def test_without_a_negation_the_verb_stays() -> None:
    assert said("Willing to abstain from alcohol during the study.", INC) == (
        "You are willing to abstain from alcohol during the study."
    )


def test_dropping_the_negation_is_still_found() -> None:
    source = CASES[0][0]
    assert checks(source, "You avoid smoking on trial days.", EXC) != []

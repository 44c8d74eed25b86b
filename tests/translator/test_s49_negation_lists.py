"""Negation checks that no longer block a faithful offline rewrite (translator.fidelity_negations), each with the
real loss beside it still caught:

- a bare "or" that repeats the cue's word goes on under the cue ("no hypertensive crisis or hypertensive
  encephalopathy", "cannot follow instructions or follow procedures"); "or can follow" and "or have a cough" do not;
- an inability takes acts: a condition after its "or" is a criterion of its own ("Inability to swallow or issues
  with malabsorption"), an act is not ("or absorb oral medication");
- "uncontrolled" is its noun's, not a negation over the list's later clauses.
The offline wording of the first (translator.offline_unable_or_conditions) gives the condition its own verb.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said

SWALLOW = "Inability to swallow or issues with malabsorption"
CRISIS = "No prior hypertensive crisis or hypertensive encephalopathy"
FOLLOW = "Inability to follow instructions or comply with procedures"
EPILEPSY = ("Uncontrolled epilepsy, central nervous system disease, or history of mental disorders, judged by the "
            "researcher to potentially interfere with the signing of the informed consent")


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    (SWALLOW, "You cannot swallow, or you have issues with malabsorption.",
     "You can swallow, or you have issues with malabsorption."),
    ("Inability to swallow or absorb oral medication", "You cannot swallow or absorb oral medication.",
     "You cannot swallow, or you absorb oral medication."),
    (CRISIS, "You have had no hypertensive crisis or hypertensive encephalopathy.",
     "You have had no hypertensive crisis, and you have had hypertensive encephalopathy."),
    (FOLLOW, "You cannot follow instructions or follow procedures.",
     "You cannot follow instructions or can follow procedures."),
    ("No fever or cough", "You have no fever or cough.", "You have no fever or have a cough."),
    (EPILEPSY,
     "You have uncontrolled epilepsy, central nervous system disease, or have had mental health conditions, judged "
     "by the researcher to potentially get in the way of the signing of the informed consent.",
     "You have controlled epilepsy, central nervous system disease, or have had mental health conditions, judged "
     "by the researcher to potentially get in the way of the signing of the informed consent."),
])
def test_the_faithful_wording_passes_and_the_loss_is_caught(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "negation_dropped" in checks(source, lost, EXC)


@pytest.mark.parametrize(("source", "bullet"), [
    (SWALLOW, "You cannot swallow, or you have issues with malabsorption."),
    ("Unable to swallow capsules or disease significantly affecting digestive function",
     "You cannot swallow capsules, or you have disease significantly affecting digestive function."),
    (CRISIS, "You have had no hypertensive crisis or hypertensive encephalopathy."),
    (FOLLOW, "You cannot follow instructions or follow procedures."),
])
def test_the_offline_backend_rewrites_them(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet

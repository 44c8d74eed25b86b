""""HAs" (headaches, Chia NCT02965027) is no verb: "HAs of any kind …" became "You have of any kind …", the
headaches lost. The verb "has"/"have" opens a criterion in its own cases only ("Has", "has", "HAS")."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said

HEADACHES = ("HAs of any kind of moderate or severe intensity on an average of more than 2 days per month preceding "
             "the concussive trauma")


def test_a_plural_abbreviation_is_not_the_verb_has() -> None:
    bullet = said(HEADACHES, EXC)
    assert bullet.startswith("HAs of any kind") and "more than 2 days per month" in bullet
    assert checks(HEADACHES, bullet, EXC) == []


def test_the_verb_in_its_own_cases_still_opens_with_the_reader() -> None:
    assert said("Has a reliable caregiver", EXC) == "You have a reliable caregiver."
    assert said("has chronic hepatitis B", EXC) == "You have chronic hepatitis B."

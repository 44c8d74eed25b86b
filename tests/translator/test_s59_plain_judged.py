""""preclude" said as "prevent", and a leftover "per the study doctor's assessment" as "in the study doctor's view"
(translator.offline_plain_judged). Real corpus criteria."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said


def test_preclude_is_said_as_prevent() -> None:
    source = "Any condition that would preclude participation in the study."
    bullet = said(source, EXC)
    assert bullet == "You have any condition that would prevent taking part in the study."
    assert checks(source, bullet, EXC) == []


def test_preclude_as_a_purpose_after_to_stays() -> None:
    assert said("Use of contraception to preclude pregnancy", EXC) == "You use birth control to preclude pregnancy."


def test_an_assessment_of_something_stays() -> None:
    assert said("Measurable disease by the investigator's assessment with at least one lesion", EXC) == (
        "You have measurable disease by the study doctor's assessment with at least one lesion."
    )


def test_dropping_the_prevented_thing_is_still_found() -> None:
    source = "Any condition that would preclude participation in the study."
    assert checks(source, "You have any condition that would allow taking part in the study.", EXC) != []

"""An event had before the study "or anticipation of need for" one during it, followed by a note of its own: each part
gets its own verb (translator.offline_expected_joins, which took only a one-sentence criterion); a list joined by a
bare comma, or a ";" after the joint, keeps the source's words."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said

# NCT01266031 (exclusion)
BOTH = ("Major surgical procedure, open biopsy, or significant traumatic injury within 28 days prior to Day 1 or "
        "anticipation of need for major surgical procedure during the course of the study. Patients with placement "
        "of a vascular access device are allowed.")


def test_had_before_or_expected_to_need_during() -> None:
    assert said(BOTH, EXC) == (
        "You have had major surgery, open biopsy, or significant traumatic injury in the 28 days before Day 1. Or you "
        "are expected to need major surgery during the study. If you have placement of a vascular access device, you "
        "can join."
    )


def test_a_bare_comma_keeps_the_words() -> None:
    # NCT00424840: "…, anticipation of need …" may be a list of either or both
    source = ("Major surgical procedure, open biopsy, or significant traumatic injury within 28 days prior to Day 0, "
              "anticipation of need for major surgical procedure during the course of the study.")
    assert said(source, EXC).startswith("Major surgery, open biopsy, or significant traumatic injury in the 28 days")


def test_a_note_after_a_semicolon_keeps_the_words() -> None:
    # NCT00543842: the ";" may carry the joint's sentence on
    source = ("Major surgical procedure, open biopsy, or significant traumatic injury within 28 days prior to Day 0, "
              "or anticipation of need for major surgical procedure during the course of the study; fine needle "
              "aspirations within 7 days prior to Day 0 are allowed.")
    assert said(source, EXC).startswith("Major surgery, open biopsy, or significant traumatic injury in the 28 days")


def test_the_check_faults_a_changed_window() -> None:
    wrong = ("You have had major surgery, open biopsy, or significant traumatic injury in the 14 days before Day 1. Or "
             "you are expected to need major surgery during the study. If you have placement of a vascular access "
             "device, you can join.")
    assert checks(BOTH, said(BOTH, EXC), EXC) == []
    assert checks(BOTH, wrong, EXC)


def test_an_expected_need_before_a_note_is_said_too() -> None:
    # NCT03907072 (exclusion)
    source = ("Need for daytime mechanical or non-invasive ventilation OR anticipated need for daytime mechanical or "
              "non-invasive ventilation within the next year, in the opinion of the Investigator. Nighttime "
              "non-invasive ventilation is permitted")
    assert said(source, EXC) == (
        "You need daytime mechanical or non-invasive ventilation, or you are expected to need daytime mechanical or "
        "non-invasive ventilation within the next year, in the study doctor's view. Nighttime non-invasive "
        "ventilation is allowed."
    )


def test_a_plan_before_a_note_keeps_the_words() -> None:
    # NCT02389842: "a participant" would be parted from the trial it is in
    source = ("Is a participant or plans to participate in another interventional clinical trial, whilst taking part "
              "in this Phase I study. Participation in an observational trial would be acceptable.")
    assert said(source, EXC).startswith("Is a participant or plans to take part in another interventional")

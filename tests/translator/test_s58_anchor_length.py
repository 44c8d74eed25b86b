"""The plain words' "the length of study treatment" (for "the duration of study treatment") is the study treatment."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import INC, checks

SOURCE = ("Females of childbearing potential and males must agree to utilize highly effective contraception methods or "
          "be non-heterosexually active or practice sexual abstinence from screening throughout the duration of study "
          "treatment and for 30 days following the last dose of study drug")  # NCT02469246, inclusion
SAID = ("If you are a female who can become pregnant or a male, you must agree to use highly effective contraception "
        "methods or be non-heterosexually active or practice sexual abstinence from screening throughout the length "
        "of study treatment and for 30 days after the last dose of study drug.")


def test_the_length_of_study_treatment_is_its_duration() -> None:
    assert checks(SOURCE, SAID, INC) == []


def test_the_study_said_for_the_study_treatment_is_still_caught() -> None:
    assert "fact_changed" in checks(SOURCE, SAID.replace("length of study treatment", "length of the study"), INC)

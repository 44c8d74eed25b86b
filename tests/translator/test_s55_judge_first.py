"""The judge said first with no comma before "the patient": the reader put after the judge (corpus text)."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind


def test_a_judge_with_no_comma_before_the_patient_judges_the_reader() -> None:
    # NCT02044510
    text = "In the opinion of the Investigator the patient has a history of significant stress urinary incontinence"
    assert said(text, SectionKind.INCLUSION) == (
        "You have had significant stress urinary incontinence. The study doctor decides this."
    )


def test_a_judge_with_no_comma_before_something_else_keeps_its_words() -> None:
    text = "In the opinion of the investigator the study drug may be harmful"
    assert said(text, SectionKind.INCLUSION) == "In the study doctor's view the study drug may be harmful"


def test_taking_part_judged_with_no_comma_is_not_said_twice() -> None:
    # "… the subject should not be enrolled" repeats the section's verdict: no "you should not be enrolled"
    text = "In the judgment of the investigator the subject should not be enrolled"
    assert not said(text, SectionKind.EXCLUSION).startswith("You")

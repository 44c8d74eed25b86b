"""Session 55, words32: a procedure had "within 28 days of Cycle 1 Day 1" is had before the study as one "within 28
days of screening" is (translator.offline_had_events): the "Day 1" the extractor reads as a time of its own is the
same start (offline_windows.day_of_cycle), and a closing bracket that defines the event ("major surgery is defined
as a procedure requiring general anesthesia") says what it is, not when. Real corpus text; near cases keep their
words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT06760702
            "Major surgery ≤ 28 days from Cycle 1 Day 1 (major surgery is defined as a procedure requiring general"
            " anesthesia).",
            "You have had major surgery within 28 days of Cycle 1 Day 1 (major surgery means a procedure needing"
            " general anesthesia).",
        ),
        (  # NCT07040059
            "Major surgery less than or equal to 28 days from Cycle 1 Day 1 (Major surgery is defined as a procedure"
            " requiring general anaesthesia).",
            "You have had major surgery within 28 days of Cycle 1 Day 1 (Major surgery means a procedure needing"
            " general anaesthesia).",
        ),
    ],
)
def test_a_procedure_before_cycle_1_day_1_was_had(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a day of another cycle is no start of the study
        "Major surgery within 28 days of Cycle 2 Day 1",
        # a bracket that plans, not defines: its time to come stays a reason to keep the words
        "Major surgery within 28 days of Cycle 1 Day 1 (or surgery planned during the study)",
        # an event the rule does not name ("Definitive radiotherapy") keeps its words
        "Definitive Radiotherapy within the last 21 days of Cycle 1 Day 1 (limited field palliative radiation is"
        " allowed and no restrictions during the screening period or during the trial)",
    ],
)
def test_other_cycle_days_and_brackets_keep_their_words(source: str) -> None:
    assert not said(source, EXCLUSION).startswith("You have had")

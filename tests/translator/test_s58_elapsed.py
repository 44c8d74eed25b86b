"""Time that has "elapsed" is time that has "passed" (translator.offline_plain_elapsed)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.translation import SectionKind


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # (offline_elapsed says a span with "since" as a sentence, "less than" too since session 59)
    ("Less than 14 days have elapsed since last radiation therapy", EXC,
     "It has been less than 14 days since your last radiation treatment."),
    ("More than 5 years has elapsed between the primary surgery and the development of metastatic disease", INC,
     "More than 5 years has passed between the primary surgery and the development of cancer that has spread to "
     "other parts of the body"),
    ("A minimum of 2 weeks must elapse between the last dose and randomization", INC,
     "At least 2 weeks must pass between the last dose and randomization"),
    ("At least 1 year elapsed between diagnosis and enrollment", INC,
     "At least 1 year passed between diagnosis and enrollment"),
])
def test_elapsed_time_has_passed(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected
    assert checks(source, expected, kind) == []


def test_elapsed_as_an_adjective_stays() -> None:
    # "elapsed time" names a measure, not time that went by: no rule here touches it
    assert said("Elapsed time since stroke onset of more than 24 hours", EXC) == (
        "Elapsed time since stroke onset of more than 24 hours")

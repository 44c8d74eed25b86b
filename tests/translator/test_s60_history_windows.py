""""No history of X within the past N months" is "not had X" in that time: "never" would reach back a whole life."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (
            "No history of abdominal fistula, gastrointestinal perforation, or intra-abdominal abscess within the "
            "past 6 months",
            "You have not had an abdominal fistula, gastrointestinal perforation, or intra-abdominal abscess within "
            "the past 6 months.",
        ),
        (
            "No history of hemorrhagic or thrombotic cerebrovascular event within the past 12 months",
            "You have not had a hemorrhagic or thrombotic cerebrovascular event within the past 12 months.",
        ),
        (
            "No history of stroke within 6 months of study entry",
            "You have not had a stroke within 6 months of study entry.",
        ),
        ("No history of seizure", "You have never had a seizure."),  # no window: never
    ],
)
def test_a_denied_history_keeps_its_window(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet

"""Offline bullets fixed by the lead in the ninth audit session (each with the corpus text it came from)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT03992482: "his/her" right after the investigator is the investigator's, not the reader's
        (
            "Be willing/able to return for all study visits and to follow instructions from the study investigator "
            "and his/her staff",
            "You are willing/able to return for all study visits and to follow instructions from the study doctor "
            "and their staff.",
        ),
        # elsewhere it is still the reader's
        ("Patients must be able to give his/her consent", "You must be able to give your consent."),
    ],
)
def test_his_or_her_after_the_investigator_is_theirs(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain

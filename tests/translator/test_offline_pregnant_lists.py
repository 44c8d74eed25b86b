"""A list of states that ends in a group ("Pregnant, breastfeeding, and probably pregnant patients") is not the
reader's state: saying it "You are …" made "You are pregnant, breastfeeding, and probably pregnant patients"."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant, breastfeeding, and probably pregnant patients",
        "Pregnant, lactating, or child bearing potential patients without adequate contraception",
    ],
)
def test_a_list_of_states_ending_in_a_group_keeps_its_subject(text: str) -> None:
    assert not said(text).startswith("You are")


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        ("Pregnant or breastfeeding", "You are pregnant or breastfeeding."),
        ("Pregnant or lactating patients.", "You are pregnant or breastfeeding."),
        # a singular "participant" later is not a group beside the reader
        ("Breastfeeding at screening or intend to breastfeed during study participation per participant report.",
         "You are breastfeeding at screening or plan to breastfeed during the study per participant report."),
    ],
)
def test_the_states_alone_are_still_the_readers(text: str, bullet: str) -> None:
    assert said(text) == bullet

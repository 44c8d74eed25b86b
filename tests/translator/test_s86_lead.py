"""Session of 2026-12-07 18:24 (lead): a criterion that takes both a condition and its absence keeps both sides."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

T2DM = "People with or without T2DM 30-70 years old"


def test_one_side_of_with_or_without_is_an_error() -> None:
    # half the group turned away: the word50 helper found the checks let this pass
    assert checks(T2DM, "People with T2DM who are 30 to 70 years old", INC) == ["both_ways_dropped"]
    assert checks("Whether or not they received prior chemotherapy", "You received chemotherapy before.", INC) == [
        "both_ways_dropped"]


@pytest.mark.parametrize("bullet", [
    "People with or without T2DM who are 30 to 70 years old",
    "You are 30 to 70 years old, whether or not you have T2DM.",
    "You are 30 to 70 years old. You may have T2DM or not.",
    "You are 30 to 70 years old and you may or may not have type 2 diabetes (T2DM): either way you can join.",
])
def test_both_sides_said_in_any_wording_pass(bullet: str) -> None:
    assert "both_ways_dropped" not in checks(T2DM, bullet, INC)


def test_an_exclusion_that_takes_both_ways_is_checked_too() -> None:
    source = "Cardiomyopathy with or without heart failure"
    assert checks(source, "Heart muscle disease (cardiomyopathy) with heart failure", EXC) == ["both_ways_dropped"]
    assert checks(source, "Heart muscle disease (cardiomyopathy), with or without heart failure", EXC) == []


def test_regardless_of_is_no_pair_of_sides() -> None:
    source = "Any woman regardless of sexual orientation"
    assert "both_ways_dropped" not in checks(source, "Any woman, whatever her sexual orientation", INC)


def test_the_offline_rewrite_keeps_both_sides() -> None:
    assert "with or without" in said(T2DM, kind=INC)


def test_a_bracket_in_the_same_unit_is_no_converted_bound() -> None:
    # the bound of "≥ 0.8 ng/mL (0.26 nmol/L)" is its bracket's too; "(45)" after "> 40 years" converts nothing, so a
    # rewrite that keeps it as written is faithful (the Chia row fell to comparators when the bound was given to it)
    source = "Age > 40 years (45)"
    assert said(source, kind=INC) == "You are older than 40 years (45)."
    assert "fact_missing" in checks(source, "You are older than 40 years (46).", INC)

"""Session 85, lead: the offline rows checks-46 cost given back."""

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said

SOURCE = ("Receipt of any investigational drug within 30 days or ten half-lives, whichever is longer, prior to the "
          "initial study drug administration")


def test_a_window_without_a_number_counts_nothing() -> None:
    # NCT02800811 E: "before the initial study drug dose" was read as a number counting "doses" the source never
    # names (the rule for "at most 2 doses"), although the window has no number, so the rewrite fell back a level
    faithful = ("You have had any experimental drug within 30 days or ten half-lives, whichever is longer, before "
                "the initial study drug dose.")
    assert checks(SOURCE, faithful, EXC) == []
    assert "before the initial study drug dose" in said(SOURCE)


def test_an_invented_window_or_count_is_still_found() -> None:
    source = "Receipt of any investigational drug within 30 days"
    # a window whose event the source never names
    assert checks(source, "You have had any experimental drug before the first study drug dose.", EXC)
    # a number counting doses the source never names
    assert checks(source, "You have had 2 doses of any experimental drug within 30 days.", EXC)
    # the window shifted to the other side of the event
    assert checks(SOURCE, "You have had any experimental drug within 30 days or ten half-lives, whichever is longer, "
                          "after the initial study drug dose.", EXC)

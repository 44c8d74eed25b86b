"""Session 85, lead: the offline rows checks-46 cost given back."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
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


RVO = ("Central or branch retinal vein occlusion (CRVO or BRVO) with a mean CST ≥ 300µm on SD-OCT images taken at "
       "the baseline visit (Day 0)")
TAIL = ", with a mean CST of at least 300µm on SD-OCT images taken at the baseline visit (Day 0)."


def test_a_join_turned_in_a_gloss_that_says_the_pair_again_is_found() -> None:
    # NCT02485249 (a planted and_or_swapped the corpus suite missed): the bullet says "central or branch" once and
    # again in a gloss; "and" planted in the gloss passed, since the source's "or" was still said as often as the
    # source says it
    faithful = ("You have a blocked central or branch retinal vein (central or branch retinal vein occlusion, CRVO or "
                "BRVO)")
    assert checks(RVO, faithful + TAIL, INC) == []
    turned = faithful.replace("(central or", "(central and")
    assert "join_turned" in checks(RVO, turned + TAIL, INC)

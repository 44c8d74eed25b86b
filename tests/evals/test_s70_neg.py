"""Planted errors the checks let through at the start of the session of 2026-12-06 15:45 (checks-38), each with the
real faithful wording passing and the planted error flagged:

- a "not" put before a list the source negates item by item is carried over the list only from a head that names an
  item of it: "You are not a woman who can get pregnant and are not using or not willing to use …" negates the woman
  of "Women of child-bearing potential not using or not willing to use …", whose negations belong to the use
  (translator.fidelity_negations, `_heads_an_item`);
- a time said to "have elapsed from" an event is the time since it, with a modal too ("> 4 weeks must have elapsed from
  the time of major surgery", a modal only before "have elapsed from"): read as a window, the bullet's "have passed
  before you had major surgery" changes it (translator.temporal);
- a negation cut off from its verb by ", you" after an opener is an ellipsis only where the verb after the break is
  no plain verb of the same subject that the text has not said yet: "because you could not, you tolerate it" has cut
  "could not" from "tolerate" (translator.fidelity_negation_scope).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts
from translator.fidelity_negation_scope import stranded

# NCT00642031 and others: "Women of child-bearing potential not using or not willing to use highly effective
# contraception."
CONTRACEPTION = "Women of child-bearing potential not using or not willing to use highly effective contraception."
CONTRACEPTION_SAID = ("You are {a} woman who can get pregnant and are not using or not willing to use highly effective "
                      "birth control (contraception).")


@pytest.mark.parametrize(("source", "faithful", "planted", "kind"), [
    # negation_added: the mutation's "You are" → "You are not" before a woman the source never negates
    (CONTRACEPTION, CONTRACEPTION_SAID.format(a="a"), CONTRACEPTION_SAID.format(a="not a"), EXC),
])
def test_a_head_that_names_no_negated_item_carries_no_negation_over_the_list(
        source: str, faithful: str, planted: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, planted, kind) == ["negation_added"]


@pytest.mark.parametrize(("source", "bullet"), [
    # heads that name an item of the negated list still carry their "not"/"never" over it
    ("No previous irradiation to the pelvis or chemotherapy",
     "You have never had radiation to the pelvis, and you have never had chemotherapy."),
    ("No history of HIV or hepatitis B",
     "You do not have a history of HIV and you do not have a history of hepatitis B."),
    ("Not pregnant or nursing", "You are not pregnant and you are not breastfeeding."),
    ("No known brain metastases or leptomeningeal disease",
     "You do not have known cancer that has spread to the brain, and you do not have leptomeningeal disease."),
    # the source's own repeat, said again in its order
    (CONTRACEPTION, "You are a woman who can get pregnant and are not using, or are not willing to use, highly "
                    "effective birth control."),
])
def test_a_head_that_names_an_item_still_carries_its_negation(source: str, bullet: str) -> None:
    assert checks(source, bullet, INC) == []


# NCT00361244 I3 (paraphrase): the source's time since the surgery was no window at all, so no relation to compare
SURGERY = "> 4 weeks must have elapsed from the time of major surgery"
SURGERY_SAID = "More than 4 weeks have passed {since} you had major surgery."


def test_a_time_elapsed_from_an_event_is_a_window_since_it() -> None:
    assert checks(SURGERY, SURGERY_SAID.format(since="since"), INC) == []
    assert checks(SURGERY, SURGERY_SAID.format(since="before"), INC) == ["fact_changed"]


@pytest.mark.parametrize(("text", "said"), [
    (SURGERY, ("> 4 weeks must have elapsed from", "since", 4.0)),
    # corpus wordings: "from" after "have elapsed" is the start of the time, with or without a modal
    ("At least 6 months have elapsed from the end of this therapy.",
     ("At least 6 months have elapsed from", "since", 6.0)),
    # a modal before "have elapsed since/after" stays as it was read (taking its amount in changed the offline wording
    # of two corpus rows, "greater than 60 days must have passed since the HSCT")
    ("4 weeks must have elapsed since the last surgery", ("since the last surgery", "since", None)),
    # near-misses: a window "from" an event with no time passing stays within it
    ("within 4 weeks from the first dose", ("within 4 weeks from the first dose", "within", None)),
])
def test_elapsed_windows(text: str, said: tuple[str, str, float | None]) -> None:
    windows = [(f.text, f.relation, f.low) for f in extract_facts(text) if f.kind is FactKind.TEMPORAL]
    assert windows == [said]


# NCT02720523 (held-out paraphrase): the planted negation_moved
BDMARD = ("Subjects who are responding to bDMARD therapy but had to discontinue due to intolerability (regardless of "
          "treatment duration).")
BDMARD_SAID = ("Your bDMARD was working, but you had to stop it because you could not{cut} tolerate it (no matter how "
               "long you took it).")


def test_a_negation_cut_from_a_verb_the_text_has_not_said_is_no_ellipsis() -> None:
    assert checks(BDMARD, BDMARD_SAID.format(cut=""), INC) == []
    assert checks(BDMARD, BDMARD_SAID.format(cut=", you"), INC) == ["negation_moved"]


@pytest.mark.parametrize("text", [
    # ellipses that leave out a verb said before, and go on with an auxiliary or with the left-out verb again
    "You must use contraception or, if you cannot, you must abstain.",
    "You must use two methods of birth control or, if you do not, you use abstinence.",
    "You agree to use birth control, and if you do not, you agree to stop the study drug.",
    # another subject after the break
    "Even though you do not, your partner uses birth control.",
])
def test_ellipses_stay_unflagged(text: str) -> None:
    assert stranded(text) == []

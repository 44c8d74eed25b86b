"""Planted errors the checks let through at the start of the session of 2026-12-06 15:45 (checks-38), each with the
real faithful wording passing and the planted error flagged:

- a "not" put before a list the source negates item by item is carried over the list only from a head that names an
  item of it: "You are not a woman who can get pregnant and are not using or not willing to use …" negates the woman
  of "Women of child-bearing potential not using or not willing to use …", whose negations belong to the use
  (translator.fidelity_negations, `_heads_an_item`).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

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

"""Planted error "quantifier_swapped" (evals.mutations_quantifiers): a list's "any of" turned "all of" or back, or a
"whichever" choice turned, and the checks catch it (translator.fidelity_quantifiers, translator.fidelity_whichever;
session of 2026-12-07, 03:34)."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_quantifiers import quantifier_swapped
from translator.criteria import SectionKind


def _case(source: str, bullet: str, kind: SectionKind = SectionKind.EXCLUSION) -> EvalCase:
    return EvalCase(case_id="NCT0:E1", nct_id="NCT0", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


def test_registered_last_and_measured_apart() -> None:
    # last, so that every other type draws the same planted errors from the shared random stream as before
    assert list(MUTATIONS)[-1] == "quantifier_swapped" and MUTATIONS["quantifier_swapped"] is quantifier_swapped
    assert "quantifier_swapped" in UNGATED


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    ("Any of the following cardiac conditions:", "You have any of the following heart conditions:",
     "You have all of the following heart conditions:"),
    ("Patients must meet all of the following criteria:", "You meet all of the following:",
     "You meet any of the following:"),
    ("At least one of the following risk factors:", "You have at least one of these risk factors:",
     "You have all of these risk factors:"),
    ("Either of the following:", "Either of the following applies to you:", "Both of the following applies to you:"),
    # one lead-in turned of two (NCT00570921): the other still says "one or more of"
    ("Postmenopausal status, defined as any one of the following criteria: bilateral oophorectomy, age 60 years or "
     "more, OR age 45 to 59 and satisfying one or more of the following criteria: amenorrhea for at least 12 months",
     "You are past menopause, defined as any one of these: removal of both ovaries, age 60 years or older, OR age 45 "
     "to 59 and satisfying one or more of these: no periods for at least 12 months.",
     "You are past menopause, defined as any one of these: removal of both ovaries, age 60 years or older, OR age 45 "
     "to 59 and satisfying all of these: no periods for at least 12 months."),
    ("Treatment with any investigational drug within 30 days or 5 half-lives (whichever is longer) before the first "
     "dose", "You have taken an investigational drug in the 30 days or 5 half-lives (whichever is longer) before the "
     "first dose.", "You have taken an investigational drug in the 30 days or 5 half-lives (whichever is shorter) "
     "before the first dose."),
    ("Use of contraception until 6 months after the last dose or the end of the study, whichever comes later",
     "You use birth control until 6 months after the last dose or the end of the study, whichever comes later.",
     "You use birth control until 6 months after the last dose or the end of the study, whichever comes earlier."),
])
def test_plants_a_turn_the_checks_catch(source: str, bullet: str, planted: str) -> None:
    case = _case(source, bullet)
    assert case_errors(case) == []
    mutated = quantifier_swapped(case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == planted
    assert case_errors(mutated) != []


@pytest.mark.parametrize(("source", "bullet"), [
    ("History of stroke", "You have had any of the following: a stroke."),  # the source states no quantifier
    ("Prior treatment with docetaxel", "You have had docetaxel, whichever dose."),  # nor a choice
    ("Any of the following:", "You have a condition from this list:"),  # the bullet words it without a lead-in
])
def test_nothing_to_plant_where_the_source_states_nothing_to_turn(source: str, bullet: str) -> None:
    assert quantifier_swapped(_case(source, bullet), random.Random(0)) is None

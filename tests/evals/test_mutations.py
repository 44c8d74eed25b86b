"""Planted errors: each operator plants a mistake of its kind, and the checks catch it."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def _case(pairs: list[tuple[str, SectionKind, str, str]]) -> EvalCase:
    return EvalCase(
        case_id="T:1", nct_id="NCT00000001", origin="test",
        sources=[CaseSource(id=cid, kind=kind, text=source) for cid, kind, source, _ in pairs],
        bullets=[CaseBullet(text=bullet, source_ids=[cid], kind=kind) for cid, kind, _, bullet in pairs])


CASE = _case([
    ("I1", INC, "Age >= 18 years", "You are at least 18 years old."),
    ("I2", INC, "Creatinine < 1.5 mg/dL", "Your creatinine is less than 1.5 mg/dL."),
    ("E1", EXC, "No myocardial infarction within 6 months before randomization",
     "You have not had a heart attack in the 6 months before randomization."),
    ("E2", EXC, "Pregnant or breastfeeding", "You are pregnant or breastfeeding."),
])


def test_the_faithful_case_is_clean() -> None:
    assert case_errors(CASE) == []


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_operator_plants_a_change_that_the_checks_catch(name: str) -> None:
    caught = planted = 0
    for seed in range(20):
        mutated = MUTATIONS[name](CASE, random.Random(seed))
        assert mutated is not None, f"{name} found nothing to mutate in a case that has everything"
        assert mutated != CASE, f"{name} returned the case unchanged"
        planted += 1
        caught += bool(case_errors(mutated))
    assert caught == planted, f"{name}: {planted - caught} of {planted} planted errors missed"


@pytest.mark.parametrize(("name", "expected"), [
    ("negation_dropped", "negation_dropped"), ("negation_added", "negation_added"),
    ("section_moved", "polarity_flipped"), ("bullet_dropped", "criterion_missing"),
    ("invented_number", "fact_invented"), ("merged_lost", "criterion_missing"),
])
def test_operator_is_caught_by_the_check_for_its_kind(name: str, expected: str) -> None:
    mutated = MUTATIONS[name](CASE, random.Random(1))
    assert mutated is not None
    assert expected in {f.check for f in case_errors(mutated)}


def test_operator_returns_none_when_there_is_nothing_to_mutate() -> None:
    plain = _case([("I1", INC, "Able to give consent", "You can give consent.")])
    for name in ("number_changed", "comparator_swapped", "unit_changed", "time_window_dropped", "negation_dropped"):
        assert MUTATIONS[name](plain, random.Random(0)) is None, name


def test_time_window_mutations_leave_bare_time_words_alone() -> None:
    # "before" with no amount or anchor is wording, not a window: nothing to drop or shift.
    bare = _case([("E1", EXC, "Prior chemotherapy", "You have had chemotherapy before.")])
    assert MUTATIONS["time_window_dropped"](bare, random.Random(0)) is None

"""Planted error "rate_changed" (evals.mutations_rates): an amount's period made longer or its body weight dropped,
and the checks catch it (translator.fidelity_periods; session of 2026-12-06, 18:51)."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_rates import rate_changed
from translator.criteria import SectionKind


def _case(source: str, bullet: str, kind: SectionKind = SectionKind.EXCLUSION) -> EvalCase:
    return EvalCase(case_id="NCT0:E1", nct_id="NCT0", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


def test_registered_last_and_measured_apart() -> None:
    assert list(MUTATIONS)[-2] == "rate_changed" and MUTATIONS["rate_changed"] is rate_changed  # (then quantifiers)
    assert "rate_changed" in UNGATED


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    ("Current use of prednisone more than 20 mg per day", "You take more than 20 mg of prednisone a day.",
     "You take more than 20 mg of prednisone a week."),
    ("Proteinuria > 3.5 g/24 h", "You have more than 3.5 g/24 h of protein in your urine.",
     "You have more than 3.5 g/24 d of protein in your urine."),
    ("Methotrexate ≥ 15 mg weekly", "You take 15 mg or more of methotrexate weekly.",
     "You take 15 mg or more of methotrexate monthly."),
    ("IVIG more than 2 g/kg", "You get IVIG at more than 2 g per kg of body weight.",
     "You get IVIG at more than 2 g."),
])
def test_plants_a_rate_the_checks_catch(source: str, bullet: str, planted: str) -> None:
    case = _case(source, bullet)
    assert case_errors(case) == []
    mutated = rate_changed(case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == planted
    assert case_errors(mutated) != []


@pytest.mark.parametrize("bullet", [
    "You smoke more than 10 cigarettes a day.",  # a count over a period: unit_changed's
    "You had surgery in the last 4 weeks.",
    "You take 20 mg of prednisone.",
])
def test_nothing_to_plant_without_an_amount_per_something(bullet: str) -> None:
    assert rate_changed(_case("x", bullet), random.Random(0)) is None

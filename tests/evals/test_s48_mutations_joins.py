"""The planted error "and_or_swapped" (evals.mutations_joins): a join turned where it changes what a bullet asks, found
by translator.fidelity_joins; none planted where either join reads alike."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_joins import and_or_swapped
from translator.criteria import SectionKind


def _case(source: str, bullet: str, kind: SectionKind = SectionKind.EXCLUSION) -> EvalCase:
    return EvalCase(case_id="NCT0:E1", nct_id="NCT0", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


def test_registered_ungated_and_last() -> None:
    assert list(MUTATIONS)[-3:] == ["and_or_swapped", "rate_changed", "quantifier_swapped"]  # (later types after it)
    assert "and_or_swapped" in UNGATED


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    ("Known hepatitis B and C infection", "You have known hepatitis B and C infection.",
     "You have known hepatitis B or C infection."),
    ("Patients who are willing and able to comply with study procedures",
     "You are willing and able to follow the study procedures.",
     "You are willing or able to follow the study procedures."),
    ("Patients with cytologically or histologically proved biliary tract cancer",
     "You have cytologically or histologically proved biliary tract cancer.",
     "You have cytologically and histologically proved biliary tract cancer."),
])
def test_a_join_is_turned_and_the_checks_find_it(source: str, bullet: str, planted: str) -> None:
    case = _case(source, bullet)
    assert case_errors(case) == []
    mutated = and_or_swapped(case, random.Random(1))
    assert mutated is not None
    assert mutated.bullets[0].text == planted
    assert any(f.check == "join_turned" for f in case_errors(mutated))


@pytest.mark.parametrize(("source", "bullet"), [
    ("History of asthma and/or COPD", "You have a history of asthma and/or COPD."),
    ("Diabetes with or without complications", "You have diabetes with or without complications."),
    ("No history of stroke or seizure", "You have no history of stroke or seizure."),
    ("Cancer such as melanoma or sarcoma", "You have cancer such as melanoma or sarcoma."),
    ("Male and female patients", "You are male and female."),
    ("Pregnant or breastfeeding women", "You are pregnant or breastfeeding."),
    ("Any of the following: fever or chills", "Any of these: fever or chills."),
])
def test_no_join_is_turned_where_either_reads_alike(source: str, bullet: str) -> None:
    assert and_or_swapped(_case(source, bullet), random.Random(1)) is None


def test_the_baseline_holds_the_checks28_gains() -> None:
    # checks-27 caught 374 of 400 planted clause_dropped cases on the corpus (0.935) and 373 on Chia; checks-28 (the
    # organs, the times and the things with few wordings) catches 390 (0.975) and 378 (0.945; 388 of the sample drawn
    # before 7 paraphrases joined: the sample moves): the baseline sits under the corpus figure with a floor (0.94)
    # above checks-27. and_or_swapped: 389 of 400 on the corpus (0.9725), 391 on Chia.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    name = "detection.clause_dropped"
    assert baseline.metrics[name] - baseline.tolerances.get(name, baseline.tolerance) > 0.935
    # checks-29 (joins counted, negations after the join read as verbs') catches 399 of 400 on the corpus, 397 on Chia
    assert baseline.metrics["detection.and_or_swapped"] <= 0.9975

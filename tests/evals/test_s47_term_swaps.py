"""Planted error term_swapped: a word the source says put in place by another of its kind, and caught."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_terms import key_word_dropped, term_swapped
from translator.criteria import SectionKind


def _case(source: str, bullet: str) -> EvalCase:
    kind = SectionKind.EXCLUSION
    return EvalCase(case_id="T:1", nct_id="NCT00000000", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


def test_the_type_is_registered_after_the_others_and_held_to_its_baseline() -> None:
    names = list(MUTATIONS)
    assert names.index("term_swapped") > names.index("negation_moved") and MUTATIONS["term_swapped"] is term_swapped
    assert "term_swapped" in UNGATED  # measured against evals/baselines/mutations.json, not part of detection_min
    assert names.index("key_word_dropped") > names.index("term_swapped") and "key_word_dropped" in UNGATED


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    ("Known liver metastases", "You have known liver metastases.", "You have known kidney metastases."),
    ("Active hepatitis B infection", "You have active hepatitis B infection.",
     "You have active hepatitis C infection."),
    ("Left ventricular ejection fraction < 50%", "Your left ventricular ejection fraction is less than 50%.",
     "Your right ventricular ejection fraction is less than 50%."),
    ("Uncontrolled hypertension", "You have uncontrolled high blood pressure.", None),
    ("Uncontrolled high blood pressure", "You have uncontrolled high blood pressure.",
     "You have uncontrolled low blood pressure."),
])
def test_the_word_is_swapped_and_caught(source: str, bullet: str, planted: str | None) -> None:
    faithful = _case(source, bullet)
    assert case_errors(faithful) == []
    mutated = term_swapped(faithful, random.Random(0))
    if planted is None:  # the bullet's words are its own ("high blood pressure" for "hypertension"): nothing to swap
        assert mutated is None
        return
    assert mutated is not None and mutated.bullets[0].text == planted
    assert any(f.check == "fact_changed" for f in case_errors(mutated))


def test_nothing_to_swap_where_the_source_names_both_or_a_gloss_adds_the_word() -> None:
    assert term_swapped(_case("Liver or kidney disease", "You have liver or kidney disease."), random.Random(0)) is None
    assert term_swapped(_case("Cirrhosis", "You have cirrhosis (scarring of the liver)."), random.Random(0)) is None


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    ("Symptomatic brain metastases", "You have symptomatic brain metastases.", "You have brain metastases."),
    ("Has received a live vaccine within 30 days", "You have received a live vaccine within 30 days.",
     "You have received a vaccine within 30 days."),
    ("Metastatic breast cancer", "Metastatic breast cancer", "Breast cancer"),
])
def test_a_key_word_is_dropped_and_caught(source: str, bullet: str, planted: str) -> None:
    faithful = _case(source, bullet)
    assert case_errors(faithful) == []
    mutated = key_word_dropped(faithful, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == planted
    assert any(f.check == "content_missing" for f in case_errors(mutated))


def test_no_key_word_to_drop_that_the_source_does_not_say() -> None:
    # "spread" says "metastatic"; a bullet's own word the source lacks is the bullet's
    assert key_word_dropped(_case("Breast cancer that has spread", "You have metastatic breast cancer."),
                            random.Random(0)) is None

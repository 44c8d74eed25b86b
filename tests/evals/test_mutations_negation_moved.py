"""Planted error negation_moved: a verb's negation cut off from it ("do not, you agree"), and caught."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from evals.mutations_negation_moved import negation_moved
from translator.criteria import SectionKind


def _case(source: str, bullet: str) -> EvalCase:
    kind = SectionKind.EXCLUSION
    return EvalCase(case_id="T:1", nct_id="NCT03493568", origin="test",
                    sources=[CaseSource(id="E17", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E17"], kind=kind)])


def test_the_type_is_registered_last_and_gated() -> None:
    # gated once the stranded negation was checked (translator.fidelity_negation_scope): 83 of 83 on the corpus
    # registered after every type before it (later ones come after it), so their draws stay the same
    assert list(MUTATIONS).index("negation_moved") == 16 and MUTATIONS["negation_moved"] is negation_moved
    assert "negation_moved" not in UNGATED


@pytest.mark.parametrize(("source", "bullet", "planted"), [
    # NCT03493568 E17: the mistake an offline rule once made, planted in the faithful bullet
    ("Woman of childbearing potential who does not agree to adopt highly effective contraception.",
     "You are a woman who can become pregnant and do not agree to adopt highly effective contraception.",
     "You are a woman who can become pregnant and do not, you agree to adopt highly effective contraception."),
    # NCT00268593 E8
    ("Serious intercurrent medical illness that does not permit adequate follow-up and compliance with the study "
     "protocol",
     "You have serious intercurrent medical illness that does not permit good enough follow-up and compliance with "
     "the study plan.",
     "You have serious intercurrent medical illness that does not, you permit good enough follow-up and compliance "
     "with the study plan."),
])
def test_the_negation_is_cut_off_and_caught(source: str, bullet: str, planted: str) -> None:
    assert not case_errors(_case(source, bullet))
    mutated = negation_moved(_case(source, bullet), random.Random(1))
    assert mutated is not None and mutated.bullets[0].text == planted
    assert "negation_moved" in [f.check for f in case_errors(mutated)]


def test_nothing_to_move_at_a_sentence_start_or_without_a_negated_verb() -> None:
    # NCT00287729 E12: "cannot" opens the clause after "You", and NCT00025272 I10.4 has no negation
    assert negation_moved(_case("unable to take study medication", "Cannot take study medicine."),
                          random.Random(1)) is None
    assert negation_moved(_case("Able to swallow capsules", "You can swallow capsules."), random.Random(1)) is None

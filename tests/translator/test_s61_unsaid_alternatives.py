"""Alternatives no bullet says by any word (translator.fidelity_unsaid_alternatives): the last word of an "or" pair
and the safety reason of a criterion's reasons. Each case: the faithful wording passes, the wording without the
alternative is an error."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.fidelity_unsaid_alternatives import lost_last_words, lost_safety

STEM_CELLS = ("At least 4 months since prior stem cell transplantation or rescue AND no evidence of active "
              "graft-vs-host disease")
SAFETY = ("Major systemic disease or other illness that would, in the opinion of the Investigator, compromise patient "
          "safety or interfere with the interpretation of study results, e.g., current peptic ulcer disease or other "
          "conditions that may predispose to hemorrhage")
INTERFERE = ("Any serious and/or unstable pre-existing medical, psychiatric, or other condition that could interfere "
             "with patient's safety, provision of informed consent, or compliance to study procedures.")
IBRUTINIB = ("An life-threatening illness, medical condition, or organ system dysfunction which, in the investigator's "
             "opinion could compromise the subject's safety, interfere with the absorption or metabolism of Ibrutinib "
             "capsules, or put the study outcomes at undue risk")


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), [
    # NCT00098839 (Chia): "or rescue" is a stem cell rescue, another treatment than a transplant
    (STEM_CELLS,
     "It has been at least 4 months since your stem cell transplant or rescue, and there is no sign of active "
     "graft-versus-host disease.",
     "It has been at least 4 months since your stem cell transplant, and there is no sign of active graft-versus-host "
     "disease.", INC),
    # NCT02419378 E6 (Chia): the safety reason of two
    (SAFETY,
     "You have a major body-wide disease or other illness that, in the study doctor's view, would put your safety at "
     "risk or get in the way of the interpretation of study results, such as current peptic ulcer disease or other "
     "conditions that may make you more likely to bleed.",
     "You have a major body-wide disease or other illness that, in the study doctor's view, would get in the way of "
     "the interpretation of study results, such as current peptic ulcer disease or other conditions that may make "
     "you more likely to bleed.", EXC),
    (SAFETY,
     "Major systemic disease or other illness that would, in the study doctor's view, make it dangerous for you to "
     "take part or interfere with the interpretation of study results, such as current peptic ulcer disease or other "
     "conditions that may predispose to bleeding.",
     "Major systemic disease or other illness that would, in the study doctor's view or get in the way of the "
     "interpretation of study results, such as current peptic ulcer disease or other conditions that may predispose "
     "to bleeding", EXC),
    # NCT00678977 (Chia): the first of three things the condition could interfere with
    (INTERFERE,
     "You have any serious and/or unstable pre-existing condition, psychiatric, medical or other, that could "
     "interfere with your safety, with giving informed consent, or with complying with study procedures.",
     "You have any serious and/or unstable pre-existing condition, psychiatric, medical or other, with giving "
     "informed consent, or with complying with study procedures.", EXC),
    # NCT02863718 E5, as its hand-written paraphrase says it: "put your safety at risk"
    (IBRUTINIB,
     "You have a life-threatening illness, medical condition or organ system problem that the investigator thinks "
     "could put your safety at risk, interfere with how Ibrutinib capsules are absorbed or broken down, or put the "
     "study results at undue risk.",
     "You have a life-threatening illness, medical condition or organ system problem that the investigator thinks "
     "could interfere with how Ibrutinib capsules are absorbed or broken down, or make the study results less "
     "reliable.", EXC),
])
def test_alternative_said_passes_and_left_out_is_found(source: str, faithful: str, lost: str,
                                                       kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "content_missing" in checks(source, lost, kind)


def test_the_last_word_of_a_pair_is_read_only_where_the_bullets_say_the_word_before_it() -> None:
    source = "Prior stem cell transplantation or rescue"
    assert lost_last_words(source, ["You had a stem cell transplant."]) == [(35, 41)]
    # said in another form, or with the pair's first word gone too (another check's business), nothing here
    assert lost_last_words(source, ["You had a stem cell transplant or were rescued."]) == []
    assert lost_last_words(source, ["You had stem cells given back."]) == []
    # an adverb closing the pair is rewritten freely: "at diagnosis or subsequently" → "or later"
    assert lost_last_words("CD20+ at time of diagnosis or subsequently",
                           ["CD20+ at the time of diagnosis or later"]) == []
    # a lexicon wording says the word: "hypertension or hypotension" → "high or low blood pressure"
    assert lost_last_words("Uncontrolled hypertension or hypotension",
                           ["You have uncontrolled high blood pressure or low blood pressure."]) == []


def test_safety_as_a_reason_is_read_only_as_the_patients_safety() -> None:
    # "safe and effective contraception", "safety laboratory tests" are no reason the bullets must give
    assert lost_safety("Must use a safe and effective method of contraception",
                       ["You use reliable birth control."]) == []
    assert lost_safety("Abnormal safety laboratory tests", ["Your lab tests are abnormal."]) == []
    assert lost_safety("Would jeopardize the safety of the subject", ["The doctor thinks it would hurt you."]) == []
    assert lost_safety("Would jeopardize the safety of the subject", ["The doctor thinks it matters."]) == [(6, 27)]


def test_the_clause_dropped_baseline_holds_the_checks35_gain() -> None:
    # checks-34 caught 398 of 400 planted cases on the corpus and 395 on Chia; checks-35 catches 398 on both (0.995).
    # An ungated type's baseline stays under the gate's 0.99 (tests/evals/test_mutations.py); its floor (0.985 less
    # the tolerance 0.01, for a sample that moves with the parser) lets 10 of 400 go unseen, 14 before.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    assert baseline.metrics["detection.clause_dropped"] >= 0.985
    assert baseline.tolerances["detection.clause_dropped"] <= 0.01

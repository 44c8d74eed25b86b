"""Faithful wordings of the held-out paraphrases (written in an LLM's manner before the checks saw them) that the
checks used to fault, accepted now, and the same bullets with a fact changed still faulted:

- a fraction in words: "8 of 68 joints" is the source's "8/68" (translator.fact_fractions);
- "not well controlled" says "inadequately controlled" (translator.results);
- a bound two amounts share: "at least 1500 mg (Chinese patients) or 500 mg (Japanese patients)" said with the
  bound twice (translator.fidelity_restated.shared_bounds);
- a stretch of time said with the event it ends at: "At least 6 months … prior to study entry" as "for 6 months or
  more before entering the study" (fidelity_restated._parts);
- "for at least the past 4 weeks" is a least look-back, as "for the previous 4 weeks or longer" (translator.temporal),
  whose "or longer" is no list item (translator.fidelity_deleted_items);
- "planned" said once for two alternatives of one repeated phrase (translator.fidelity_key_words);
- "since prior surgery" counts from the surgery (translator.anchors);
- a length of time counted from an event named apart from it: "time from initial diagnosis to … 12 months or less"
  (fidelity_restated.counted_from);
- "for at least 1 week after it ends", after "during the study treatment", is after the last dose
  (translator.fact_ended);
- "Adequate bone marrow reserve: ANC ≥ …" said by its numbers (translator.fidelity_level_names);
- "serious ECG abnormal" said "a serious problem" (an "abnormal" that ends its phrase as a noun does);
- a list said again in a bracket, said once ("ALP, AST and ALT ≤ 3.0 × ULN (ALP, AST, and ALT ≤ 5× ULN if …)");
- the year of "the CDC Classification System for HIV Infection 1993" said as "the 1993 CDC Classification System".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import extract_facts


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # NCT01061736 I2.1
    ("at least 8/68 tender joints and 6/66 swollen joints,",
     "at least 8 of 68 joints are tender and 6 of 66 joints are swollen,",
     "at least 8 of 66 joints are tender and 6 of 66 joints are swollen,", INC),
    # NCT01785420 E3
    ("Inadequately controlled hypertension (ie, systolic blood pressure [BP] > 180 mm Hg or diastolic BP > 100 mm Hg).",
     "Your high blood pressure is not well controlled, that is, your systolic blood pressure (BP) is over 180 mm Hg "
     "or your diastolic BP is over 100 mm Hg.",
     "Your high blood pressure is well controlled, that is, your systolic blood pressure (BP) is over 180 mm Hg "
     "or your diastolic BP is over 100 mm Hg.", EXC),
    # NCT01123980 I2
    ("Unchanged total daily dose of at least 1500 mg (Chinese patients) or 500 mg (Japanese patients) metformin for "
     "the last two months",
     "For the last two months, you have taken the same total daily dose of metformin: at least 1500 mg if you are a "
     "Chinese patient, or at least 500 mg if you are a Japanese patient.",
     "For the last two months, you have taken the same total daily dose of metformin: at least 1500 mg if you are a "
     "Chinese patient, or at most 500 mg if you are a Japanese patient.", INC),
    # NCT00084058 I3
    ("At least 6 months of continuous therapy with a protease inhibitor (PI) prior to study entry",
     "You have been on a protease inhibitor (PI) without a break for 6 months or more before entering the study.",
     "You have been on a protease inhibitor (PI) without a break for 3 months or more before entering the study.",
     INC),
    # NCT00118716 I3
    ("Using an inhaled steroid for the previous 4 weeks or longer (such as Aerobid, Azmacort, Flovent, Pulmicort, "
     "QVAR, and Vanceril).",
     "You have used an inhaled steroid for at least the past 4 weeks (for example Aerobid, Azmacort, Flovent, "
     "Pulmicort, QVAR or Vanceril).",
     "You have used an inhaled steroid in the past 4 weeks (for example Aerobid, Azmacort, Flovent, "
     "Pulmicort, QVAR or Vanceril).", INC),
    # NCT00298168 E4
    ("Patient is planned to receive a living donor kidney; or patient is planned to receive an ABO-incompatible donor "
     "kidney",
     "You are planned to get a kidney from a living donor, or a kidney from a donor with an incompatible ABO blood "
     "group.",
     "You get a kidney from a living donor, or a kidney from a donor with an incompatible ABO blood group.", EXC),
    # NCT00467116 I19
    ("At least 14 days since prior surgery or biopsy",
     "At least 14 days have passed since any surgery or biopsy you had.",
     "At least 7 days have passed since any surgery or biopsy you had.", INC),
    # NCT00556049 I1.5
    ("time from initial diagnosis to evidence of metastatic disease 12 months or less",
     "12 months or less from your first diagnosis to signs that the cancer had spread",
     "24 months or less from your first diagnosis to signs that the cancer had spread", INC),
    # NCT00428194 I6
    ("Fertile patients must use effective contraception during and for ≥ 1 week after completion of study treatment",
     "If you are able to have children, you must use effective birth control during the study treatment and for at "
     "least 1 week after it ends.",
     "If you are able to have children, you must use effective birth control during the study treatment and for at "
     "least 1 week before it ends.", INC),
    # NCT00703638 I8.1
    ("Adequate bone marrow reserve: absolute neutrophil count (ANC) ≥ 1.5 x 10^9/L; platelets ≥100 x 10^9/L; "
     "hemoglobin ≥ 9 g/dL",
     "Bone marrow: your absolute neutrophil count (ANC) is at least 1.5 x 10^9/L, your platelets are at least "
     "100 x 10^9/L, and your hemoglobin is at least 9 g/dL.",
     "Bone marrow: your absolute neutrophil count (ANC) is at least 1.5 x 10^9/L, your platelets are at least "
     "100 x 10^9/L, and your hemoglobin is at least 8 g/dL.", INC),
    # NCT00703638 I8.2: the list said again in the bracket is said once
    ("Hepatic: bilirubin ≤1.5 times the upper limit of normal (× ULN); alkaline phosphatase (ALP), aspartate "
     "transaminase (AST) and alanine transaminase (ALT) ≤ 3.0 × ULN (ALP, AST, and ALT ≤ 5× ULN is acceptable if "
     "liver has tumor involvement)",
     "Liver: your bilirubin is no more than 1.5 times the upper limit of normal (ULN). Your alkaline phosphatase "
     "(ALP), aspartate transaminase (AST) and alanine transaminase (ALT) are 3.0 × ULN or less (up to 5× ULN is "
     "acceptable if there is tumor in your liver).",
     "Liver: your bilirubin is no more than 1.5 times the upper limit of normal (ULN). Your alkaline phosphatase "
     "(ALP) and alanine transaminase (ALT) are 3.0 × ULN or less (up to 5× ULN is acceptable if there is tumor in "
     "your liver).", INC),
    # NCT00537485 E8: "abnormal" ending its phrase as a noun does
    ("Subject has serious ECG abnormal at screening i.e.;",
     "Your ECG (heart tracing) at screening shows a serious problem, that is:",
     "Your ECG (heart tracing) at screening is normal, that is:", EXC),
    # NCT01195467 E3
    ("has a currently active AIDS defining illness (Category C conditions according to the CDC Classification System "
     "for HIV Infection 1993)",
     "You currently have an active AIDS-defining illness (a Category C condition in the 1993 CDC Classification "
     "System for HIV Infection).",
     "You currently have an active AIDS-defining illness (a Category C condition in the 1994 CDC Classification "
     "System for HIV Infection).", EXC),
])
def test_a_faithful_heldout_wording_passes_and_a_changed_fact_is_caught(
        source: str, faithful: str, wrong: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind)


@pytest.mark.parametrize(("text", "label"), [("8 of 68 tender joints", "8/68"), ("2 out of 3 features", "2/3"),
                                             ("at least 8/68 tender joints", "8/68")])
def test_a_fraction_in_words_is_the_fraction(text: str, label: str) -> None:
    assert [f.label for f in extract_facts(text)] == [label]


@pytest.mark.parametrize("text", ["on 4 of 7 days during run-in week", "one of 2 drugs"])
def test_a_count_of_days_or_a_word_number_is_no_fraction(text: str) -> None:
    assert all(f.unit != "fraction" for f in extract_facts(text))


def test_a_window_after_it_ends_takes_the_end_of_the_stretch_before_it() -> None:
    facts = extract_facts("during the study and for 3 months after it ends")
    assert [(f.relation, f.anchor) for f in facts] == [("during", "study"), ("after", "end of study")]
    # with no stretch named before it, "it" names nothing the checks can compare
    assert [f.anchor for f in extract_facts("for 3 months after it ends")] == [None]


def test_a_window_following_its_event_turned_before_it_is_caught() -> None:
    """NCT04453748 (a gated paraphrase whose planted shift the checks let through): "following the 7-day period of
    quarantine" is after it (translator.temporal)."""
    source = "Two negative results of SARS-COV-2 PCR test following the 7-day period of quarantine"
    assert checks(source, "You had two negative SARS-CoV-2 PCR test results after the 7-day quarantine period.",
                  INC) == []
    assert checks(source, "You had two negative SARS-CoV-2 PCR test results before the 7-day quarantine period.",
                  INC) == ["fact_changed"]

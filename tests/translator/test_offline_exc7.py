"""Exclusion openings the exc7 audit found left in the third person or as fragments, said to the reader, each with a
near case that must keep its words. `said` also checks that the fidelity check finds no error in each bullet.

- signs now paired with a past (translator.offline_evidence_openings): "Clinical evidence of X", "Evidence or history
  of X", "History or symptoms of X", "History or known presence of X", "History or current use of X";
- the states "Pregnant or breastfeeding" with no group after them (translator.offline_pregnant_alone);
- a group narrowed by child-bearing "without X" or "not protected by X" (translator.offline_narrowed).
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Evidence or history of bleeding diathesis or coagulopathy.",
     "You have signs of, or have had, bleeding diathesis or coagulopathy."),
    ("Evidence or history of Clostridium Difficile infection within 60 days prior to enrollment.",
     "You have signs of, or have had, Clostridium Difficile infection in the 60 days before joining the study."),
    ("Clinical evidence of digoxin toxicity", "You have clinical signs of digoxin toxicity."),
    ("Clinical signs of decompensated liver disease at screening",
     "You have clinical signs of decompensated liver disease at screening."),
    ("History or symptoms of HIV encephalopathy", "You have had or have symptoms of HIV encephalopathy."),
    ("History or known presence of central nervous system (CNS) metastases",
     "You have had or are known to have central nervous system (CNS) metastases."),
    ("History or current use of dietary supplements outside protocol-specified parameters",
     "You have used or are now using dietary supplements outside protocol-specified parameters."),
])  # fmt: skip
def test_signs_now_or_a_past_are_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a verb of the clause's own: "You have clinical signs of X is required" would dangle
    "Clinical evidence of metastatic disease is required",
    # a second predicate joined to the first: "You have … or needing …"
    "Clinical signs of malabsorption or needing parenteral nutrition",
    # another group in the sentence: the reader is not all of it
    "Clinical evidence of active urinary tract obstruction and subjects at risk for urinary obstruction",
    # a list-lead: its items say what is found
    "Clinical evidence of any of the following:",
])  # fmt: skip
def test_signs_with_a_clause_or_a_group_of_their_own_keep_their_words(text: str) -> None:
    assert not said(text, EXC).startswith("You ")


@pytest.mark.parametrize(("text", "plain"), [
    ("Pregnant or lactating (females only)", "You are pregnant or breastfeeding (females only)."),
    ("Pregnant or breastfeeding, or expecting to conceive or father children within the projected duration of the "
     "study.",
     "You are pregnant or breastfeeding, or expecting to conceive or father children within the projected length "
     "of the study."),
    ("Pregnant or breast-feeding or planning pregnancy during the trial.",
     "You are pregnant or breastfeeding or planning pregnancy during the trial."),
    # the later verb agrees with "you"
    ("Pregnant or lactating at screening or has a positive pregnancy test",
     "You are pregnant or breastfeeding at screening or have a positive pregnancy test."),
])  # fmt: skip
def test_pregnant_states_alone_are_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # someone else later in the sentence: "You are pregnant …, or those women who …" would mix subjects
    ("Pregnant or breastfeeding, or those women who plan to get pregnant", EXC),
    ("Pregnant or breastfeeding or male partners of pregnant women", EXC),
    # a verb of the states' own
    ("Pregnant or breastfeeding is an exclusion", EXC),
    # an inclusion may ask for the state: not "You are pregnant …" said of everyone
    ("Pregnant or lactating (females only)", INC),
])  # fmt: skip
def test_pregnant_states_with_others_or_a_verb_keep_their_words(text: str, kind: SectionKind) -> None:
    assert not said(text, kind).startswith("You are pregnant")


@pytest.mark.parametrize(("text", "plain"), [
    ("Females of childbearing potential without reliable contraception",
     "You are a female who can get pregnant and are without reliable birth control."),
    ("Women of childbearing potential not protected by highly effective contraceptive method of birth control.",
     "You are a woman who can get pregnant and are not protected by highly effective contraceptive method of "
     "birth control."),
])  # fmt: skip
def test_narrowed_group_without_birth_control_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # another group after the description: who is who stays as written
    ("Women of childbearing potential without adequate contraception, pregnant or breastfeeding women.", EXC),
    # in an inclusion being one would become a requirement
    ("Females of childbearing potential without reliable contraception", INC),
])  # fmt: skip
def test_narrowed_group_beside_others_or_included_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert not said(text, kind).startswith("You are a")


@pytest.mark.parametrize(("text", "plain"), [
    ("Signs of renal insufficiency", "You have signs of reduced kidney function."),
    ("Signs or symptoms of infection within 2 weeks prior to Cycle 1, Day 1",
     "You have signs or symptoms of infection in the 2 weeks before Cycle 1, Day 1."),
    ("Signs and symptoms of another current infection requiring antibiotic treatment",
     "You have signs and symptoms of another current infection needing antibiotic treatment."),
])  # fmt: skip
def test_signs_are_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # someone else in the sentence
    "Signs and symptoms suggestive of transmissible spongiform encephalopathy, or family members who suffer from such.",
    # no "of": what the signs are consistent with heads a list
    "Signs consistent with a secondary cause of RLS:",
])  # fmt: skip
def test_signs_beside_others_keep_their_words(text: str) -> None:
    assert not said(text, EXC).startswith("You ")


@pytest.mark.parametrize(("text", "plain"), [
    ("Anticipated need for liver transplantation in one year",
     "You are expected to need liver transplant in one year."),
    ("Expected to require any other form of systemic or localized antineoplastic therapy while on study",
     "You are expected to need any other form of systemic or localized antineoplastic treatment while on study."),
    ("Anticipated use of antacids during the trial.", "You are expected to use antacids during the trial."),
])  # fmt: skip
def test_what_is_expected_of_the_reader_is_said_to_them(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # expected of the disease or of someone named, not of the reader
    "Anticipated patient survival under 3 months",
    "Expected lifespan less than 18 months by investigator assessment",
    # a verb of the clause's own
    "Anticipated need for surgery must be documented",
])  # fmt: skip
def test_what_is_expected_of_others_keeps_its_words(text: str) -> None:
    assert not said(text, EXC).startswith("You are expected")


@pytest.mark.parametrize(("text", "plain"), [
    # "excluded" before a drug names which drugs, it judges no one ("Patients with X are excluded" does)
    ("Has taken any excluded medications, supplements or food products.",
     "You have taken any excluded medicines, supplements or food products."),
    ("Requires an excluded medication during the study.", "You need an excluded medicine during the study."),
])  # fmt: skip
def test_excluded_drugs_do_not_judge_the_subject(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_a_judged_subject_is_still_judged() -> None:
    # "are excluded" after the subject is still a judgement: said as a condition, not "You have X are excluded"
    assert said("Patients with any excluded condition are excluded from the study because of risk", EXC) == (
        "If you have any excluded condition, you are excluded from the study because of risk."
    )


@pytest.mark.parametrize(("text", "plain"), [
    ("HIV-positive patients on combination antiretroviral therapy are ineligible because of the potential for "
     "pharmacokinetic interactions with veliparib.",
     "If you are HIV-positive and on combination antiretroviral treatment, you are ineligible because of the "
     "potential for pharmacokinetic interactions with veliparib."),
    ("HIV-positive subjects.", "You are HIV-positive."),
    ("HIV-positive individuals on combination antiretroviral therapy.",
     "You are HIV-positive and on combination antiretroviral treatment."),
])  # fmt: skip
def test_a_group_named_by_a_positive_test_is_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # the reason names the group again: "you … these patients" would mix who is who
    "HIV-positive patients are ineligible because these patients are at increased risk of lethal infections.",
    # a later sentence about the group
    "HIV-positive patients on combination antiretroviral therapy are ineligible. In addition, these patients are at "
    "increased risk of lethal infections.",
    # a second group
    "HIV-positive patients or patients on any antiretroviral therapy are ineligible",
    # what the group may do: no exclusion of the reader
    "HIV positive patients may enroll if they meet all of the below criteria:",
])  # fmt: skip
def test_a_positive_group_beside_others_keeps_its_words(text: str) -> None:
    assert not said(text, EXC).lower().startswith(("you are hiv", "if you are hiv"))


def test_current_use_before_a_second_noun_keeps_its_words() -> None:
    # "You are now using or likely need for X" has no verb for "need": the noun phrase stays as written
    assert said("Current use of or likely need for any excluded medication.", EXC) == (
        "Current use of or likely need for any excluded medicine."
    )
    # a second verb is the reader's too
    assert said("Current use of or have used cannabis within 30 days of study entry", EXC) == (
        "You are now using or have used cannabis within 30 days of study entry."
    )

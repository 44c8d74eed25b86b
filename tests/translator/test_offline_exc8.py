"""Exclusion wordings the exc8 audit found left as lists of people or nouns, said to the reader, each with a near
case that must keep its words. `said` also checks that the fidelity check finds no error in each bullet.

- pregnant or breastfeeding women listed beside a second group of people (translator.offline_pregnancy_groups);
- pregnancy and then a plan to become pregnant (translator.offline_pregnancy_plans);
- "Inability or unwillingness to X" (translator.offline_openings).
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_pregnancy_groups import pregnancy_group_edits

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Pregnant or lactating women, women planning to become pregnant",
     "You are pregnant or breastfeeding, or you are a woman planning to get pregnant."),
    ("Pregnant or breastfeeding women or women of childbearing potential not using adequate contraception",
     "You are pregnant or breastfeeding. Or you are a woman who can get pregnant and are not using good enough "
     "birth control."),
    ("Pregnancy or lactation, women of childbearing potential with no effective contraceptive method.",
     "You are pregnant or breastfeeding. Or you are a woman who can get pregnant and have no effective birth "
     "control method."),
    # "and" between groups: each group is excluded, and a reader is in one or the other
    ("Pregnant women and women of childbearing potential",
     "You are pregnant, or you are a woman who can get pregnant."),
    # the states after a comma, with their people, are a group of their own
    ("Positive or missing pregnancy test at screening or day -1, pregnant or breastfeeding women",
     "You have a positive or missing pregnancy test at screening or day -1. Or you are pregnant or breastfeeding."),
])
def test_pregnant_women_beside_a_second_group_each_said_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


def test_one_condition_on_two_groups_is_said_of_both() -> None:
    # "not using" may be meant of the women too: it is said of both groups at once (offline_paired_groups), so the
    # pregnancy-group rule's one-group-at-a-time reading is not made
    assert said("Women of childbearing potential and men not using adequate contraception") == (
        "You are a woman who can get pregnant or a man, and are not using good enough birth control."
    )


@pytest.mark.parametrize("text", [
    # a group the rules do not say: the partner is the pregnant one, not the reader
    "Pregnant or breastfeeding women and male partners of pregnant women",
    # a negation before the list: read over the groups after it
    "Women of childbearing potential without adequate contraception, pregnant or lactating women.",
    # one list of the reader's states, not two groups
    "Pregnancy, breastfeeding, unwilling to use effective contraception (if female of childbearing potential).",
])
def test_groups_that_may_share_a_condition_keep_their_words(text: str) -> None:
    assert not said(text).startswith("You ")


def test_groups_in_an_inclusion_are_not_joined() -> None:
    def edits_for(group: str) -> list[Edit]:
        return [Edit(0, len(group), "You are x", "person")]

    text = "Pregnant or breastfeeding women, women who plan to become pregnant"
    assert pregnancy_group_edits(text, INC, edits_for) == []
    assert pregnancy_group_edits(text, EXC, edits_for)


@pytest.mark.parametrize(("text", "plain"), [
    ("Pregnancy or intention to become pregnant", "You are pregnant or plan to get pregnant."),
    ("Pregnancy or breastfeeding, or intent to become pregnant during the study",
     "You are pregnant or breastfeeding, or plan to get pregnant during the study."),
    ("Pregnancy or intention of becoming pregnant during study treatment, within 35 days after the final dose of "
     "entrectinib", "You are pregnant or plan to get pregnant during study treatment, within 35 days after the "
     "final dose of entrectinib."),
    ("Pregnancy or a desire to become pregnant.", "You are pregnant or want to get pregnant."),
    ("Pregnancy, lactation, or intention of becoming pregnant during the study",
     "You are pregnant, breastfeeding, or plan to get pregnant during the study."),
    # a gerund reads after "You are" as written
    ("Pregnancy or breastfeeding, or intending to become pregnant during the study",
     "You are pregnant or breastfeeding, or planning to get pregnant during the study."),
])
def test_pregnancy_and_a_plan_said_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize("text", [
    # a further noun after the plan would be left after "You are"
    "Pregnancy or plans to become pregnant or inadequate contraception",
    "Pregnancy or plans to become pregnant or unwillingness to use contraception",
])
def test_pregnancy_plan_with_a_further_noun_keeps_its_words(text: str) -> None:
    assert said(text).startswith("Pregnancy or plans")


def test_pregnancy_plan_not_in_an_inclusion() -> None:
    assert not said("Pregnancy or intention to become pregnant", INC).startswith("You are pregnant or intend")


@pytest.mark.parametrize(("text", "plain"), [
    ("Inability or unwillingness to swallow pills", "You are not able or not willing to swallow pills."),
    ("Inability or unwilling to give informed consent", "You are not able or not willing to give informed consent."),
])
def test_inability_or_unwillingness_said_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


def test_inability_or_unwillingness_of_someone_keeps_its_words() -> None:
    # "of subject": whose inability is named, and "You are unable … of subject" would not say it
    assert said("Inability or unwillingness of subject to give written informed consent").startswith("Inability")


@pytest.mark.parametrize(("text", "plain"), [
    ("Women who are pregnant or breastfeeding because of teratogenic potential.",
     "You are pregnant or breastfeeding. This is because of teratogenic potential."),
    ("Patients with HIV or AIDS as the use of protease inhibitors can result in serious colchicine toxicity.",
     "You have HIV or AIDS. This is because the use of protease inhibitors can result in serious colchicine "
     "toxicity."),
    ("Patients with sarcomatoid mesothelioma as mesothelin is not expressed in this type of mesothelioma.",
     "You have sarcomatoid mesothelioma. This is because mesothelin is not expressed in this type of mesothelioma."),
])
def test_a_reason_after_the_condition_is_a_sentence_of_its_own(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize("text", [
    # the reason names people: whom "these patients" means beside "you" is unsure
    "Patients who have had chronic opioid use (chronic pain syndrome) as these patients will be less likely to have "
    "PONV",
    # "as" after a participle names what a thing is taken for, and the sentence's own verb comes after it
    "Abnormal kidney function, as determined by creatinine clearance and considered as medically important by the "
    "investigator will be excluded.",
    # a doing with a cause of its own: the cause is part of the condition
    "Patients who discontinued prior sorafenib because of toxicity",
    # a pronoun after "because" may be the condition's own drug
    "Patients who stopped imatinib because it was not tolerated",
    # "since" may be a time
    "Female patients who are pregnant since fetal toxicities have been noted for several of the study drugs.",
])
def test_no_reason_or_a_reason_about_others_keeps_its_words(text: str) -> None:
    assert "This is because" not in said(text)


def test_pregnant_women_named_with_who_are_beside_a_second_group() -> None:
    assert said("Women who are pregnant or nursing and women of childbearing potential who are unwilling to use "
                "adequate contraception") == (
        "You are pregnant or breastfeeding. Or you are a woman who can get pregnant and are not willing to use good "
        "enough birth control."
    )


def test_a_reason_in_an_inclusion_is_not_split() -> None:
    assert "This is because" not in said("Patients with HIV as the use of protease inhibitors is allowed", INC)


def test_an_aside_before_the_join_stays_with_its_group() -> None:
    # the aside is blanked while the groups are found: the join must not take it with it
    text = ("Have a positive urine or serum pregnancy test prior to vaccination (if female of childbearing potential) "
            "or women who are breastfeeding.")
    assert "(if you are female and can get pregnant)" in said(text)


def test_an_aside_before_a_reason_stays() -> None:
    text = "Patients with HIV or AIDS (any stage) as the use of protease inhibitors can result in serious toxicity."
    assert "(any stage)" in said(text)


def test_an_aside_that_is_a_synonym_does_not_stop_the_groups() -> None:
    assert said("Pregnant or nursing (lactating) women or women of child-bearing potential who are planning to become "
                "pregnant").startswith("You are pregnant or breastfeeding. Or you are a woman who can get pregnant")

"""Exclusion wordings the audit_exc3 audit found wrong, said right: two listed words the plain wording makes one
said once ("breast feeding, lactating" → "breastfeeding", translator.offline_repeats), and a group of people listed
after the reader's first thing kept in the source's words ("You have eating disorder or heavy drinkers" would give
the reader a group of people; translator.offline_listed_groups). With the cases that must keep their words. `said`
also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_listed_groups import listed_group
from translator.offline_repeats import drop_made_repeats

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT02830542", "Females who are pregnant, breastfeeding, lactating, or planning to become pregnant during the "
     "study.", EXC, "You are pregnant, breastfeeding, or planning to get pregnant during the study."),
    ("NCT03992482", "Pregnant or nursing/lactating", EXC, "You are pregnant or breastfeeding."),
    # a pair the source says itself, and "or"/"and" between one word: as written
    ("NCT04780620", "Getting along with your mother/mother figure", INC,
     "Getting along with your mother/mother figure"),
    ("NCT00293371", "No grapefruit or grapefruit juice during study treatment.", INC,
     "You have no grapefruit or grapefruit juice during study treatment."),
])
def test_two_listed_words_made_one_are_said_once(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02120911", "Previous chemotherapy, radiotherapy, treatment with an anti-HER2 antibody or with small molecule "
     "HER2 inhibitors",
     "You have had chemotherapy, radiation treatment, treatment with an anti-HER2 antibody or with small molecule HER2 "
     "inhibitors."),
])
def test_a_word_that_ends_or_opens_a_longer_item_stays(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


def test_a_listed_pair_the_source_has_stays() -> None:
    assert drop_made_repeats("kava, kava", "kava, kava") == "kava, kava"
    assert drop_made_repeats("stroke/CVA", "stroke/stroke") == "stroke"
    assert drop_made_repeats("have or have had", "have or have had") == "have or have had"


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02422446", "Eating disorder or heavy drinkers", "Eating disorder or heavy drinkers"),
    # "man of childbearing potential" is no man able to become pregnant (the lexicon's "able to have children"); since
    # session 57 no woman either (translator.fidelity_sexes), so the full rewrite passes
    ("NCT00415636", "Is a man of childbearing potential unwilling to use an approved, effective means of birth "
     "control according to the institution's standards", "You are a man able to have children unwilling to use an "
     "approved, effective means of birth control as set by the institution's standards."),
    # (the pregnant women are a group of their own after the comma: offline_pregnancy_groups says each group)
    ("NCT02495831", "Positive or missing pregnancy test at screening or day -1, pregnant or lactating women",
     "You have a positive or missing pregnancy test at screening or day -1. Or you are pregnant or breastfeeding."),
    ("NCT01031108", "History of alcoholism (more than 2 years), moderate drinkers (more than three drinks per day) "
     "or having consumed alcohol within 48 hours before first dose",
     "History of alcoholism (more than 2 years), moderate drinkers (more than three drinks per day) or having "
     "consumed alcohol within 48 hours before the first dose"),
    # a group in a phrase of its own, a pair of groups, or one the list says to the reader: put to the reader
    ("NCT01664624", "Hemoglobin <=120 g/L for men and <=100 g/L for women",
     "Your hemoglobin is 120 g/L or less for men and 100 g/L or less for women."),
    ("NCT00669942", "History of renal trauma, glomerulonephritis or patient with one kidney.",
     "You have had kidney trauma, glomerulonephritis or you have one kidney."),
    ("NCT02422446", "Pregnant or lactating women", "You are pregnant or breastfeeding."),
    ("NCT00220636", "Patients who are pregnant or nursing women.", "You are a pregnant or breastfeeding woman."),
    # a group that ends the opening's own noun phrase: no "You have" before it (translator.offline_people_heads)
    ("NCT05605535", "Known HIV-infected patients unless on effective anti-retroviral therapy with an undetectable "
     "viral load within 6 months prior to randomization, or",
     "Known HIV-infected patients unless on effective anti-retroviral treatment with an undetectable viral load in "
     "the 6 months before randomization, or"),
])
def test_a_listed_group_of_people_keeps_its_words(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


def test_a_group_in_brackets_or_after_a_preposition_is_no_listed_group() -> None:
    have = Edit(0, 0, "You have", "person")
    assert listed_group("Alcohol intake (14 units for men and women)", have) is None
    assert listed_group("Lung cancer in smokers", have) is None
    assert listed_group("IGF-1 above the range for diabetic and non diabetic patients (central lab)", have) is None
    assert listed_group("Drug use, or patients who have had X", have) is None
    assert listed_group("Drug use or heavy smokers.", have) is not None
    assert listed_group("Pregnant or lactating women.", Edit(0, 0, "You are", "person")) is None

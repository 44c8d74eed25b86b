"""Faithful wordings of the older held-out paraphrases that drew a false error, and the planted errors beside them
that must still be caught (session of 2026-12-06, 15:45)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import Comparator, extract_facts

M_PROTEIN = "Urine M Protein greater than or equal to 200 milligram per 24 hour,"
FEV1 = "Pre-bronchodilator FEV1 >=70% of predicted normal"
PSA = ("Progressive disease and/or prostate-specific antigen (PSA) increase of three consecutive rises, at least 1 "
       "week apart AND")
PSA_SAID = ("Your disease has progressed and/or your prostate-specific antigen (PSA) has {} three times in a row, at "
            "least 1 week apart, AND")
MCRPC = "Patients with metastatic castration-resistant prostate cancer (mCRPC)."
NOT_PERMITTED = "The following medications/treatments are not permitted during the trial:"
IRRADIATION = "Irradiation therapy (palliative or therapeutic) unless given in the absence of tumor progression"
IN_SITU = "Patients with in situ carcinoma or high grade dysplasia"
CONSENT = "History of significant neurologic or psychiatric disorder that would impair the ability to obtain consent"
TRIAL = "Subjects participated in another clinical trial within 6 months prior to administration of the study drug"
SMOKERS = "Current smokers or ex-smokers who have given up smoking for < 12 months"


def test_a_bound_after_the_hours_an_amount_is_collected_over_is_the_amounts() -> None:
    # NCT00718640 I2.2: the hours are no fact of their own after "milligram per", as after "mg per"
    (source,) = extract_facts(M_PROTEIN)
    (said,) = extract_facts("The M-protein in your urine is 200 milligrams per 24 hours or more.")
    assert (source.comparator, source.low, source.unit) == (Comparator.GE, 200.0, "mg")
    assert (said.comparator, said.low, said.unit) == (Comparator.GE, 200.0, "mg")
    assert checks(M_PROTEIN, "The M-protein in your urine is 200 milligrams per 24 hours or more.", INC) == []
    assert checks(M_PROTEIN, "The M-protein in your urine is 200 milligrams per 24 hours or less.", INC) != []
    # (the offline wording, and a source that names the unit's letters: the hours are read on neither side)
    assert checks(M_PROTEIN, "Your Urine M Protein is 200 mg or more per 24 hour.", INC) == []
    source = "urine M-protein level >= 200 milligram (mg) per 24 hours; or"
    assert checks(source, "Your urine M-protein level is 200 mg or more per 24 hours; or", INC) == []


@pytest.mark.parametrize(("bullet", "faithful"), [
    ("Before using a bronchodilator, your FEV1 (forced expiratory volume in 1 second) is 70% or more of the "
     "predicted normal value.", True),
    ("Before using a bronchodilator, your FEV1 (how much air you can blow out in 1 second) is 70% or more of the "
     "predicted normal value.", True),
    ("Before using a bronchodilator, your forced expiratory volume in one second (FEV1) is 70% or more of the "
     "predicted normal value.", True),
    ("Before using a bronchodilator, your FEV1 (how much air you can blow out in 2 seconds) is 70% or more of the "
     "predicted normal value.", False),
    ("Before using a bronchodilator, your FEV1 is 70% or more of the predicted normal value in 1 second.", False),
])
def test_a_number_the_lexicon_expansion_of_a_source_abbreviation_says_is_no_new_fact(bullet: str,
                                                                                       faithful: bool) -> None:
    # NCT03135899 I1.1
    assert (checks(FEV1, bullet, INC) == []) is faithful


def test_a_count_beside_an_abbreviation_whose_expansion_has_the_number_is_still_checked() -> None:
    # NCT02906709 I1: "type 2 diabetes" has a 2, "at most 2 doses" is no gloss of it
    assert checks("Have T2DM", "You have T2DM (type 2 diabetes).", INC) == []
    assert checks("Have T2DM", "You have T2DM (at most 2 doses).", INC) == ["fact_invented"]


def test_a_count_of_rises_in_a_row_is_that_many_times() -> None:
    # NCT02363855 I3.2
    assert checks(PSA, PSA_SAID.format("gone up"), INC) == []
    assert checks(PSA, PSA_SAID.format("increased"), INC) == []
    assert checks(PSA, PSA_SAID.format("gone up").replace("three", "2"), INC) != []
    assert checks(PSA, PSA_SAID.format("gone down"), INC) != []
    assert checks(PSA, PSA_SAID.format("gone up").replace(" in a row", ""), INC) != []  # not in a row
    assert checks("Two consecutive PSA rises", "Your PSA went up two times in a row", INC) == []
    assert checks("Two consecutive PSA rises", "Your PSA went up three times in a row", INC) != []


@pytest.mark.parametrize(("bullet", "faithful"), [
    ("You have prostate cancer that has spread and no longer responds to hormone-lowering treatment (metastatic "
     "castration-resistant prostate cancer, mCRPC).", True),
    ("You have metastatic castration-resistant prostate cancer (mCRPC), which has spread and no longer responds to "
     "hormone-lowering treatment.", True),
    ("You have metastatic castration-resistant prostate cancer (mCRPC), which has not spread and no longer responds "
     "to hormone-lowering treatment.", False),
    # (the planted "no" dropped: the bracket names words that now say the opposite)
    ("You have prostate cancer that has spread and a longer responds to hormone-lowering treatment (metastatic "
     "castration-resistant prostate cancer, mCRPC).", False),
    ("You have prostate cancer that has spread and no longer responds to hormone-lowering treatment (metastatic "
     "castration-resistant prostate cancer, mCRPC), and you do not have brain metastases.", False),
])
def test_resistant_explained_as_no_longer_responding(bullet: str, faithful: bool) -> None:
    # NCT02363855 I3
    assert (checks(MCRPC, bullet, INC) == []) is faithful


def test_not_permitted_during_the_trial_said_as_cannot_have() -> None:
    # NCT00459836 I24
    assert checks(NOT_PERMITTED, "You cannot have the following medicines or treatments during the trial:", INC) == []
    assert checks(NOT_PERMITTED, "You can have the following medicines or treatments during the trial:", INC) != []
    assert checks("Prohibited medications", "Medicines you may take", INC) != []


def test_a_negated_bracket_that_restates_the_negation_before_it() -> None:
    # NCT00459836 I24.3
    said = "Radiation therapy (palliative or therapeutic), unless it is given when the tumor has not grown"
    assert checks(IRRADIATION, f"{said} (no tumor progression)", INC) == []
    assert checks(IRRADIATION, f"{said} (no tumor progression) and you do not smoke", INC) != []
    assert checks(IRRADIATION, f"{said.replace('not grown', 'grown')} (no tumor progression)", INC) == [
        "negation_dropped"]
    # (a negated bracket that carves out, not one that names the words before it)
    source = ("Pathologically (histologically or cytologically) proven diagnosis of head and neck squamous cell "
              "carcinoma (HNSCC) involving the oral cavity (excluding lips), oropharynx (p16 negative), hypopharynx "
              "or larynx")
    bullet = ("Tissue or cell tests have proven that you have head and neck squamous cell carcinoma (HNSCC) in the "
              "oral cavity (not the lips), the oropharynx (p16 negative), the hypopharynx or the larynx.")
    assert checks(source, bullet, INC) == []


@pytest.mark.parametrize(("bullet", "faithful"), [
    ("You have carcinoma in situ (early cancer that has not spread) or high-grade dysplasia (abnormal cells).", True),
    ("You do not have carcinoma in situ (early cancer that has not spread) or high-grade dysplasia (abnormal cells).",
     False),
    # (the lexicon's words with its "not" left out: no definition, and the negation is lost)
    ("You have carcinoma in situ (early cancer that has spread) or high-grade dysplasia (abnormal cells).", False),
    ("You have carcinoma in situ (cancer that has not spread) or high-grade dysplasia (abnormal cells).", True),
    # (words the lexicon does not say are no lexicon gloss)
    ("You have carcinoma in situ (early cancer that has not spread) or high-grade dysplasia (cells that are not "
     "normal).", False),
])
def test_a_bracket_in_the_lexicons_own_words_is_a_definition(bullet: str, faithful: bool) -> None:
    # NCT03222895 E2
    assert (checks(IN_SITU, bullet, EXC) == []) is faithful


def test_impairing_the_ability_to_said_as_making_it_hard_to() -> None:
    # NCT00516828 I13.1
    said = "A history of a significant neurologic or psychiatric disorder that would {} your consent"
    assert checks(CONSENT, said.format("make it hard to get"), EXC) == []
    assert checks(CONSENT, said.format("affect getting"), EXC) == ["frame_dropped"]


@pytest.mark.parametrize(("bullet", "faithful"), [
    ("You took part in another clinical trial in the 6 months before you were given the study drug.", True),
    ("You took part in another clinical trial in the 6 months before your first dose of the study drug.", True),
    ("You took part in another clinical trial in the 6 months after you were given the study drug.", False),
    ("You took part in another clinical trial in the 6 months before you signed the consent form.", False),
    ("You took part in another clinical trial in the 3 months before you were given the study drug.", False),
])
def test_before_the_administration_of_the_study_drug_is_before_its_first_dose(bullet: str, faithful: bool) -> None:
    # NCT04780386 E3
    assert (checks(TRIAL, bullet, EXC) == []) is faithful


@pytest.mark.parametrize(("bullet", "faithful"), [
    ("You smoke now, or you quit smoking less than 12 months ago.", True),
    ("You smoke now, or you have stopped smoking for less than 12 months.", True),
    ("You smoke now, or you quit smoking more than 12 months ago.", False),
    ("You smoke now, or you quit smoking less than 6 months ago.", False),
])
def test_stopped_for_less_than_a_year_is_stopped_less_than_a_year_ago(bullet: str, faithful: bool) -> None:
    # NCT03135899 E13
    assert (checks(SMOKERS, bullet, EXC) == []) is faithful


def test_a_short_gloss_after_the_cued_words_is_counted_once() -> None:
    # NCT01966107 I1: "(an outpatient)" names the words before it; the plain word is not explained twice
    source = "Male or female outpatients ≥ 40 years of age"
    bullet = "You are a man or a woman, not staying in hospital (an outpatient), and you are 40 years of age or older."
    assert checks(source, bullet, SectionKind.INCLUSION) == []
    assert checks(source, bullet.replace("not staying", "staying"), SectionKind.INCLUSION) == ["negation_dropped"]

"""checks-20: list items left out of a bullet that the checks before missed (the planted `clause_dropped` cases of the
mutation suite), and faithful rewordings of the same criteria that stay silent.

- a term's plain wording cut at its own joiner, the first half said alone ("heart and blood vessel" said as
  "heart", "Diagnostic and Statistical Manual of Mental Disorders" as "Diagnostic") (translator.fidelity_split_terms);
- one side of a slash pair said nowhere while the other is ("overweight/obese" said as "overweight")
  (translator.fidelity_split_terms);
- a neighbour before a list item told apart by one more word that the bullet says otherwise: the sentence's start
  stands for it ("Administration of an investigational drug or implantation of …" said as "You have had an
  experimental drug, or …") (translator.fidelity_items).
"""

from __future__ import annotations

import pytest

from tests.translator.item_losses import assert_loss_found, assert_offline_passes
from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

PATHOLOGIES = ("clinically relevant pathologies (eg: pulmonary illness, cardiovascular illness; evolutive cancer, "
               "neurological illness, blood illness….)")  # NCT00500500 E3
DSM = ("DSM-IV diagnosis of Alcohol or Substance Dependence within the last six months (except nicotine) or DSM-5 "
       "diagnosis of Substance Use Disorder in the last six months (except nicotine)")  # NCT02968602 E2
MELANOMA = "Histologically or cytologically confirmed metastatic melanoma"  # NCT01065467 I1
REMS = ("All study participants must be registered into the mandatory Revlimid Risk Evaluation and Mitigation "
        "Strategy (REMS) program, and be willing and able to comply with the requirements of the REMS "
        "program")  # NCT02561273 I15
OBESE = "Overweight/obese males: Body Mass Index (BMI) between 27.0 to 39.0 kg/m2"  # NCT01044108 I3
ANTIBODIES = "positive IgM/IgG against SARS-CoV-2 prior to randomization."  # NCT04780321 E1
HEART = ("No myocardial infarction, severe/unstable angina, coronary/peripheral artery bypass graft or stenting, "
         "cerebrovascular accident or transient ischemic attack within the last year")  # NCT00698815 I17
DEVICE = ("Administration of an investigational drug or implantation of investigational device, or participation in "
          "another trial, within 30 days before screening")  # NCT02350725 E13

CASES = [
    # (source, kind, faithful rewordings, the planted bullet with an item left out)
    (PATHOLOGIES, EXC, ["You have medically important pathologies (eg: lung illness, heart and blood vessel illness; "
                        "evolutive cancer, neurological illness, blood illness….).",
                        "You have a medically important illness, for example of the lungs, heart or blood vessels, "
                        "nerves or blood, or an evolving cancer."],
     "You have medically important pathologies (eg: lung illness, heart; evolutive cancer, neurological illness, blood "
     "illness….)."),
    (DSM, EXC, ["Diagnostic and Statistical Manual of Mental Disorders (DSM-IV) diagnosis of Alcohol or Substance "
                "Dependence within the last six months (except nicotine) or DSM-5 diagnosis of Substance Use Disorder "
                "in the last six months (except nicotine)",
                "You have had a DSM-IV diagnosis of alcohol or substance dependence within the last six months "
                "(except nicotine), or a DSM-5 diagnosis of substance use disorder in the last six months (except "
                "nicotine)."],
     "Diagnostic or Substance Dependence within the last six months (except nicotine) or DSM-5 diagnosis of Substance "
     "Use Disorder in the last six months (except nicotine)"),
    (MELANOMA, INC, ["You have metastatic melanoma confirmed by looking at tissue or cells under a microscope.",
                     "You have metastatic melanoma, confirmed histologically or cytologically."],
     "You have metastatic melanoma confirmed by looking at tissue."),
    (REMS, INC, ["You must be registered into the mandatory Revlimid Risk Evaluation and Mitigation Strategy (REMS) "
                 "program, and be willing and able to follow the requirements of the REMS program.",
                 "You must be registered in the mandatory Revlimid REMS program (Risk Evaluation and Mitigation "
                 "Strategy), and be willing and able to follow the requirements of the REMS program."],
     "You must be registered into the mandatory Revlimid Risk Evaluation, and be willing and able to follow the "
     "requirements of the REMS program."),
    (OBESE, INC, ["You are a man who is overweight or obese, with a Body Mass Index (BMI) from 27.0 to 39.0 kg/m2.",
                  "You are an overweight/obese man with a body mass index (BMI) between 27.0 and 39.0 kg/m2."],
     "You are a man who is overweight, with a Body Mass Index (BMI) from 27.0 to 39.0 kg/m2."),
    (ANTIBODIES, EXC, ["Before randomization, you tested positive for IgM or IgG antibodies against SARS-CoV-2.",
                       "You had a positive IgM/IgG test for SARS-CoV-2 before randomization."],
     "Before randomization, you tested positive for IgM."),
    (HEART, INC, ["In the last year you have not had a heart attack, severe or unstable angina, a bypass graft or "
                  "stent in a coronary or peripheral artery, a stroke (cerebrovascular accident), or a mini-stroke "
                  "(transient ischemic attack)."],
     "In the last year you have not had a heart attack, severe or unstable angina, a bypass graft or stent in a "
     "coronary, a stroke (cerebrovascular accident), or a mini-stroke (transient ischemic attack)."),
    (DEVICE, EXC, ["You have had an experimental drug or implantation of experimental device, or taken part in another "
                   "trial, within 30 days before screening.",
                   "In the 30 days before screening you have had an experimental drug, an experimental device "
                   "implanted, or taken part in another trial."],
     "You have had an experimental drug, or taken part in another trial, within 30 days before screening."),
]


@pytest.mark.parametrize(("source", "kind", "faithful", "lost"), CASES)
def test_the_item_left_out_is_found_and_faithful_rewordings_pass(source: str, kind: SectionKind,
                                                                  faithful: list[str], lost: str) -> None:
    assert_loss_found(source, kind, faithful, lost)


@pytest.mark.parametrize(("source", "kind"), [(s, k) for s, k, *_ in CASES if s not in (HEART, OBESE, ANTIBODIES)])
def test_the_offline_bullet_passes(source: str, kind: SectionKind) -> None:
    assert_offline_passes(source, kind)


@pytest.mark.parametrize(("source", "bullet"), [
    # a wording's first half that says another term of the source, or where the source lists the term on its own
    ("Clinically significant cardiac or cardiovascular disease",
     "You have medically important heart or cardiovascular disease."),
    ("Cardiovascular, pulmonary or renal disease", "You have heart, lung or kidney disease."),
    # the term itself said as often as the source says it
    ("DSM-5 diagnosis of Substance Use Disorder", "You have a DSM-5 diagnosis of substance use disorder."),
    # a slash pair said as a pair, whatever stands in its slots; one thing said twice, said once
    ("History of any cardiovascular/cardiac disease", "You have had any heart and blood vessel/heart disease."),
    ("History of reactions/hypersensitivity to anticholinergic agents",
     "You have had reactions/allergy to anticholinergic agents."),
    ("Pulmonary hemorrhage/bleeding event within 4 weeks of first dose of study drug.",
     "You had bleeding in the lungs within 4 weeks of the first dose of study drug."),
    # a unit's "per" is the fact checks'
    ("Body weight of at least 50 kg and BMI of 18 to 30 kg/m2",
     "You weigh at least 50 kg and your BMI is 18 to 30 kg/m2."),
])
def test_faithful_rewordings_stay_silent(source: str, bullet: str) -> None:
    assert checks(source, bullet) == []

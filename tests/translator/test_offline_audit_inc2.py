"""A second audit of inclusion bullets beside their sources: rewrites the fidelity checks passed that still misread the
criterion. A group of people that ends the opening's noun phrase ("Untreated AML patients") is no condition the
reader has; a bare number before a comparator is part of the lab's name ("(FEV) 1 ≥ 1,000 cc"), not its value; a list
of levels the extractor read in part ("stage 3, 4 or 5CKD") is no range; a one-sex heading over the duties that
follow ("Females participating in the study :") is a condition, not a requirement; a plain word is not said twice
("follow follow-up"), nor the protocol named after its requirements ("the study rules plan"); a past verb stays past
("Provided written informed consent"); a bare number after a score's name is no age ("Lansky score >60"); a floor and
a ceiling joined by "to" are one range ("≥18 to ≤ 80 years" → "18 to 80 years old"). With the cases that must keep
their words or their rewrite. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a group of people where the opening's noun phrase ends: the reader does not have patients
    ("NCT00636922", "Untreated AML patients (defined by WHO 2008 criteria) over the age of 60", INC,
     "Untreated acute myeloid leukemia (AML) patients (defined by WHO 2008 criteria) over the age of 60"),
    ("NCT01700179", "Chronic hepatitis C treatment naive subjects", INC,
     "Chronic hepatitis C treatment naive subjects"),
    ("NCT02956538", "Diagnosis of patients with CD", INC, "Diagnosis of patients with CD"),
    ("NCT02256215", "Newly diagnosed or already diagnosed patients with primary RLS and vitamin D deficiency.", INC,
     "Newly diagnosed or already diagnosed patients with primary restless legs syndrome (RLS) and vitamin D "
     "deficiency."),
    ("NCT00087477", "Known HIV-positive patients", EXC, "Known HIV-positive patients"),
    # (negative) people in a clause of their own, after "or", after "including", one patient, the reader as the group
    ("NCT00093704", "Hodgkin's lymphoma", INC, "You have Hodgkin's lymphoma."),
    ("NCT00081887", "Pregnant or breastfeeding women or patients who are unwilling or unable to practice adequate "
     "contraception.", EXC, "You are pregnant or breastfeeding. Or you are not willing or not able to practice good "
     "enough birth control."),
    ("NCT00703807", "Uncontrolled brain or leptomeningeal metastases, including patients who continue to require "
     "glucocorticoids for brain or leptomeningeal metastases", EXC,
     "You have uncontrolled brain or leptomeningeal metastases, including patients who continue to need "
     "glucocorticoids for brain or leptomeningeal metastases."),
    ("NCT00669942", "History of renal trauma, glomerulonephritis or patient with one kidney.", EXC,
     "You have had kidney trauma, glomerulonephritis or you have one kidney."),
    ("NCT03406260", "Are persons who have received lasmiditan.", EXC, "You are a person who has had lasmiditan."),
    # a bare number before a comparator is the name's ("FEV 1"), not the value: not "Your … (FEV) is 1 1,000 mL"
    ("NCT00356941", "Forced expiratory volume (FEV) 1 ≥ 1,000 cc", INC,
     "Forced expiratory volume (FEV) 1 1,000 mL or more"),
    # (negative) a bare number that is the value
    ("NCT00258258", "ECOG 0-2", INC, "Your ECOG score is 0 to 2."),
    ("NCT00356941", "FEV1 ≥ 1,000 cc", INC, "Your FEV1 is 1,000 mL or more."),
    # a list of levels read in part is no range: not "stage 3 to 4 or 5CKD", nor "codes 317 to 318, 318.1"
    ("NCT02174627", "eGFR <60 mL/min/1.73 m2 corresponding to stage 3, 4 or 5CKD", INC,
     "Your estimated glomerular filtration rate (eGFR) is less than 60 mL/min/1.73 m² corresponding to stage 3, 4 or "
     "5CKD."),
    # (negative) the whole list, and a range written as one
    ("NCT02174627", "Stage 3, 4 or 5 chronic kidney disease", INC, "Stage 3 to 5 chronic kidney disease"),
    ("NCT00768053", "Functional status Class I, II or III", INC, "Your functional status is class 1 to 3."),
    # a one-sex heading over what is asked of that sex: a condition ("If you are female …:"), not a requirement
    ("NCT02176005", "Females participating in the study :", INC, "If you are female and taking part in the study:"),
    # (negative) no heading: left as it was
    ("NCT02176005", "Females participating in the study", INC, "You are female and taking part in the study."),
    # no word said twice: "comply with follow-up" is not "follow follow-up"
    ("NCT04472845", "Able to comply with follow-up", INC, "You can comply with follow-up."),
    ("NCT02074878", "Able to comply with study procedures", INC, "You can follow study procedures."),
    # "the requirements of the study protocol" are the study's rules, not "the study rules plan"
    ("NCT05872269", "Patients able to and willing to provide written informed consent and comply with the "
     "requirements of the study protocol", INC,
     "You are able to and willing to give written informed consent and follow the study rules."),
    ("NCT02448914", "Unwilling to meet the requirements of the protocol.", EXC, "You are not willing to meet the study "
     "rules."),
    # (negative) the protocol alone is the study plan, and so are its other requirements
    ("NCT02074878", "Able to comply with the protocol", INC, "You can follow the study plan."),
    ("NCT00875017", "Must agree to follow any applicable contraceptive requirements of the protocol", INC,
     "You must agree to follow any applicable birth control requirements of the study plan."),
    # a past verb stays past: "Provided written informed consent" was given, not "You provide …"
    ("NCT01243957", "Provided written informed consent approved by Lilly and the institutional review board (IRB) "
     "governing the site.", INC, "You have provided written informed consent approved by Lilly and the institutional "
     "review board (IRB) governing the site."),
    ("NCT02448914", "Agreed to use adequate contraceptive measures:", INC,
     "You have agreed to use good enough birth control measures:"),
    # (negative) the present stays present
    ("NCT02110303", "Provision of informed consent prior to any study specific procedures", INC,
     "You give informed consent before any study specific procedures."),
    ("NCT00290719", "Agrees to use adequate contraception", INC, "You agree to use good enough birth control."),
    # a bare number after a score's name is the score's, though an age is near: not "Lansky score older than 60 years"
    ("NCT01288573", "Adequate performance status (for patients ≥16 years of age, defined as Karnofsky score >60 and "
     "for patients <16 years of age, defined as Lansky score >60)", INC,
     "You have good enough performance status (for patients 16 years or older, defined as Karnofsky score more than "
     "60 and for patients younger than 16 years, defined as Lansky score more than 60)."),
    ("NCT02780804", "Karnofsky ≥ 50% for patients > 16 years of age and Lansky ≥ 50 for patients ≤ 16 years of age.",
     INC, "Your Karnofsky score is 50% or more for patients older than 16 years and Lansky 50 or more for patients "
     "16 years or younger."),
    # (negative) an age named as one
    ("NCT00431990", "Age >18", INC, "You are older than 18 years."),
    # an inclusive floor and ceiling joined by "to" are one range: not "18 years or older to 80 years or younger"
    ("NCT01233622", "Age: ≥18 to ≤ 80 years", INC, "You are 18 to 80 years old."),
    ("NCT01126580", "HbA1c ≥ 6.5% to ≤ 9.5%", INC, "Your hemoglobin A1c (HbA1c) is 6.5 to 9.5%."),
    # a strict ceiling: two bounds, joined by "and", the floor in the ceiling's unit (fact_ranges); a floor with no
    # unit of its own before an inclusive ceiling: one range in the ceiling's unit
    # (the sex label put to the reader since you35's offline_aged_people)
    ("NCT01107899", "Men or women ≥18 to <80 years", INC,
     "You are a man or a woman and 18 years or more and less than 80 years."),
    ("NCT01233622", "Body Mass Index (BMI) ≥22 to ≤45 kg/m2", INC, "Your body mass index (BMI) is 22 to 45 kg/m²."),
    ("NCT00423098", "Age ≥ 18 years; weight ≤ 100 kg", INC, "You are 18 years or older; weight 100 kg or less."),
])  # fmt: skip
def test_audited_inclusions(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain

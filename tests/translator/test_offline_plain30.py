"""The thirtieth round: criteria that name their subject again for each thing they list ("Patients with X, or
patients with Y") put to the reader once the first subject is ("You have X, or you have Y"; two groups joined by
"and" are either one: "or"); with the cases that must
keep their words (a subject with a clause of its own, a narrowed group listed after). `said`
also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00551161",
     "Patients with a history of severe drug allergy or hypersensitivity, or patients with known hypersensitivity to "
     "memantine, amantadine, rimantadine, or lactose.",
     "You have had a severe drug allergy or hypersensitivity. Or you have known hypersensitivity to memantine, "
     "amantadine, rimantadine, or lactose."),
    ("NCT00350207",
     "Patients who have completed a pulmonary rehabilitation program in the six weeks prior to visit 1 or patients "
     "who are currently in a pulmonary rehabilitation program.",
     "You have completed a pulmonary rehabilitation program in the 6 weeks before visit 1. Or you are now in a "
     "pulmonary rehabilitation program."),
    ("NCT00609245",
     "Patients who are suffering from active liver disease indicated by abnormal liver function tests greater than "
     "three times the upper limit of normal (AST and ALT), patients with porphyria, or patients with a family history "
     "of severe hepatic dysfunction",
     "You are suffering from active liver disease shown by abnormal liver function tests more than 3 times the upper "
     "limit of normal (AST and ALT), you have porphyria, or you have a family history of severe liver dysfunction."),
    # two groups joined by "and" are each excluded: "you have X and you have Y" would need both
    ("NCT00407537",
     "Subjects with a history of myocardial infarction and subjects with coronary bypass graft or intra-coronary "
     "interventions.",
     "You have had a heart attack or you have coronary bypass graft or intra-coronary interventions."),
    # the first subject narrowed by a state only some have ("Pregnant or breastfeeding women"), the next one everyone
    ("NCT00081887",
     "Pregnant or breastfeeding women or patients who are unwilling or unable to practice adequate contraception.",
     "You are pregnant or breastfeeding. Or you are not willing or not able to practice good enough birth control."),
])
def test_each_listed_subject_is_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # "patients for whom …", "patients in whom …": a clause with a subject of its own, no "you …" to say
    ("NCT00296517",
     "Patients who have attempted suicide within 17 weeks prior to the start of the pre-treatment phase, or patients "
     "for whom the score of suicide-related item No. 3 of HAM-D is >=3, or patients in whom the risk of suicide is "
     "judged to be high by the investigator (sub-investigator)", EXC),
    # the complement of the first ("an employee") would reword the second's "who are" as its own
    ("NCT03575702",
     "Patients who are employees of the study site or patients who are employees of the Sponsor/Contract Research "
     "Organization (CRO), directly involved in this clinical trial.", EXC),
    # a group not listed by a join ("either patients who are …"): "you" for the second alone would drop the first
    ("NCT00125593",
     "History of chronic kidney disease (CKD): either patients who are pre-dialysis (with a plasma or serum "
     "creatinine ≥150 µmol/L); or patients on dialysis (hemodialysis or peritoneal dialysis)", INC),
    # the next sentence's subject, narrowed by its own opening ("For cirrhotics, …")
    ("NCT02105467",
     "Evidence of decompensated liver disease manifested by the presence of or history of ascites. For cirrhotics, "
     "participants who are Child-Pugh Class B or C or who have a Pugh-Turcotte (CPT) score >6", EXC),
    # (a narrowed group listed after, "…, or adults of reproductive potential not employing …", is said group by group
    # with its narrowing kept: tests/translator/test_s55_narrowed_groups.py)
])
def test_a_listed_subject_that_is_not_the_reader_keeps_its_words(nct_id: str, text: str, kind: SectionKind) -> None:
    plain = said(text, kind)
    assert not plain.startswith("You"), (nct_id, plain)

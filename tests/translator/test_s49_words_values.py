"""Values said once and in plain sentences (session 49, words29): a bound the source says twice, a second bounded
value after "or", a count before what it counts, an "=" after the opening's verb, and "more N times than ULN"."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        # NCT01474161: "< or =" and "or less" are one bound, said once
        ("Stable diabetes with glycosylated hemoglobin (HbA1c) < or =10% or less.", INC,
         "You have stable diabetes with glycosylated hemoglobin (HbA1c) 10% or less."),
        ("Age ≥ 18 years or older", INC, "You are 18 years or older."),
        # NCT01494012, NCT00363311: a second value with a bound of its own after "or" is set apart by a comma
        ("Patients cannot have disease >= 8cm or greater than 3 regions of disease.", INC,
         "You cannot have disease 8 cm or more, or more than 3 regions of disease."),
        ("Body Mass Index (BMI) ≤20 or >45 kg/m2 at Screening", EXC,
         "Your body mass index (BMI) is 20 or less, or more than 45 kg/m² at Screening."),
        # NCT00090051, NCT00045708, NCT03687125: a count before what it counts
        ("≤1 previous line of chemotherapy", INC, "You have had no more than 1 past line of chemotherapy."),
        ("≤2 prior chemotherapy regimens", INC, "You have had no more than 2 past chemotherapy regimens."),
        ("≥1 measurable lesion", INC, "At least 1 measurable lesion"),
        # NCT00424502: before a plural, "1 or more" reads as it stands
        ("inadequate response or intolerance to >=1 anti-TNF therapies, alone or in combination with methotrexate;",
         INC,
         "Inadequate response or intolerance to 1 or more anti-TNF treatments, alone or together with methotrexate"),
        # Chia NCT01770340, corpus NCT02149108: the opening's "is" says the "="
        ("PSA = 20 ng/ml", INC, "Your prostate-specific antigen (PSA) is 20 ng/ml."),
        ("Eastern Cooperative Oncology Group (ECOG) performance status = 1", INC, "Your ECOG performance status is 1."),
        ("HAMA score=17", INC, "Your Hamilton Anxiety Rating Scale (HAMA) score is 17."),
        # NCT00490711: a FIGO stage is the cancer's, no value of the reader's "FIGO"
        ("FIGO stage III-IV", INC, "International Federation of Gynecology and Obstetrics (FIGO) stage 3 to 4"),
        # NCT02597049 and the eGFR family: the unit goes on past its bracket, so the value keeps the source's unit
        ("Estimated glomerular filtration rate (eGFR) <45 milliliters(mL)/minute/1.73m^2", EXC,
         "Your estimated glomerular filtration rate (eGFR) is less than 45 milliliters(mL)/minute/1.73m^2."),
        # NCT00718640: a rate the wording says whole ("per 24 hour" is no second divisor of the unit)
        ("Urine M Protein greater than or equal to 200 milligram per 24 hour,", INC,
         "Your Urine M Protein is 200 mg or more per 24 hour."),
        # a bare first end, "to" and an inclusive ceiling: one range (translator.fact_ranges)
        ("Body mass index (BMI) 18 to ≤ 27 kg/m2, inclusive", INC,
         "Your body mass index (BMI) is 18 to 27 kg/m², inclusive."),
        ("Glucose: 50 mg/dl to less than or equal to 109 mg/dl.", INC, "Your glucose is 50 to 109 mg/dL."),
    ],
)
def test_values_read_as_sentences(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        # two "=" (a record that lost its "≥" and "≤"): dropping one would make the two bounds read differently
        ("Age = 18 years and = 50 years", INC, "You are = 18 years and = 50 years."),
        # Chia NCT03236246: beside another bound the "=" is where a floor was lost; "is 20 … and less than 60" hides it
        ("Estimated glomerular filtration rate =20 mL/min and <60 mL/min", INC,
         "Your estimated glomerular filtration rate is =20 mL/min and less than 60 mL/min."),
        # "2 or more swollen joints" reads well; a measured value before a participle keeps its bound after it
        ("≥ 2 swollen joints", INC, "2 or more swollen joints"),
        ("Wall motion index (WMI) ≤1.2 determined by a blinded central evaluation", INC,
         "Wall motion index (WMI) 1.2 or less determined by a blinded central evaluation"),
    ],
)
def test_values_kept_where_a_change_could_mislead(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet


RENAL = (
    "Patients with significant investigations - abnormal renal function (Creatinine more 1.5 times than upper limit of "
    "normal), abnormal liver function (AST, ALT more 2 times than upper normal), moderate fatty lever needed medication"
)


def test_more_n_times_than_the_upper_limit_is_a_bound_on_it() -> None:
    # NCT01518998: the "than" put late; the fact is > 1.5 x ULN, and the bullet says so in order
    fact = next(f for f in extract_facts(RENAL) if f.low == 1.5)
    assert (fact.comparator.value, fact.unit) == (">", "x ULN")
    assert "(Creatinine more than 1.5 times the upper limit of normal)" in said(RENAL, EXC)
    assert checks(RENAL, RENAL.replace("more 1.5 times than", "more than 1.5 times the"), EXC) == []
    assert "fact_changed" in checks(RENAL, RENAL.replace("more 1.5 times than", "more than 2.5 times the"), EXC)


@pytest.mark.parametrize(
    ("source", "wrong"),
    [
        ("≤1 previous line of chemotherapy", "You have had at least 1 past line of chemotherapy."),
        ("PSA = 20 ng/ml", "Your PSA is 20 ng/ml or more."),
        ("Stable diabetes with HbA1c < or =10% or less.", "You have stable diabetes with HbA1c 10% or more."),
    ],
)
def test_a_changed_bound_is_still_found(source: str, wrong: str) -> None:
    assert "fact_changed" in checks(source, wrong, INC)


def test_a_bare_end_then_an_inclusive_ceiling_is_one_range() -> None:
    fact = next(f for f in extract_facts("Body mass index (BMI) 18 to ≤ 27 kg/m2, inclusive") if f.high == 27)
    assert (fact.comparator.value, fact.low, fact.unit) == ("range", 18, "kg/m2")
    assert checks("BMI 18 to ≤ 27 kg/m2", "Your BMI is 18 to 27 kg/m².", INC) == []
    assert "fact_changed" in checks("BMI 18 to ≤ 27 kg/m2", "Your BMI is 18 to 29 kg/m².", INC)
    # a strict ceiling is no end of a range, and a space alone joins nothing
    assert [f.comparator.value for f in extract_facts("BMI 18 to < 27 kg/m2")] == ["=", "<"]
    assert all(f.comparator is None or f.comparator.value != "range" for f in extract_facts("Day 1 ≤ 28 days"))

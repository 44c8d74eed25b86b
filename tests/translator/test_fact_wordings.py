"""Fact extraction on the wordings faithful rewrites use: the same fact however a criterion or a
plain-English bullet says it, eligibility wording that is not a negation, and stage codes."""

from __future__ import annotations

import pytest

from translator.facts import FactKind, extract_facts
from translator.units import equivalent


def keys(text: str, kind: FactKind | None = None) -> list[str]:
    return [f.key for f in extract_facts(text) if kind is None or f.kind is kind]


# Pairs of a source wording and a faithful plain rewording (most from evals/data/paraphrases.jsonl).
@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("potassium ≥ 3.0 and ≤ 4.8 mmol/L", "potassium from 3.0 to 4.8 mmol/L"),
        ("potassium ≥ 3.0 and ≤ 4.5 mmol/L", "potassium at least 3.0 and no more than 4.5 mmol/L"),
        ("who are at least 18 to 70 years old", "you are at least 18 and no older than 70 years"),
        ("19 ≤ BMI index ≤ 30", "Your BMI is between 19 and 30, including 19 and 30."),
        ("BMI ≥30 kilograms per square meter", "BMI 30 kg/m2 or more"),
        ("BMI more than 35 kg m2", "BMI more than 35 kg/m²"),
        ("Platelet: >1.5Lakh per cumm", "platelets above 150,000 per mm3"),
        ("a BSA ˂ 1.17 m^2", "a BSA less than 1.17 m^2"),
        ("LVEF &lt; 50%", "LVEF less than 50%"),
        ("pocket depth >6 mm", "pockets deeper than 6 mm"),
        ("≥ 24 weeks gestational age", "24 weeks pregnant or more"),
        ("bilirubin =< 1.5 x institutional upper limit normal (ULN)", "bilirubin no more than 1.5 times the ULN"),
        ("up to 6 months after the last injection", "until 6 months after your last injection"),
        ("within 28 days prior to randomization", "during the 28 days before you were randomly assigned to a group"),
        ("at least four weeks before study enrollment", "at least four weeks before you enroll in the study"),
        ("during last 4 weeks before signing informed consent",
         "during the last 4 weeks before you signed the consent form"),
        ("within 12 hours of symptom onset", "within 12 hours of when your symptoms began"),
        ("at least 21 days since surgery", "At least 21 days have passed since any surgery"),
        ("within 14-day period before the first dose of study drug",
         "In the 14 days before your first dose of study drug"),
        ("throughout the study", "for the whole study"),
        ("during the entire study period", "during the study"),
        ("at the time of signing the informed consent", "when you sign the consent form"),
        ("at time of study enrollment", "at the time you enroll in the study"),
        ("infusion intraoperatively or postoperatively", "infusion during or after surgery"),
        ("Adequate bone marrow function", "Your bone marrow works well enough"),
        ("serologies negatives", "antibody tests are negative"),
        ("a report confirming the diagnosis", "a report confirmed the diagnosis"),
        ("Uncontrolled hypertension", "Your blood pressure is not under control"),
        ("agrees to refrain from use of tobacco", "you agree to stay away from tobacco"),
        ("HbA1c as measured at visit 1.", "HbA1c measured at visit 1."),
        ("within 7 days prior to day 0", "in the 7 days before day 0."),
    ],
)
def test_faithful_rewording_gives_the_same_facts(source: str, plain: str) -> None:
    assert keys(source) == keys(plain)
    assert keys(source)


@pytest.mark.parametrize(
    ("text", "count"),
    [("Patients with a BSA < 1.17 m2 are not eligible", 0), ("Concomitant aspirin is not allowed.", 0),
     ("Aspirin is not permitted during the study", 0), ("will not be enrolled in this study", 0),
     ("Such patients cannot participate.", 0), ("They won't be enrolled.", 0), ("are excluded", 0),
     ("may not take part in the study.", 0), ("Patients not eligible for surgery", 1),
     ("unable to participate in the exercise program", 1), ("not more than 5 lesions", 0),
     ("no more than 2 prior lines", 0), ("not less than 18 years", 0), ("are excepted", 1),
     ("agree to abstain from sex", 1), ("uncontrolled diabetes", 1), ("absence of fever", 1),
     ("Refusal to participate in the study", 1), ("Patients unwilling to participate in the study.", 1),
     ("investigational agents not included in this trial", 1)],
)  # fmt: skip
def test_eligibility_wording_and_comparators_are_not_negations(text: str, count: int) -> None:
    assert len(keys(text, FactKind.NEGATION)) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T1-3 N0 M0 adenocarcinoma", ["value|=|||TNM|||T1-3", "value|=|||TNM|||N0", "value|=|||TNM|||M0"]),
        ("Clinical Stage T1b- T2a, Nx", ["value|=|||TNM|||T1b-T2a", "value|=|||TNM|||NX"]),
        ("rectal cancer cT1-2-3, cN0-1, cM0", ["value|=|||TNM|||cT1-2-3", "value|=|||TNM|||cN0-1",
                                               "value|=|||TNM|||cM0"]),
        ("free T3 and T4 levels", []),
        ("T2-weighted MRI", []),
        ("fibrosis stage F3 or F4", ["value|=|||fibrosis|||F3", "value|=|||fibrosis|||F4"]),
        ("F3 or F4", []),
        ("ASIA C or D spinal cord injury", ["value|=|||class|||C", "value|=|||class|||D"]),
        ("SIGAM mobility level D", ["value|=|||level|||D"]),
        ("HbA1c level ≥ 7%", ["value|>=|7||%||"]),
        ("New York Heart Association functional classification IV", ["value|=|4||class||"]),
        ("moderate to severe asthma", ["value|||||||moderate", "value|||||||severe"]),
        ("severe acute respiratory syndrome", []),
        ("Meets DSM-5 criteria for depression", ["value|||||||meets criteria", "value|=|||code|||DSM 5"]),  # edition
        ("Participants who met the following criteria", []),
        ("HBsAg reactive)", ["value|||||||positive"]),
        ("C-reactive protein", []),
        ("normal daily activities", []),
        ("FT4 within reference range", ["value|||||||normal"]),
        ("B12 below the reference interval", ["value|<||1|x LLN||"]),
        ("Bilirubin <2x, AST <3x", ["value|<||2|times||", "value|<||3|times||"]),
        ("one of these diseases", []),
        ("at least one of the following", ["value|>=|1||||"]),
        ("1.5 million copies/mL", ["value|=|1500000||copies/mL||"]),
    ],
)
def test_stages_levels_and_results(text: str, expected: list[str]) -> None:
    assert keys(text, FactKind.VALUE) == expected


@pytest.mark.parametrize(
    ("source", "rendering", "same"),
    [("aged 18-75 years", "You are between 18 and 75.", True), ("at least 10 pack-years", "at least 10", False),
     ("completed 24 weeks of treatment", "at weeks 12 and 24", False), ("ECOG 0-1", "0 or 1 points", True),
     ("Serum creatinine < or equal to 2.5 x ULN", "creatinine > or 2.5 times the ULN", False),
     ("Blood donation (1 unit or more)", "Blood donation (1 unit or less)", False),
     ("more than three drinks of an alcoholic beverage per day", "more than three alcoholic drinks a week", False)],
)  # fmt: skip
def test_equivalent_needs_the_same_unit_except_for_an_age(source: str, rendering: str, same: bool) -> None:
    facts = [f for f in extract_facts(source) if f.kind is FactKind.VALUE]
    others = [f for f in extract_facts(rendering) if f.kind is FactKind.VALUE]
    assert facts and others
    assert all(any(equivalent(f, o) for o in others) for f in facts) is same


# Every unit the issue names, and the durations with their anchor.
@pytest.mark.parametrize(
    ("text", "expected"),
    [("glucose > 7.0 mmol/L", ["value|>|7||mmol/L||"]), ("albumin ≥ 30 g/L", ["value|>=|30||g/L||"]),
     ("creatinine ≤ 1.5 mg/dL", ["value|<=||1.5|mg/dL||"]), ("CD4 ≥ 200 cells/mm³", ["value|>=|200||/mm3||"]),
     ("ANC ≥ 1.5 ×10^9/L", ["value|>=|1.5||x10^9/L||"]), ("BMI ≥ 30 kg/m²", ["value|>=|30||kg/m2||"]),
     ("eGFR ≥ 30 mL/min/1.73 m²", ["value|>=|30||mL/min/1.73m2||"]), ("HbA1c 7-10%", ["value|range|7|10|%||"]),
     ("ALT ≤ 3 times the upper limit of normal", ["value|<=||3|x ULN||"]),
     ("for at least 72 hours", ["temporal|>=|72||hour|for|"]), ("in the past 2 weeks", ["temporal|<=||2|week|before|"]),
     ("aged 2 to 17 years", ["value|range|2|17|year||"]), ("a 6-month wash-out", ["value|=|6||month||"]),
     ("during the study and for 6 months after the last dose",
      ["temporal|||||during|study", "temporal|<=||6|month|after|last dose"])],
)  # fmt: skip
def test_units_and_durations_of_the_issue(text: str, expected: list[str]) -> None:
    assert keys(text) == expected

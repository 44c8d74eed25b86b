"""False alarms of the out-of-sample paraphrases of the session of 2026-12-07 09:28 (checks-45), and the planted
errors of the same kind that the checks must still catch."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT03034915 I3
AIRFLOW = (
    "Persistent airflow limitations as indicated by a pre and post-albuterol/salbutamol FEV1/FVC ratio of <0.70 and a "
    "post-albuterol/salbutamol FEV1 of >=30% to <=80% predicted normal values at Screening Visit 1."
)
AIRFLOW_SAID = (
    "Your airflow is persistently limited: {} albuterol/salbutamol your FEV1/FVC ratio is below 0.70, and after "
    "albuterol/salbutamol your FEV1 is from 30% to 80% of predicted normal values at Screening Visit 1."
)
# NCT00539331 I2
UNTREATED = "Patients with previously untreated advanced/metastatic (Stage IIIB/IV) or postsurgery recurrent NSCLC"
UNTREATED_SAID = (
    "Your NSCLC (non-small cell lung cancer) is advanced or metastatic (Stage IIIB/IV) and has not been treated "
    "before, or it has come back {} surgery."
)
# NCT01918761 E5.6 (its first sentence)
QTC = "Prolonged QTc interval on pre-entry electrocardiogram."
# NCT00858702 I1
OLMESARTAN = (
    "Mean seated blood pressure greater than or equal to 140/90 mmHg under circumstances in pre-treatment with "
    "olmesartan medoxomil"
)
OLMESARTAN_SAID = "Your average seated blood pressure is 140/90 mmHg or higher while you are {} olmesartan medoxomil."
# NCT01741753 I3
LIFE = "Life expectancy of at least 6 months"
# NCT02298192 E6
CALCITONIN = "Screening calcitonin above or equal to 50 ng/L"
# NCT01215435 E7
RENAL = "Renal insufficiency (serum creatinine above 1.6 mg/dl for males; 1.4 mg/dl for females"
RENAL_SAID = "Your kidneys {} well enough (serum creatinine above {} mg/dl for men; 1.4 mg/dl for women)."
# NCT01032122 E6
MARROW = "Depressed bone marrow function (Leukopenia <3000, platelet count <100.000)"
MARROW_SAID = (
    "Your bone marrow function is {}(leukopenia, a white cell count below 3000; platelet count below 100.000)."
)
# NCT01009801 I1
HCC = "Histologically, cytologically, or radiologically confirmed hepatocellular carcinoma"
HCC_SAID = "Your hepatocellular carcinoma (liver cancer) is confirmed by {} tests."
# NCT00610792 I4.1
CHEMO = (
    "Numbers of prior chemotherapy(s): maximum 2 prior chemotherapies. Reintroduction of a platinum at relapse, after "
    "an initial response lasting > 6 months is considered 1 chemotherapy regimen only."
)
CHEMO_SAID = (
    "You have had at most 2 {} before. If a platinum drug was given again at relapse, after a first response that "
    "lasted more than 6 months, that counts as 1 {} only."
)
# NCT02242045 I2
JAPAN = (
    "Must have been born in Japan and must not have lived outside of Japan for > 1 year in the 5 years prior to Day 1."
)
JAPAN_SAID = "You were born in Japan and have {} Japan for more than 1 year in the 5 years before Day 1."
# NCT01401517 I1
AGES = "The subject is between and including 35 and 85 years of age."
# NCT00241358 I2.5.9.2
FEV1 = (
    "formal pulmonary function testing showing an forced expiratory volume at 1 second (FEV1) ≥50% of predicted and a "
    "diffusion capacity of the lung for carbon monoxide (DLCO) ≥40% of predicted, corrected for hemoglobin"
)
FEV1_SAID = (
    "Formal lung function tests show a forced expiratory volume in {} (FEV1) of at least {}% of predicted and a "
    "diffusion capacity of the lung for carbon monoxide (DLCO) of at least 40% of predicted, corrected for hemoglobin."
)
# NCT01187836 I4
SCREENING = "Systolic blood pressure at screening must be >/= 100 mmHg. Heart rate at screening must be </= 90 bpm."


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "pre and post-albuterol": the "pre" shares the bronchodilator of "post-albuterol", as "pre/post-operative" does
    (AIRFLOW, AIRFLOW_SAID.format("before and after"), [AIRFLOW_SAID.format("after")], INC),
    # "postsurgery" is "after surgery", as "post-surgical" is
    (UNTREATED, UNTREATED_SAID.format("after"), [UNTREATED_SAID.format("before")], INC),
    # "pre-entry" is "before entry", as "pre-enrollment" is
    (QTC, "You have a prolonged QTc interval on the electrocardiogram before entry.",
     ["You have a prolonged QTc interval on the electrocardiogram after entry.",
      "You have a prolonged QTc interval on the electrocardiogram."], EXC),
    # "pre-treated" says the source's "pre-treatment"
    (OLMESARTAN, OLMESARTAN_SAID.format("being pre-treated with"),
     [OLMESARTAN_SAID.format("taking"), OLMESARTAN_SAID.format("being pre-treated with").replace("140/90", "130/80")],
     INC),
    # "6 more months" is still 6 months ("6 additional months")
    (LIFE, "You are expected to live at least 6 more months.",
     ["You are expected to live at least 6 more weeks.", "You are expected to live at least 3 more months.",
      "You are expected to live at most 6 more months."], INC),
    # (not of a count: NCT04779762 E1's "smoke >5 more cigarettes a day" keeps its "more")
    ("Smokers who smoke >5 more cigarettes a day", "You smoke more than 5 more cigarettes a day.",
     ["You smoke more than 4 more cigarettes a day."], EXC),
    # "ng/L" is a unit of its own: the bound after it ("or more") is read, as after "ng/mL"
    (CALCITONIN, "Your calcitonin at screening is 50 ng/L or more.",
     ["Your calcitonin at screening is 50 ng/L or less.", "Your calcitonin at screening is more than 50 ng/L.",
      "Your calcitonin at screening is 50 ng/mL or more."], EXC),
    # "do not work well enough" says "inadequate organ function" as it says "impaired" (the level "reduced")
    ("Inadequate organ function:", "Your organs do not work well enough:",
     ["Your organs work well enough:", "Your organs work:"], EXC),
    # "renal insufficiency" means a negation with no cue, as "insufficient" does: "not working well enough"
    (RENAL, RENAL_SAID.format("are not working", "1.6"),
     [RENAL_SAID.format("are working", "1.6"), RENAL_SAID.format("are not working", "1.8")], EXC),
    # "depressed" marrow function is the level "reduced" ("low"); not a depressed mood
    (MARROW, MARROW_SAID.format("low "), [MARROW_SAID.format("high "), MARROW_SAID.format("normal ")], EXC),
    ("Depressed bone marrow function", "Your bone marrow function is low.",
     ["Your bone marrow function is a concern.", "Your bone marrow function is high."], EXC),
    # "tissue, cell or imaging tests": three tests under one "tests"; "imaging" says "radiologically"
    (HCC, HCC_SAID.format("tissue, cell or imaging"),
     [HCC_SAID.format("tissue or imaging"), HCC_SAID.format("cell or imaging"), HCC_SAID.format("tissue or cell")],
     INC),
    # a label's key word that its value says again ("prior chemotherapy(s): maximum 2 prior chemotherapies") is one
    (CHEMO, CHEMO_SAID.format("chemotherapies", "chemotherapy regimen"),
     [CHEMO_SAID.format("chemotherapies", "regimen"), CHEMO_SAID.format("treatments", "chemotherapy regimen"),
      CHEMO_SAID.format("chemotherapies", "chemotherapy regimen").replace("at most 2", "at most 3")], INC),
    # "outside Japan": a place by its name, as "outside of Japan" says it
    (JAPAN, JAPAN_SAID.format("not lived outside"), [JAPAN_SAID.format("lived outside"),
                                                      JAPAN_SAID.format("not lived in")], INC),
    # "between and including 35 and 85": a range with both ends in
    (AGES, "You are between 35 and 85 years old, including those ages.",
     ["You are between 35 and 80 years old, including those ages.", "You are 85 years old."], INC),
    # the second of "forced expiratory volume at 1 second" is the measure's, no time window: "in 1 second" says it
    (FEV1, FEV1_SAID.format("1 second", 50), [FEV1_SAID.format("2 seconds", 50), FEV1_SAID.format("1 second", 40)],
     INC),
    # a time that opens the sentence, set off by a comma, limits both of its items
    (SCREENING, "At screening, your systolic blood pressure is at least 100 mmHg and your heart rate is no more than "
     "90 bpm (beats per minute).",
     ["At screening, your systolic blood pressure is at least 100 mmHg. Your heart rate is no more than 90 bpm.",
      "Your systolic blood pressure at screening is at least 100 mmHg and your heart rate is no more than 90 bpm.",
      "At screening, your systolic blood pressure is at least 100 mmHg and your heart rate is no more than 80 bpm."],
     INC),
])
def test_faithful_wording_passes_and_planted_error_is_caught(source: str, faithful: str, wrong: list[str],
                                                            kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    for bullet in wrong:
        assert checks(source, bullet, kind), bullet


def test_a_depressed_person_or_mood_is_no_level() -> None:
    # NCT00208117 E8 ("Current major depressive disorder"): depression is a diagnosis, not a level to keep
    assert checks("Depressed mood for at least 2 weeks", "You have felt depressed for at least 2 weeks.", INC) == []
    assert checks("Patients who are depressed", "You have depression.", INC) == []


def test_a_fronted_time_says_no_second_copy_of_its_own_sentence() -> None:
    # NCT05501886 E9.4.2 (gated pool): both copies in one sentence limit different items; a fronted one says one
    source = ("On screening, inability to determine the corrected QT interval using Fridericia's formula (QTcF) on the "
              "ECG (i.e., unreadable or not interpretable) or QTcF >480 msec (determined by mean of triplicate ECGs at "
              "screening)")
    said = ("At screening, your QT interval corrected with Fridericia's formula (QTcF) cannot be worked out from the "
            "ECG because it is unreadable or cannot be interpreted, or your QTcF is over 480 msec (the average of "
            "three ECGs taken {})")
    assert checks(source, said.format("at screening"), EXC) == []
    assert checks(source, said.format(""), EXC)

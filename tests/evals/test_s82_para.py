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
# NCT02612246 E2
TRIAL = (
    "Concurrent participation or participation within 8 weeks prior to the initial study drug administration in a "
    "drug/device investigational research study"
)
TRIAL_SAID = (
    "You are taking part in a drug or device research study now, or you took part in such a study within 8 weeks {} "
    "the first dose of study drug."
)
# NCT02652819 I5
HB = (
    "Mean of the two most recent Hb values during the Screening Period obtained at least 6 days apart must be "
    "≥7.0 g/dL and <10 g/dL."
)
HB_SAID = (
    "The average of your two most recent Hb (hemoglobin) values{}, taken at least 6 days apart, is at least 7.0 g/dL "
    "and below 10 g/dL."
)


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
    # "ng/L" is a unit of its own: the bound after it ("or more") is read, as after "ng/mL"
    (CALCITONIN, "Your calcitonin at screening is 50 ng/L or more.",
     ["Your calcitonin at screening is 50 ng/L or less.", "Your calcitonin at screening is more than 50 ng/L.",
      "Your calcitonin at screening is 50 ng/mL or more."], EXC),
    # "the initial study drug administration" is the first dose, as "the first study drug administration" is
    (TRIAL, TRIAL_SAID.format("before"), [TRIAL_SAID.format("after"), TRIAL_SAID.format("before").replace("8", "4")],
     EXC),
    # "in the Screening Period" is "during" it, as "in the course of" is
    (HB, HB_SAID.format(" in the Screening Period"),
     [HB_SAID.format(""), HB_SAID.format(" after the Screening Period")], INC),
])
def test_faithful_wording_passes_and_planted_error_is_caught(source: str, faithful: str, wrong: list[str],
                                                            kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    for bullet in wrong:
        assert checks(source, bullet, kind), bullet

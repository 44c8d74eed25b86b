"""Session 87, gap51: planted errors the checks missed, each with the faithful wording next to it that must still pass.

Each case quotes its source criterion (NCT id), the faithful wording (from the paraphrase files or the offline
backend), and the planted error the mutation suites found the checks let through."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT00362206
HYPERSENSITIVITY = "Known hypersensitivity to fenofibrates or simvastatin or pravastatin"
HYPERSENSITIVITY_SAID = "You have a known hypersensitivity (allergy) to fenofibrates, simvastatin or pravastatin."
# NCT01867866
GASTRECTOMY = "Has had either partial or total gastrectomy"
GASTRECTOMY_SAID = "You have had part or all of your stomach removed (partial or total gastrectomy)."


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # a chain that keeps its join says it between each two: "A or B or C" is "A, B or C", not "A, B and C" (allergic
    # to all three is not allergic to any)
    (HYPERSENSITIVITY, HYPERSENSITIVITY_SAID, HYPERSENSITIVITY_SAID.replace(" or ", " and "), EXC),
    (HYPERSENSITIVITY, "You are known to be allergic to fenofibrates or simvastatin or pravastatin.",
     "You are known to be allergic to fenofibrates and simvastatin and pravastatin.", EXC),
    # "either" right before the pair asks for one of the two
    (GASTRECTOMY, GASTRECTOMY_SAID, GASTRECTOMY_SAID.replace("partial or total", "partial and total"), EXC),
    (GASTRECTOMY, "You have had either a partial or a total gastrectomy.",
     "You have had partial and total gastrectomy.", EXC),
])
def test_planted_join_turned_is_caught(source: str, faithful: str, wrong: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "join_turned" in checks(source, wrong, kind)


def test_a_mixed_chain_is_still_read_for_its_first_join_only() -> None:
    # "A or B and C" is ambiguous: its second join is not read, so "A or B, and C" may reword it
    source = "History of stroke or myocardial infarction and heart failure"
    assert checks(source, "You have a history of stroke or myocardial infarction, and heart failure.") == []
    assert "join_turned" in checks(source, "You have a history of stroke and myocardial infarction and heart failure.")


# NCT03256916 I2
STAGES = ("FIGO 2018 Stage IIIA (TNM stage T3a N0 M0) FIGO 2018 Stage IIIB (TNM stage T3b N0 M0) FIGO 2018 Stage "
          "IIIC (TNM stage Any T N1 M0)")
STAGES_SAID = ("International Federation of Gynecology and Obstetrics (FIGO) 2018 Stage IIIA (TNM stage T3a N0 M0) "
               "FIGO 2018 Stage IIIB (TNM stage T3b N0 M0) FIGO 2018 Stage IIIC (TNM stage Any T N1 M0)")


def test_a_stage_code_given_decimals_beside_its_own_copies_is_caught() -> None:
    # "M0" said twice more kept the changed one hidden: "M0.5" in a group is read whole, a code no source has
    assert checks(STAGES, STAGES_SAID, INC) == []
    assert "fact_invented" in checks(STAGES, STAGES_SAID.replace("M0)", "M0.5)", 1), INC)
    assert checks(STAGES, STAGES_SAID.replace("T3a N0", "T3a N0.5"), INC)


# NCT03256916
CARDIAC = "No recent (less than 3 months) severe cardiac disease (arrhythmia, congestive heart failure, infarction)"
CARDIAC_SAID = ("You have not had severe heart disease (such as an irregular heartbeat, congestive heart failure or a "
                "heart attack) in the last 3 months.")
# NCT00736229
CATH = "Admitted to coronary ICU for right heart cath to measure hemodynamics prior to transplant"
CATH_SAID = ("You were admitted to the coronary ICU for a right heart catheterization (a thin tube passed into the "
             "right side of the heart) to measure blood flow and pressures (hemodynamics) before a transplant.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # an organ the source touches on nowhere, where it names another: the disease or the test put in another organ
    (CARDIAC, CARDIAC_SAID, CARDIAC_SAID.replace("heart attack", "lung attack"), EXC),
    (CATH, CATH_SAID, CATH_SAID.replace("side of the heart", "side of the lung"), INC),
    (CATH, CATH_SAID, CATH_SAID.replace("side of the heart", "side of the brain"), INC),
])
def test_an_organ_the_source_touches_on_nowhere_is_caught(source: str, faithful: str, wrong: str,
                                                           kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "fact_changed" in checks(source, wrong, kind)


@pytest.mark.parametrize(("source", "faithful", "wrong"), [
    # a compound's other root, a disease's organ: what a faithful rewording may add (each had drawn the new finding
    # without the loose reading of translator.fidelity_organ_roots)
    ("Cardiac arrhythmia or hepatorenal syndrome",
     "You have an abnormal heart rhythm (cardiac arrhythmia) or hepatorenal syndrome (kidney failure caused by liver "
     "disease).", "You have an abnormal heart rhythm (cardiac arrhythmia) or hepatorenal syndrome (kidney failure "
     "caused by bowel disease)."),
    ("Cardiac failure or cerebrospinal fluid leak",
     "You have heart failure or a leak of the fluid around the brain and spinal cord (cerebrospinal fluid).",
     "You have heart failure or a leak of the fluid around the breast and spinal cord (cerebrospinal fluid)."),
    ("Liver metastases and asthma requiring steroids",
     "You have cancer that has spread to the liver, and asthma that needs steroids, a condition of the airways in "
     "the lungs.", "You have cancer that has spread to the liver, and asthma that needs steroids, a condition of the "
     "airways in the prostate."),
])
def test_an_organ_the_source_touches_on_in_other_words_is_no_swap(source: str, faithful: str, wrong: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "fact_changed" in checks(source, wrong, EXC)


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # NCT00511901, NCT00736229: a value taken on admission is not one taken later in the stay
    ("Admission hemoglobin concentration of < 10.5 g/dL.", "Your hemoglobin on admission is below 10.5 g/dL.",
     "Your hemoglobin is below 10.5 g/dL.", EXC),
    ("Admission blood glucose 140-299 mg/dL",
     "Your blood sugar (glucose) on admission is between 140 and 299 mg/dL.",
     "Your blood sugar (glucose) is between 140 and 299 mg/dL.", INC),
    ("Admission blood glucose 140-299 mg/dL", "Your admission blood glucose is 140-299 mg/dL.",
     "Your blood sugar (glucose) at screening is between 140 and 299 mg/dL.", INC),
    # NCT01243957: a lab's adjective between the visit and what it measures
    ("Have screening clinical laboratory test results within normal reference range for the population or "
     "investigator site", "Your screening lab test results are within the normal reference range for the population "
     "or the investigator site.", "Your lab test results are within the normal reference range for the population "
     "or the investigator site.", INC),
])
def test_a_measurement_dated_by_its_visit_keeps_the_visit(source: str, faithful: str, wrong: str,
                                                          kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert {"fact_missing", "fact_changed"} & set(checks(source, wrong, kind))


def test_admission_to_a_place_is_no_time_of_a_value() -> None:
    source = "Admission to the intensive care unit within 24 hours of randomization"
    assert checks(source, "You were admitted to the intensive care unit (ICU) within 24 hours of randomization.") == []
    assert checks(source, "You were admitted to the intensive care unit (ICU) within 48 hours of randomization.")


def test_a_verb_said_now_and_before_keeps_its_past() -> None:
    # NCT01391117: "receiving or having received" said "receiving" has kept the present only
    source = "Volunteer receiving or having received any treatment for HCV during the 6 months before screening"
    faithful = "You are receiving, or have received, any treatment for HCV during the 6 months before screening."
    assert checks(source, faithful, EXC) == []
    assert checks(source, "You are getting or have had any treatment for HCV during the 6 months before screening.",
                  EXC) == []
    assert "content_missing" in checks(source, faithful.replace(" or have received,", ""), EXC)


def test_or_the_equivalent_is_a_catch_all_a_bullet_keeps() -> None:
    # NCT01704417: "more than 5 cigarettes or the equivalent per day" said without "or the equivalent" narrows it
    source = "Smoker (defined as a subject who is smoking more than 5 cigarettes or the equivalent per day)"
    faithful = "You smoke, meaning you smoke more than 5 cigarettes a day, or the equivalent."
    assert checks(source, faithful, INC) == []
    assert checks(source, "You smoke more than 5 cigarettes a day, or the same amount of tobacco another way.",
                  INC) == []
    assert "content_missing" in checks(source, faithful.replace(", or the equivalent", ""), INC)

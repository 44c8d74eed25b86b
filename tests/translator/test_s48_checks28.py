"""Checks of session 48 (checks-28), each shown to find its error and to let the faithful wording pass:

- translator.fidelity_joins: "and" between two items said "or", or the other way ("HIV and hepatitis B" → "HIV or
  hepatitis B"), but not "and/or", "with or without", "either … or", examples, "any of", groups of people, negations;
- translator.fidelity_empty: "NA", "N/A", "Not applicable" said "None are listed." (no negation added); a bullet that
  states a rule for one is an error;
- translator.fidelity_key_words: "suspected", "primary", "oral", "live birth", the times of "current, prior or
  planned", "acute"/"chronic", things with few wordings ("coma", "tablets"), and a key word said fewer times than the
  source says it;
- translator.fidelity_organs: an organ the source names and no bullet names;
- translator.fidelity_swaps: "primary" said "secondary".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "turned", "kind"), [
    # NCT01200004 E9
    ("Known hepatitis B and C infection, HIV infection and autoimmune disorders.",
     "You have known hepatitis B and C infection, HIV infection and autoimmune disorders.",
     "You have known hepatitis B or C infection, HIV infection and autoimmune disorders.", EXC),
    # NCT00297778 I10: "willing and able" is both
    ("Patients who are willing and able to comply with scheduled visits, treatment plan, laboratory tests, and other "
     "study procedures.",
     "You are willing and able to follow the scheduled visits, treatment plan, lab tests, and other study procedures.",
     "You are willing or able to follow the scheduled visits, treatment plan, lab tests, and other study procedures.",
     INC),
    # NCT02182778 I1: either method
    ("Patients with cytologically or histologically proved biliary tract cancer",
     "You have biliary tract cancer proved cytologically or histologically.",
     "You have biliary tract cancer proved cytologically and histologically.", INC),
])
def test_a_turned_join_is_found_and_the_kept_one_passes(source: str, faithful: str, turned: str,
                                                       kind: SectionKind) -> None:
    assert "join_turned" not in checks(source, faithful, kind)
    assert "join_turned" in checks(source, turned, kind)


@pytest.mark.parametrize(("source", "bullet"), [
    ("Pregnant and breastfeeding women", "You are pregnant or breastfeeding."),  # a group named by its states
    ("Male and female patients aged 18 years or older", "You are male or female and aged 18 years or older."),
    ("Patients must not have a history of HIV, or active Hepatitis A, B, and C.",  # under a negation: neither
     "You must not have a history of HIV, and you must not have active hepatitis A, B or C."),
    ("Any of the following: myocardial infarction, stroke and unstable angina",  # "any of" reads either join alike
     "Any of these: a heart attack (myocardial infarction), a stroke or unstable angina."),
    ("Histologic confirmation of cancer, such as adenocarcinoma and squamous cell carcinoma",
     "Tissue tests confirm cancer, such as adenocarcinoma or squamous cell carcinoma."),
])
def test_joins_that_read_alike_either_way_pass(source: str, bullet: str) -> None:
    assert "join_turned" not in checks(source, bullet, EXC)


@pytest.mark.parametrize("source", ["NA", "N/A", "Not applicable"])
def test_a_criterion_that_lists_nothing_is_said_as_none_and_a_rule_for_it_is_an_error(source: str) -> None:
    assert checks(source, "None are listed.", EXC) == []
    assert checks(source, source, INC) == []
    assert "content_invented" in checks(source, "You have diabetes.", EXC)


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    # NCT00086346 E3
    ("Known or suspected malignancy < 5 years before random assignment.",
     "You have a known or possible cancer, less than 5 years before random assignment.",
     "You have a known cancer, less than 5 years before random assignment."),
    # NCT00074308 I3
    ("No history or clinical evidence of CNS disease, including primary brain tumor or brain metastases",
     "You have no history or clinical signs of disease of the central nervous system (CNS), including a tumor that "
     "started in the brain or cancer that has spread to the brain.",
     "You have no history or clinical signs of disease of the central nervous system (CNS), including a brain tumor "
     "or cancer that has spread to the brain."),
    # NCT00543842 E4
    ("Current, prior or planned participation in any other experimental drug study.",
     "You are taking part, have taken part, or plan to take part in any other experimental drug study.",
     "You are taking part or have taken part in any other experimental drug study."),
    # NCT03179332 (paraphrase 600's source): coma among the events
    ("More than one episode of severe hypoglycaemia with seizure, coma or requiring assistance of another person "
     "during the past 6 months.",
     "In the past 6 months you had more than one episode of severe low blood sugar (hypoglycaemia) with a seizure, "
     "with coma, or needing another person's help.",
     "In the past 6 months you had more than one episode of severe low blood sugar (hypoglycaemia) with a seizure, "
     "or needing another person's help."),
    # NCT00225797 E7
    ("Dysphagia or difficulty swallowing tablets or capsules, or an inability to take oral medication",
     "You have trouble swallowing (dysphagia) or difficulty swallowing pills or capsules, or you are unable to take "
     "medicine by mouth.",
     "You have trouble swallowing (dysphagia) or difficulty swallowing capsules, or you are unable to take medicine "
     "by mouth."),
    # NCT02650752 (paraphrase 376's source): "metastatic" twice, said once
    ("Histologically-confirmed metastatic adenocarcinoma of the breast with either invasive primary tumor or "
     "metastatic tissue confirmation of HER2+ status",
     "You have metastatic adenocarcinoma of the breast, confirmed by tissue tests. Your invasive primary tumor or "
     "tissue from a metastasis is confirmed as HER2+.",
     "You have adenocarcinoma of the breast, confirmed by tissue tests. Your invasive primary tumor or tissue from a "
     "metastasis is confirmed as HER2+."),
])
def test_a_lost_key_word_is_found_and_its_wording_passes(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "content_missing" in checks(source, lost, EXC)


def test_an_organ_no_bullet_names_is_found() -> None:
    # NCT04780204 (paraphrase 300's source), the encephalopathy (the brain) left out
    source = ("Any history of, or current evidence of, clinical hepatic decompensation (e.g., ascites, "
              "encephalopathy, variceal hemorrhage, or Child-Pugh score of ≥8, with the exception of Gilbert syndrome) "
              "in 1 year before the time of screening")
    faithful = ("In the 1 year before screening you have had, or you now show, clinical signs of the liver failing "
                "(hepatic decompensation), such as fluid in the belly (ascites), encephalopathy, bleeding from "
                "enlarged veins (variceal hemorrhage), or a Child-Pugh score of 8 or more; Gilbert syndrome is the "
                "exception.")
    assert checks(source, faithful, EXC) == []
    assert "content_missing" in checks(source, faithful.replace("encephalopathy, ", ""), EXC)


def test_an_organ_said_by_a_term_for_it_passes() -> None:
    # NCT02360657: "electrocardiogram" said as "ECG" names the heart
    source = ("Participant must be otherwise healthy on the basis of physical examination, medical history, vital "
              "signs, and 12-lead electrocardiogram (ECG) performed at screening")
    assert "content_missing" not in checks(
        source, "You are otherwise healthy, based on a physical exam, your medical history, vital signs and a 12-lead "
        "ECG done at screening.", INC)


def test_primary_said_as_secondary_is_a_swap() -> None:
    source = "Primary brain tumor"
    assert checks(source, "You have a primary brain tumor.", EXC) == []
    assert "fact_changed" in checks(source, "You have a secondary brain tumor.", EXC)

"""checks-45 (alarm47): held-out paraphrases that drew a false error, each with a wrong version the checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment), the faithful wording of the held-out
file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (its negation lost, its number
changed, its window dropped…), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity_repeated_abbreviations import fewer_abbreviations

# NCT02996591 I5
ANESTHESIA = "No contraindications for spinal or LMA general anesthesia"
# NCT02687009 E5
SECOND = ("Concurrent (or within the last 5 years) second malignancy other than non melanoma skin cancer, cervical "
          "carcinoma in situ, controlled superficial bladder cancer, or other carcinoma in situ that has been treated.")
SECOND_SAID = ("You have a second cancer now (or had one in the last 5 years), other than non-melanoma skin cancer, "
               "carcinoma in situ of the cervix, controlled superficial bladder cancer, or another carcinoma in situ "
               "that has been treated.")
# NCT01704417 E2
SMOKER = "Smoker (defined as a subject who is smoking more than 5 cigarettes or the equivalent per day)"
# NCT03345979 I5
OUTPATIENT = "Has been able to achieve outpatient status for more than 3 months in the past year"
OUTPATIENT_SAID = "you have been able to live outside hospital (as an outpatient) for more than 3 months."
# NCT03435185 I2
ADULT = "18 ≥ years old"
# NCT01313429 I6
ECOG = "Patients must have an ECOG performance status of 0 2."
ECOG_SAID = ("Your ECOG performance status is 0 to 2. (This is a scale of how well you can carry out daily "
             "activities.)")

# NCT01031953 I3
ANTIEMETIC = ("Scheduled to receive 5-HT3 receptor antagonist antiemetic (e.g., ondansetron, granisetron, "
              "palonosetron, dolasetron mesylate, or dexamethasone with or without a benzodiazepine) on the day of "
              "chemotherapy")
ANTIEMETIC_SAID = ("You are scheduled to get a 5-HT3 receptor antagonist anti-nausea medicine (for example "
                   "ondansetron, granisetron, palonosetron, dolasetron mesylate, or dexamethasone with or without a "
                   "benzodiazepine) on the day of chemotherapy.")
# NCT02845050 E6
NEUROPATHY = "Peripheral neuropathy Grade ≥ 2 NCI CTCAE v4.03 or hearing impairment Grade ≥ 2 NCI CTCAE v.4.03"
NEUROPATHY_SAID = ("You have nerve damage in your hands or feet (peripheral neuropathy) of grade 2 or higher, or "
                   "hearing loss of grade 2 or higher, on the NCI CTCAE v4.03 scale.")
# NCT01046487 I3
PRIOR = "At least 28 days since the prior treatment"
# NCT00070018 I2.1
BULKY = ("Patients who have bulky stage II or IIE disease are ineligible even if, after resection, the measurements "
         "are less than 10.0 cm NOTE: *Non-bulky disease defined as any tumor measuring less than 10.0 cm or occupying "
         "less than 1/3 of the chest diameter")
BULKY_SAID = ("If you have bulky stage II or IIE disease you cannot take part, even if the measurements are less than "
              "10.0 cm after surgery to remove it (resection). NOTE: *non-bulky disease means any tumor that measures "
              "less than 10.0 cm or takes up less than 1/3 of the width of the chest.")
# NCT01780831 I4
INFANTS = ("Age at enrollment (Note: The full-term infants were HIV-exposed and may have received standard of care ARV "
           "prophylaxis/treatment before enrollment):")
INFANTS_SAID = ("Your age when you enroll (note: the full-term babies were exposed to HIV and may have had standard "
                "antiretroviral (ARV) prevention or treatment before enrollment):")
# NCT01583686 E13 (its own words, without the items under it)
FEV1 = ("Documented forced expiratory volume 1 (FEV1) less than or equal to 60% predicted tested in patients with:")
FEV1_SAID = ("You have a documented forced expiratory volume in 1 second (FEV1) of 60% of predicted or less, tested "
             "because you have:")
# NCT02105987 I12.2
INI = "INI + 2 NRTIs. For subjects on an INI, their INI at Screening must be RAL or Elvitegravir (EVG)"
INI_SAID = ("An integrase inhibitor (INI) plus 2 NRTIs. If you are on an INI, at screening it must be raltegravir "
            "(RAL) or elvitegravir (EVG).")
# NCT01139775 E6
NSAIDS = ("Participants taking non-steroidal anti-inflammatory drugs who cannot interrupt the treatment appropriately "
          "according to the guidelines")
NSAIDS_SAID = "You take non-steroidal anti-inflammatory drugs (NSAIDs) and cannot pause them as the guidelines require."
# NCT01780831 I6
MALFORMATION = ("No known severe congenital malformation or other medical condition not compatible with life or that "
                "would interfere with study participation or interpretation, as judged by the examining clinician")
MALFORMATION_SAID = ("The baby has no known severe birth defect and no other medical condition that is not compatible "
                     "with life or that would get in the way of taking part in the study or of reading its results, as "
                     "judged by the examining doctor.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "nothing" negates as "no" does
    (ANESTHESIA,
     "Nothing rules out spinal anesthesia or general anesthesia with a laryngeal mask airway (LMA) for you.",
     "Something rules out spinal anesthesia or general anesthesia with a laryngeal mask airway (LMA) for you.", INC),
    # "or had one" after "a second cancer" is that cancer, no count of one; the window is still compared
    (SECOND, SECOND_SAID, SECOND_SAID.replace("5 years", "6 years"), EXC),
    # the unit "or the equivalent" splits from its number is read with the aside left out
    (SMOKER, "You smoke, meaning you smoke more than 5 cigarettes a day, or the equivalent.",
     "You smoke, meaning you smoke at least 5 cigarettes a day, or the equivalent.", EXC),
    (SMOKER, "You smoke, meaning you smoke more than 5 cigarettes a day, or the equivalent.",
     "You smoke, meaning you smoke more than 6 cigarettes a day, or the equivalent.", EXC),
    # "in the past year" after a length is a window of its own, not "in the past" ending the length
    (OUTPATIENT, f"In the past year, {OUTPATIENT_SAID}", f"In the past 2 years, {OUTPATIENT_SAID}", INC),
    (OUTPATIENT, f"In the past year, {OUTPATIENT_SAID}", f"Y{OUTPATIENT_SAID[1:]}", INC),
    # a sign between the number and its unit bounds the number
    (ADULT, "You are 18 years or older.", "You are 19 years or older.", INC),
    (ADULT, "You are 18 years or older.", "You are 18 years or younger.", INC),
    # a scale's range that lost its dash
    (ECOG, ECOG_SAID, ECOG_SAID.replace("0 to 2", "0 to 3"), INC),
    (ECOG, ECOG_SAID, ECOG_SAID.replace("0 to 2", "1 to 2"), INC),
    # "the prior treatment" is the last one; a resection is surgery
    (PRIOR, "At least 28 days have passed since your last treatment.",
     "At least 21 days have passed since your last treatment.", INC),
    (PRIOR, "At least 28 days have passed since your last treatment.", "At least 28 days before your last treatment.",
     INC),
    (PRIOR, "At least 28 days have passed since your last treatment.",
     "At least 28 days have passed since your last surgery.", INC),
    (BULKY, BULKY_SAID, BULKY_SAID.replace("after surgery", "before surgery"), INC),
    (BULKY, BULKY_SAID, BULKY_SAID.replace("than 10.0 cm after", "than 12.0 cm after"), INC),
    # "prophylaxis" said "prevention"; either side of the slash pair left out is still faulted
    (INFANTS, INFANTS_SAID, INFANTS_SAID.replace("prevention or treatment", "treatment"), INC),
    (INFANTS, INFANTS_SAID, INFANTS_SAID.replace("prevention or treatment", "prevention"), INC),
    # "forced expiratory volume 1" is in 1 second
    (FEV1, FEV1_SAID, FEV1_SAID.replace("in 1 second", "in 2 seconds"), EXC),
    (FEV1, FEV1_SAID, FEV1_SAID.replace("60%", "70%"), EXC),
    # "their INI" said "it"; a copy left out elsewhere is still missed
    (INI, INI_SAID, INI_SAID.replace("If you are on an INI, at", "At"), INC),
    (INI, INI_SAID, INI_SAID.replace("An integrase inhibitor (INI) plus", "Plus"), INC),
    # "interrupt … appropriately according to the guidelines" said "pause … as the guidelines require"
    (NSAIDS, NSAIDS_SAID, NSAIDS_SAID.replace("cannot pause", "pause"), EXC),
    (NSAIDS, NSAIDS_SAID, NSAIDS_SAID.replace(" as the guidelines require", ""), EXC),
    # a study's "interpretation" said "reading its results"
    (MALFORMATION, MALFORMATION_SAID, MALFORMATION_SAID.replace(" or of reading its results", ""), INC),
    # an "anti-" noun said by the disease it treats before a word for a medicine
    (ANTIEMETIC, ANTIEMETIC_SAID, ANTIEMETIC_SAID.replace(" anti-nausea medicine", ""), INC),
    (ANTIEMETIC, ANTIEMETIC_SAID, ANTIEMETIC_SAID.replace("anti-nausea", "anti-cancer"), INC),
    # "hearing impairment" said "hearing loss"; the grading system named once for both grades
    (NEUROPATHY, NEUROPATHY_SAID, NEUROPATHY_SAID.replace("hearing loss", "hearing"), EXC),
    (NEUROPATHY, NEUROPATHY_SAID, NEUROPATHY_SAID.replace(", or hearing loss of grade 2 or higher,", ""), EXC),
    (NEUROPATHY, NEUROPATHY_SAID, NEUROPATHY_SAID.replace("loss of grade 2", "loss of grade 3"), EXC),
])
def test_faithful_wording_passes_and_the_wrong_one_is_faulted(source: str, faithful: str, wrong: str,
                                                              kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind)


@pytest.mark.parametrize(("text", "counted"), [
    ("You have a second cancer now (or had one in the last 5 years).", False),
    ("You have a seizure disorder, or had one seizure in the last 5 years.", True),  # "one" before a noun counts
    ("You had one in the last 5 years.", True),  # nothing named before it: a count
])
def test_one_after_or_had_stands_for_the_thing_named(text: str, counted: bool) -> None:
    assert any(f.low == 1 for f in extract_facts(text)) is counted


def test_in_the_past_before_a_length_of_time_is_a_window_of_its_own() -> None:
    facts = extract_facts(OUTPATIENT)
    assert [(f.text, f.relation) for f in facts] == [("for more than 3 months", "for"), ("in the past year", "before")]
    assert [(f.text, f.relation) for f in extract_facts("surgery 6 months in the past")] == [
        ("6 months in the past", "before")]


def test_a_grading_system_named_after_each_grade_is_one() -> None:
    # (a repeated abbreviation with other limits, "SGOT and SGPT … or SGOT and SGPT …", is still counted:
    # tests/translator/test_s41_checks20.py)
    assert fewer_abbreviations(NEUROPATHY, [NEUROPATHY_SAID]) == []

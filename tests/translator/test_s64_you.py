"""The reader's bullets that read as English: verb phrases of the lexicon said as verbs, and third-person leftovers."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC = SectionKind.EXCLUSION
INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # NCT02532764: the symptom now, as an exclusion says it
        ("Hemoptysis", "You are coughing up blood."),
        # NCT00517595, NCT01266031: "had" with a window that looks back
        ("Hemoptysis within 1 month prior to study enrollment",
         "You have coughed up blood in the 1 month before joining the study."),
        ("History of hemoptysis (greater than or equal to 1/2 teaspoon of bright red blood per episode) within 1 month "
         "prior to Day 1.",
         "You have coughed up blood (0.5 or more teaspoon of bright red blood per episode) in the 1 month before "
         "Day 1."),
        # NCT00549328, NCT03309358: a window of the study's start, in the past like "had"
        ("Hemoptysis in excess of 2.5mL within 8 weeks of first dose of study drug.",
         "You have coughed up blood more than 2.5 mL within 8 weeks of the first dose of study drug."),
        ("Hemoptysis of >5 mL within 12 weeks of screening.",
         "You have coughed up blood of more than 5 mL within 12 weeks of screening."),
        # NCT00728845, NCT02411448, NCT00496756: a word that describes it takes the noun ("the coughing up of blood")
        ("No history of gross hemoptysis (i.e., bright red blood of a ½ teaspoon or more) within the past 3 months",
         "You have not had gross coughing up of blood within the past 3 months. This means bright red blood of a ½ "
         "teaspoon or more."),
        ("History of gross hemoptysis.", "You have had gross coughing up of blood."),
        ("No ongoing hemoptysis", "You have no ongoing coughing up of blood."),
        # NCT00932113, NCT03434119: "discontinuation of X" is "stopping X", which "have had" cannot take
        ("History of discontinuation of methotrexate or tumor necrosis factor (TNF) blocker for a safety-related "
         "reason that makes it unwise to restart either type of drug",
         "You have stopped methotrexate or tumor necrosis factor (TNF) blocker for a safety-related reason that makes "
         "it unwise to restart either type of drug."),
        ("Known history of discontinuation of treatment with a GLP-1 RA due to safety/tolerability reasons.",
         "You are known to have stopped treatment with a glucagon-like peptide-1 receptor agonist (GLP-1 RA) due to "
         "safety/tolerability reasons."),
        # NCT02337725
        ("a history of syncope due to hypotension within 2 years prior to the start of the run-in period.",
         "You have fainted due to low blood pressure within 2 years before the start of the run-in time."),
    ],
)
def test_a_verb_phrase_after_have_is_said_as_a_verb(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # a list goes on in nouns: a verb would break it
        ("Subjects with a history of hemoptysis, cerebral hemorrhage, clinically significant GI hemorrhage, myocardial "
         "infarction within the past 6 months.",
         "You have had coughing up blood, brain hemorrhage, medically important gastrointestinal (GI) bleeding, a "
         "heart attack within the past 6 months."),
        ("Have a history of syncope, presyncopy, uncontrolled vertigo, postural dizziness, or at risk for falls, as "
         "judged to be clinically significant by the investigator.",
         "You have had fainting, presyncopy, uncontrolled vertigo, postural dizziness, or are at risk for falls, as "
         "judged to be medically important by the study doctor."),
        # a gerund after "of" or in a list is a noun already
        ("Significant episode of haemoptysis (>60 mL) in the three months prior to enrolment",
         "You have had a significant episode of coughing up blood (more than 60 mL) in the 3 months before joining "
         "the study."),
        ("No history of hemoptysis", "You have no history of coughing up blood."),
        # "fainting needing X" describes the fainting: no verb
        ("Syncope requiring hospitalization.", "You have fainting needing a hospital stay."),
        # Chia NCT02652572: a gerund a preposition describes is a noun already, and takes the adjective as it is
        ("Significant peripheral edema as per investigator's discretion",
         "You have significant swelling in the legs or arms as per the study doctor's discretion."),
    ],
)
def test_a_gerund_in_a_list_or_described_stays(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # NCT02616783: a singular value takes no "are"; the criterion's unnamed subject is the reader
        ("Estimated glomerular filtration rate ≥ 30 mL/min according to the Cockcroft-Gault formula (eGFRCG) and are "
         "on ARVs that are appropriately dose adjusted for renal function per package insert",
         "Your estimated glomerular filtration rate is at least 30 mL/min using the Cockcroft-Gault formula (eGFRCG) "
         "and you are on antiretrovirals (ARVs) that are appropriately dose adjusted for kidney function per package "
         "insert."),
        # NCT02600819: a measure has no things
        ("Plasma HIV-1 ribonucleic acid (RNA) concentrations < 50 copies/mL for ≥ 6 months preceding the screening "
         "visit and have HIV-1 RNA < 50 copies/mL at screening",
         "Your plasma HIV-1 ribonucleic acid (RNA) concentrations are less than 50 copies/mL for at least 6 months "
         "before the screening visit and you have HIV-1 RNA less than 50 copies/mL at screening."),
        # near-misses: the value's own helping verb; a singular "has" the value may take, as the source has it
        ("Platelet counts ≥ 100,000/mm3 and have remained stable",
         "Your platelet counts are 100,000 per mm³ or more and have remained stable."),
        ("The participant's liver function is damaged and has a significant clinical sign or symptom of hepatopathy",
         "Your liver function is damaged and has a significant clinical sign or symptom of hepatopathy."),
    ],
)
def test_a_verb_joined_to_the_readers_value_that_the_value_cannot_take_is_the_readers(source: str, bullet: str) -> None:
    assert said(source, INC) == bullet


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        # NCT00038194: "have" cannot carry the adjective, which has no other subject
        ("Overt psychosis or mental disability or otherwise incompetent to give informed consent.", EXC,
         "You have overt psychosis or mental disability or are otherwise incompetent to give informed consent."),
        # NCT01604265: a bracket's list is no clause of its own
        ("No cannabinoid use (cannabis, Marinol or Nabilone) at least seven days before study entry and willing to "
         "abstain from any use of cannabis during the study.", INC,
         "You have no cannabinoid use (cannabis, Marinol or Nabilone) at least seven days before study entry and are "
         "willing to abstain from any use of cannabis during the study."),
        # near-misses: a "be" that carries the state already; a clause of its own; a group after a colon
        ("The subject has used any prohibited prescription medications or products prior to the first Check-in, or "
         "is unable or unwilling to forgo the use of such products from the first Check-in through the Day 23 "
         "Discharge, unless deemed acceptable by the investigator.", EXC,
         "You have used any prohibited prescription medicines or products before the first Check-in, or are unable "
         "or unwilling to forgo the use of such products from the first Check-in through the Day 23 Discharge, unless "
         "judged acceptable by the study doctor."),
        ("Any other clinical condition or prior therapy that would make the subject unsuitable for the study or "
         "unable to comply with the dosing requirements.", EXC,
         "You have any other clinical condition or past treatment that would make you unsuitable for the study or "
         "unable to follow the dosing requirements."),
        ("Positive serum or urine pregnancy test at the Baseline Visit (to be performed on all females of "
         "child-bearing potential) or for females of child bearing potential: pregnant, breastfeeding, or unwilling "
         "to use contraception", EXC,
         "You have a positive serum or urine pregnancy test at the Baseline Visit (to be done on all females who can "
         "get pregnant) or for females who can get pregnant: pregnant, breastfeeding, or unwilling to use birth "
         "control."),
    ],
)
def test_a_state_joined_to_you_have_gets_are(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet


def test_a_second_group_with_its_capital_after_or_is_the_reader_too() -> None:
    # NCT01736878: "or Subjects with" lists a second group (no sentence run on), as "or subjects with" does
    assert said(
        "Subjects with symptomatic brain metastases or Subjects with brain metastases under corticosteroid treatment",
        EXC,
    ) == "You have symptomatic brain metastases or you have brain metastases under corticosteroid treatment."
    # near-miss: a second criterion run on after a word, with no "or", keeps the source's words
    assert said(
        "Patients who have mental health or congenital disorder Subjects who, in the investigator's opinion, cannot "
        "be treated per protocol due to functional impairments",
        EXC,
    ).startswith("Patients who have mental health or congenital disorder Subjects who")

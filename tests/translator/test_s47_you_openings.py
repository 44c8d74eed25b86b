"""Session 47, you27: openings put to the reader without a garble ("Your BMI is about 22 to 38 kg/m²", not "Your BMI
of about is …") and states of the reader said with their "You are" ("You are clinically stable …"); real corpus
cases, and the ones left as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    # a rough value: "approximately" stays with the value, after "is" (it read "Your BMI of about is 22 to 38")
    ("Body Mass Index (BMI) of approximately 22 to 38kg/m2",  # NCT02597400
     "Your body mass index (BMI) is about 22 to 38 kg/m²."),
    ("BMI approximately 18-30 kg/m2", "Your body mass index (BMI) is about 18 to 30 kg/m²."),
    # the kept words that were kept already
    ("Creatinine equal to or less than 1.5 mg/dL", "Your creatinine is 1.5 mg/dL or less."),
])
def test_a_rough_value_is_said_after_is(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Clinically stable during the 30 days prior to randomization, without adrenocorticotrophic hormone [ACTH] or "
     "systemic steroid treatment.",  # NCT00134563
     "You are clinically stable during the 30 days before randomization, without adrenocorticotrophic hormone [ACTH] "
     "or systemic steroid treatment."),
    ("Neurologically stable", "You are neurologically stable."),  # NCT00469937
    ("clinically stable as determined by the investigator (pulmonologist)",  # NCT01223183
     "You are clinically stable as judged by the study doctor (pulmonologist)."),
])
def test_a_stable_reader_is_said_with_you_are(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # the adjective of a noun: what is stable is the condition, the outpatients, the psoriasis
    "Clinically stable condition not presumed to change during the study",  # NCT00690898
    "Medically stable outpatients (Investigator's judgment).",  # NCT01049984
    "Clinically stable, plaque psoriasis involving more than 10% of the body surface area",  # NCT00245960
])
def test_a_stable_thing_keeps_its_words(text: str) -> None:
    assert not said(text, INC).startswith("You")


@pytest.mark.parametrize(("text", "plain"), [
    # the patient named in the opening is the reader
    ("Inability of the patient to lie prone for any reason with anesthesia support (e.g. COPD, obesity, etc.).",
     "You cannot lie prone for any reason with anesthesia support. For example, COPD, obesity, etc."),  # NCT00995371
])
def test_the_patients_inability_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_what_staff_do_keeps_its_words() -> None:
    # doctors determine a QT interval: "You cannot determine" would change who cannot
    assert said("Inability of the patient to determine the QT interval", EXC).startswith("Inability of the patient")


@pytest.mark.parametrize(("text", "plain"), [
    # the reader still does it, with help
    ("Able to operate the NovoTTF-100L(O) System independently or with the help of a caregiver",  # NCT02244502
     "You can operate the NovoTTF-100L(O) System independently or with the help of a caregiver."),
    ("Able to complete questionnaires with the help of a caregiver",
     "You can complete questionnaires with the help of a caregiver."),
])
def test_help_from_a_caregiver_keeps_the_reader_the_subject(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_a_caregiver_who_does_it_instead_keeps_the_words() -> None:
    text = "Able to complete questionnaires, or a caregiver able to complete them"
    assert said(text, INC) == text


@pytest.mark.parametrize(("text", "plain"), [
    ("Confirmed laboratory diagnosis of influenza by viral culture within 96 hours prior to study enrollment.",
     "You have a confirmed laboratory diagnosis of flu by viral culture in the 96 hours before joining the study."),
    ("Clinically stable and on stable triple therapy with an ICS/LABA and tiotropium; ",  # Chia
     "You are clinically stable and on stable triple treatment with an inhaled corticosteroid (ICS)/long-acting "
     "beta-agonist (LABA) and tiotropium."),
])
def test_confirmed_diagnosis_and_stable_openings(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # a bare "Confirmed X" keeps its words: "Confirmed Covid19 patient with …", "Confirmed or suspected cases of …",
    # "Confirmed COVID-19 positive" have no "You have" that reads
    "Confirmed Covid19 patient with positive RT PCR",  # NCT04668404
    "Confirmed or suspected cases of SARS-CoV-2 Infection.",  # NCT05365724
    "Confirmed platelet count < 50,000 cells/mm3",
])
def test_a_bare_confirmed_keeps_its_words(text: str) -> None:
    assert said(text, EXC).startswith("Confirmed")


def test_they_who_stop_smoking_are_the_reader() -> None:
    text = (  # NCT04779762
        "Patients who smoke >5 cigarettes per day may be enrolled if they stop smoking from the start of the trial "
        "(smoking negates the effect of the diet)."
    )
    assert said(text, INC) == (
        "If you smoke more than 5 cigarettes a day, you may be enrolled if you stop smoking from the start of the "
        "trial (smoking negates the effect of the diet)."
    )


@pytest.mark.parametrize(("text", "plain"), [
    # "Aged between" as "Age between" already read
    ("Aged between 18 and 75 years.", "You are 18 to 75 years old."),  # NCT02275286
    ("Aged between 18 and 60 years, male or female.", "You are 18 to 60 years old, male or female."),  # NCT04332380
    # the age after a sex label, past its "and ", as it was read before
    ("Male or female and ≥18 years of age on the day of signing informed consent.",  # NCT01235897
     "You are male or female and 18 years or older on the day of signing informed consent."),
    # a state of the reader
    ("Free of any systemic or dermatological disorder",  # NCT00828568
     "You are free of any systemic or dermatological disorder."),
    ("Living in a nursing home.", "You are living in a nursing home."),  # NCT02546856
    ("Living outside of the United States", "You are living outside of the United States."),  # NCT04779827
    ("Residing in the Manya Krobo or Yilo Krobo district",  # NCT00970866 (Chia)
     "You are living in the Manya Krobo or Yilo Krobo district."),
])
def test_ages_and_states_of_the_reader(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    "Living or planned travel outside Montreal (> 1h of driving) area during closed-loop procedures.",  # NCT02416765
    # the later "or is willing" had the reader for its subject: "You are living in an area that … or is willing"
    "Living in an area that is within 3 hours driving distance from the study site or is willing to stay in such a "
    "place the night before",  # NCT02605434
    "Living donor kidney transplant",
])
def test_living_that_is_no_state_of_the_reader_keeps_its_words(text: str) -> None:
    assert not said(text, EXC).startswith("You")

"""Plainer words for the reading grade (session 46, plain24): "including" before examples said "such as", "excluding"
said "except", and "any history of X" said "ever had X" (translator.offline_example_words). Real corpus sources; each
rule has cases that change and near cases that must not (a measure or an exam that must hold what follows, a bound
taken in, a question, a list's lead-in)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Any serious medical condition, including psychiatric illnesses that will prevent the patient from signing "
            "the informed consent or place the patient at an unacceptable risk if he/she participates in the study.",
            "You have any serious health problem, such as mental illnesses that will prevent you from signing the "
            "informed consent or place you at an unacceptable risk if you take part in the study.",
        ),
        (
            "Uncontrolled intercurrent illness including, but not limited to, ongoing or active infection, symptomatic "
            "congestive heart failure, unstable angina pectoris, cardiac arrhythmia, or psychiatric illness/social "
            "situations that would limit compliance with study requirements",
            "You have an uncontrolled intercurrent illness such as ongoing or active infection, congestive heart "
            "failure that causes symptoms, unstable angina pectoris, cardiac arrhythmia, or mental illness/social "
            "situations that would limit compliance with study rules.",
        ),
        (
            "Use of prescription or non-prescription drugs, including vitamins, herbal and dietary supplements "
            "(including St John'sWort) within 7 days (or 14 days if the drug is a potential enzyme inducer) or 5 "
            "half-lives (whichever is longer) prior to the first dose of study medication, unless in the opinion of "
            "the Investigator and sponsor the medication will not interfere with the study procedures or compromise "
            "subject safety.",
            "You have used prescription or non-prescription drugs, such as vitamins, herbal and dietary supplements "
            "(such as St John'sWort) within 7 days (or 14 days if the drug is a potential enzyme inducer) or 5 "
            "half-lives (whichever is longer) before the first dose of study medicine, unless in the view of the "
            "study doctor and sponsor the medicine will not get in the way of the study procedures or compromise "
            "subject safety.",
        ),
    ],
)
def test_including_before_examples_is_such_as(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain", "kind"),
    [
        # a bound taken in: C1D1 is no example of the 22 days
        (
            "Subjects undergoing chemotherapy or immunotherapy for the purpose of treatment of the target disease "
            "within 22 days before C1D1 (including C1D1) (using antibody drugs only within 3 months before C1D1)",
            "You are having chemotherapy or immunotherapy for the purpose of treatment of the target disease within "
            "22 days before C1D1 (including C1D1) (using antibody drugs only within 3 months before C1D1).",
            SectionKind.EXCLUSION,
        ),
        # what an exam must hold, and a range's end taken in
        (
            "Male and/or female subjects without clinically relevant abnormalities identified by a detailed medical "
            "history, full physical examination, including blood pressure and pulse rate measurements, 12 lead ECG "
            "and clinical laboratory tests",
            "Male and/or female subjects without medically important abnormalities identified by a detailed health "
            "history, full physical exam, including blood pressure and pulse rate measurements, 12 lead ECG and "
            "clinical lab tests",
            INCLUSION,
        ),
        (
            "Anti-dsDNA antibodies at screening elevated to above normal (including indeterminate), as per the "
            "central laboratory; OR",
            "Anti-dsDNA antibodies at screening elevated to above normal (including indeterminate), as per the central "
            "lab; OR",
            INCLUSION,
        ),
        # at a sentence's end the split's "This includes X." stays (shorter than "For example, X.")
        (
            "Known central nervous system tumors including metastatic brain disease",
            "You are known to have central nervous system tumors. This includes metastatic brain disease.",
            SectionKind.EXCLUSION,
        ),
    ],
)
def test_including_that_holds_or_ends_a_sentence_stays(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain


def test_excluding_in_brackets_is_except() -> None:
    assert said(
        "Subject has a recent history (within the past 6 months) of suspected substance abuse or dependence disorder "
        "(excluding nicotine) in accordance with DSM-IV-TR™ criteria."
    ) == (
        "You have a recent history (within the past 6 months) of suspected substance abuse or dependence disorder "
        "(except nicotine) in line with Diagnostic and Statistical Manual of Mental Disorders (DSM-IV-TR)™ criteria."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Any history of uveitis in either eye.", "You have ever had uveitis in either eye."),
        ("Any history of allergy to povidone iodine.", "You have ever had an allergy to povidone iodine."),
        # a second "history of" leans on the same "have": both stay
        (
            "Any history of cerebrovascular accident, or transient ischemic attack at any time, or history of "
            "symptomatic coronary artery disease < 6 months before screening.",
            "You have any history of stroke, or transient ischemic attack at any time, or have had symptomatic "
            "coronary artery disease less than 6 months before screening.",
        ),
        ("Do you have any history of seizures?", "Do you have any history of seizures?"),
    ],
)
def test_any_history_of_is_ever_had(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # beside a window "ever" would contradict it: "had any" (offline_histories, session 47)
        ("Any history of cancer within last 5 years", "You have had any cancer within the last 5 years."),
    ],
)
def test_any_history_beside_a_window_stays(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "The patient must have completed at least 4 months of adjuvant chemotherapy (i.e., FOLFOX, CapeOx, or "
            "other, such as 5-fluorouracil, leucovorin, oxaliplatin (FLOX), 5-fluorouracil/leucovorin (5FU/LV), "
            "capecitabine).",
            "You must have finished at least 4 months of adjuvant chemotherapy. This means FOLFOX, CapeOx, or other, "
            "such as 5-fluorouracil, leucovorin, oxaliplatin (FLOX), 5-fluorouracil/leucovorin (5FU/LV), "
            "capecitabine.",
        ),
        # people taken in stay "including"; the study gone through is finished
        (
            "Female subjects of childbearing potential (including perimenopausal females who have had a menstrual "
            "period within 1 year prior to screening) must agree to use a reliable method of contraception until "
            "they have completed the study",
            "Female subjects able to get pregnant must agree to use a reliable method of birth control until they "
            "have finished the study. This includes perimenopausal females who have had a monthly period in the 1 "
            "year before screening.",
        ),
    ],
)
def test_a_treatment_or_study_completed_is_finished(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


def test_including_before_a_list_heading_stays() -> None:
    assert said(
        "Subjects with any history of or current clinically significant gastrointestinal disease including, but not "
        "limited to:"
    ) == "You have any history of or current medically important digestive disease including:"  # (session 55)


@pytest.mark.parametrize(
    ("source", "plain", "kind"),
    [
        # what a record must hold is no example of it
        (
            "If applicable, documentation (including date of surgery) of prior VNS.",
            "If applicable, documentation (including date of surgery) of past VNS.",
            INCLUSION,
        ),
        # proof the source asks for
        (
            "Specific diagnosis of FM by the participant's rheumatologist or physician, including written "
            "confirmation, from a physician, of the FM diagnosis.",
            "You have a specific diagnosis of fibromyalgia (FM) by your rheumatologist or doctor, including written "
            "confirmation, from a doctor, of the FM diagnosis.",
            INCLUSION,
        ),
        # a regimen's parts are no examples of it (Chia)
        (
            "On multiple daily insulin injections, including basal long-acting insulin and rapid-acting insulin",
            "You are on multiple daily insulin injections. This includes basal long-acting insulin and rapid-acting "
            "insulin.",
            INCLUSION,
        ),
        # examples already begun: a second "such as" would make the attacks strokes
        (
            "Thrombolic or embolic events such as a stroke, including transient ischemic attacks, within the past 6 "
            "months",
            "Thrombolic or embolic events such as a stroke, including transient ischemic attacks, within the past 6 "
            "months",
            SectionKind.EXCLUSION,
        ),
    ],
)
def test_including_after_a_record_or_other_examples_stays(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain

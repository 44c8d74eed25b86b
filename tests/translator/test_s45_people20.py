"""A later sentence that names the reader's group again ("You have X. Patients with Y are eligible."), put to the
reader when it is an exception or an extra condition for the same person (translator.offline_later_subjects), and the
subject's verdict read past "also", "still" and "remain" (offline_subjects_words.JUDGED_MAIN). Each rule has cases
that change and near cases that must not: a group the reader may not be in, what the study finds of a group, a
sentence in the past, a later "These patients", a "with" that needs its subject."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00038480: an exception for the reader, its "not excluded" and its tense kept
            "Previously used LPV/RTV. Patients who were treated previously with other PIs are not excluded. Prior or"
            " concurrent maternal treatment with LPV/RTV is not excluded.",
            "You have used LPV/RTV. If you were treated previously with other PIs, you are not excluded. Prior or"
            " concurrent maternal treatment with LPV/RTV is not excluded.",
        ),
        (  # the modal "might" kept
            "Current alcohol or substance abuse. Patients on methadone substitution programs might be considered for"
            " inclusion in the trial.",
            "You have current alcohol or substance abuse. If you are on methadone substitution programs, you might be"
            " considered for inclusion in the trial.",
        ),
        (  # NCT01495884: an extra condition, with its numbers
            "Total bilirubin ≤ ULN. Patients with Gilbert's syndrome prior to study entry must have total bilirubin"
            " < 3 x ULN.",
            "Your total bilirubin is at most the upper limit of normal. If you have Gilbert's syndrome before joining"
            " the study, you must have total bilirubin less than 3 times the upper limit of normal.",
        ),
        (  # NCT03135899: a duty of the bare subject
            "Age >= 18 <= 60 years. Subjects must be within the eligible age range on the day of signing informed"
            " consent.",
            "You are 18 to 60 years old. You must be within the eligible age range on the day of signing informed"
            " consent.",
        ),
        (  # NCT02219932
            "Presence of acute or chronic hepatitis. Subjects who have evidence of prior hepatitis infection that has"
            " been serologically confirmed as resolved are not excluded from study participation",
            "You have acute or chronic hepatitis. If you have signs of past hepatitis infection that has been"
            " serologically confirmed as resolved, you are not excluded from taking part in the study.",
        ),
        (  # "Patients whose …" → "If your …"
            "Known active HIV infection. Patients whose viral load is undetectable are eligible.",
            "You are known to have active HIV infection. If your viral load is undetectable, you can take part.",
        ),
        (  # "are also excluded": the verdict past "also"
            "Inflammatory bowel disease. Subjects with ulcerative colitis and Crohn's disease are also excluded",
            "You have inflammatory bowel disease. If you have ulcerative colitis and Crohn's disease, you also cannot"
            " take part.",
        ),
        (  # NCT02594332: "not" and the numbers of the exception kept
            "Current smokers or former smokers with a smoking history of ≥ 10 pack years. Patients who have not smoked"
            " for ≥ 6 months before visit 1 and have < 10 pack years can be included into the study.",
            "You are a current smoker or former smoker with a smoking history of 10 pack-years or more. If you have not"
            " smoked for at least 6 months before visit 1 and have less than 10 pack-years, you can be included into"
            " the study.",
        ),
    ],
)
def test_a_later_sentence_on_the_readers_group_is_put_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # after a connective and its comma: "if" mid-sentence
            "Prior radiotherapy to the brain. However, subjects treated with interstitial brachytherapy or"
            " single-fraction stereotactic radiosurgery are not eligible for this trial.",
            "You have had radiation treatment to the brain. However, if you have been treated with interstitial"
            " brachytherapy or single-fraction stereotactic radiosurgery, you cannot take part.",
        ),
        (
            "Untreated CNS metastases. In addition, subjects must be either off corticosteroids, or on a stable or"
            " decreasing dose of ≤10 mg daily prednisone (or equivalent)",
            "You have untreated CNS metastases. Also, you must be either off corticosteroids, or on a stable or"
            " decreasing dose of no more than 10 mg daily prednisone (or equivalent).",
        ),
    ],
)
def test_a_later_sentence_after_a_connective_is_put_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


def test_an_inclusion_allowance_is_put_to_the_reader() -> None:
    assert said("Measurable disease. Patients may enter with a solitary measurable lesion.", INCLUSION) == (
        "You have measurable disease. You may enter with a solitary measurable lesion."
    )


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # what the study finds of a group, not a verdict or a duty
        (
            "Known HIV infection. Patients who are HIV seropositive can have decreased immune competence and thus may"
            " be less responsive to the experimental treatment.",
            "Patients who are HIV seropositive can have decreased immune competence",
        ),
        # a part of the study the reader may not be in
        (
            "Known diabetes. Patients in the Diabetic Expansion Cohort must have a fasting glucose of ≤ 150 mg/dL at"
            " baseline.",
            "Patients in the Diabetic Expansion Cohort must have",
        ),
        # a sentence in the past
        (
            "Recent asthma exacerbation. Participants with mild asthma that was well-controlled without the use of"
            " inhaled corticosteroids within 6 weeks prior to Visit 1 were eligible for the study",
            "Participants with mild asthma that was well-controlled",
        ),
        # "or with" leaned on the subject: "If you need X or with Y" is no sentence
        (
            "Evidence of symptomatic pleural effusions. Patients who require supplemental oxygen or with oxygen"
            " saturation on room air <89% are not eligible.",
            "Patients who need supplemental oxygen or with oxygen saturation",
        ),
        # NCT00411762: a "who" after the verdict leaned on the subject
        (
            "Men or women ≥18 years of age with either a histologic or cytologic diagnosis of locally advanced or"
            " metastatic pancreatic adenocarcinoma. However, patients with other solid malignancies will be allowed"
            " to participate during the dose escalating Phase I part of the study, who had failed to respond to"
            " standard therapy or for which no standard therapy exists.",
            "However, patients with other solid cancers will be allowed",
        ),
        # a later "These patients" may mean the group or the reader: all stays
        (
            "Known brain metastases. Patients with treated brain metastases are eligible. These patients must be off"
            " steroids.",
            "Patients with treated brain metastases can take part. These patients must be off steroids.",
        ),
    ],
)
def test_a_later_sentence_about_others_keeps_its_subject(source: str, kept: str) -> None:
    assert kept in said(source)


def test_the_readers_verbs_after_a_colon_that_spells_out_criteria() -> None:
    # NCT02291679: "reports" after the colon is the reader's, as "meets" before it
    source = (
        "Patient meets protocol criteria for CIC: reports < 3 bowel movements (BMs) per week and reports one or more"
        " of the following during ≥ 25% of BMs: straining, lumpy or hard stools"
    )
    assert said(source, INCLUSION) == (
        "You meet protocol criteria for CIC: you report less than 3 bowel movements (BMs) per week and report one or"
        " more of the following during 25% or more of BMs: straining, lumpy or hard stools."
    )


def test_a_noun_after_a_colon_stays() -> None:
    assert said("Meets the following criteria: fever and cough", INCLUSION) == (
        "You meet these criteria: fever and cough."
    )

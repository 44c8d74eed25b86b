"""A later sentence granting the reader's group an exception on a condition of its own ("… are eligible if they
meet …"), put to the reader with its "they" (offline_subject_pronouns.they_edits, read by offline_later_subjects):
plural things before the "they" ("brain metastases") no longer keep it the source's when what follows it only a
person does ("they meet", "they have completed"). Near cases keep "Patients …": a predicate the things might have
("they are stable", "they have been treated")."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02580058: "they have completed their treatment" is the patients', not the metastases'
            "Known symptomatic brain metastases requiring steroids. Patients with previously diagnosed brain"
            " metastases are eligible if they have completed their treatment and have recovered from the acute"
            " effects of radiation therapy or surgery prior to study entry, have discontinued corticosteroid"
            " treatment for these metastases for at least 4 weeks prior to study entry and are neurologically"
            " stable.",
            "You are known to have symptomatic brain metastases needing steroids. If you have diagnosed brain"
            " metastases, you can take part if you have finished your treatment and have recovered from the acute"
            " effects of radiation treatment or surgery before joining the study, have stopped corticosteroid"
            " treatment for these metastases for at least 4 weeks before study entry and are neurologically stable.",
        ),
        (  # NCT03179501: "3 months" is no one who meets criteria
            "Systolic blood pressure < 100 mm Hg or > 160 mm Hg, diastolic blood pressure > 98 mm Hg. Patients on"
            " stable treatment for at least 3 months for hypertension are allowed as long as they meet entry"
            " criteria,",
            "Your systolic blood pressure is less than 100 mmHg or more than 160 mmHg, diastolic blood pressure more"
            " than 98 mmHg. If you are on stable treatment for at least 3 months for high blood pressure, you can"
            " join as long as you meet entry criteria.",
        ),
        (  # NCT02389842
            "Known untreated or active central nervous system (CNS) metastases (progressing or requiring"
            " corticosteroids for symptomatic control). Patients with a history of treated CNS metastases are"
            " eligible, provided they meet all of the following criteria:",
            "You are known to have untreated or active central nervous system (CNS) metastases (progressing or needing"
            " corticosteroids for symptomatic control). If you have had treated CNS metastases, you can take part,"
            " as long as you meet all of these:",
        ),
        (  # NCT01334073: the modal "may" and "without histological documentation" kept
            "Histologically proven advanced adult solid tumors, with the exception of Hodgkin and non Hodgkin"
            " lymphoma. Patients with hepatocellular carcinomas (HCC) may be enrolled without histological"
            " documentation if they meet the consensus non-invasive diagnostic criteria.",
            "You have histologically proven advanced adult solid tumors. This does not include Hodgkin and non"
            " Hodgkin lymphoma. If you have hepatocellular carcinomas (HCC), you may be enrolled without"
            " histological documentation if you meet the consensus non-invasive diagnostic criteria.",
        ),
    ],
)
def test_a_later_exception_on_a_persons_condition_is_put_to_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # NCT02630823: stable may be said of the metastases
        (
            "Known active central nervous system metastases and/or carcinomatous meningitis. Subjects with previously"
            " treated brain metastases may participate provided they are stable (without evidence of progression by"
            " imaging for at least 4 weeks prior to the first dose of MK-3475).",
            "Subjects with previously treated brain metastases may take part as long as they are stable",
        ),
        # NCT01041235: so may "have been treated"
        (
            "Have active CNS metastasis. Patients with a history of CNS metastases will be eligible if they have been"
            " treated and are stable without symptoms for 4 weeks after completion of treatment.",
            "if they have been treated and are stable",
        ),
    ],
)
def test_a_they_the_things_before_it_may_be_stays(source: str, kept: str) -> None:
    assert kept in said(source)

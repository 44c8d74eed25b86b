"""An exclusion's "Patients with X" before a closing condition, or a colon that says what X is, put to the reader.

Each case is a corpus criterion that kept "Patients"/"Subjects" before; the bullet must say exactly what the source
says, and the shapes these rules must leave alone (a subset's condition in an inclusion, a "they" that may be the
illness, another group after the colon) keep their words.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # a closing "if"/"unless" clause keeps its own subject and words
        (
            "Patients with hypokalemia or hypomagnesemia if it cannot be corrected prior to dasatinib administration.",
            EXC,
            "You have low potassium in the blood or low magnesium in the blood if it cannot be corrected before "
            "dasatinib administration.",
        ),
        (
            "Patients with a second malignancy other than squamous/basal cell carcinoma of the skin or in situ "
            "carcinoma of the cervix unless the tumor was curatively treated at least two years previously.",
            EXC,
            "You have a second cancer other than squamous/basal cell carcinoma of the skin or in situ carcinoma of the "
            "cervix unless the tumor was curatively treated at least two years previously.",
        ),
        (
            "Patient with synchronous primary endometrial cancer unless both of the following criteria are met:",
            EXC,
            "You have synchronous primary endometrial cancer unless both of these rules are met:",
        ),
        # a colon that says what X is, or which
        (
            "Subjects with severe renal impairment: creatinine clearance <30 mL/min.",
            EXC,
            "You have severely reduced kidney function: creatinine clearance less than 30 mL/min.",
        ),
        (
            "Patients with suspected associated prolactinoma: prolactin level > 100 ng/mL (central laboratory "
            "results),",
            EXC,
            "You have suspected associated prolactinoma: prolactin level more than 100 ng/mL (central lab results).",
        ),
        (
            "Patients who underwent prior local treatment for retroperitoneal sarcoma: surgery or radiotherapy in the "
            "tumour bed.",
            EXC,
            "You had past local treatment for retroperitoneal sarcoma: surgery or radiation treatment in the tumour "
            "bed.",
        ),
        # "the subject" of a later sentence is the reader again; a closing note "for … women" names no subject
        (
            "Female subject is pregnant or breast-feeding. Confirmation that the subject is not pregnant must be "
            "established by a negative serum pregnancy test result obtained during screening. Pregnancy testing is not "
            "required for post-menopausal or surgically sterilized women.",
            EXC,
            "You are female and pregnant or breastfeeding. Confirmation that you are not pregnant must be established "
            "by a negative serum pregnancy test result obtained during screening. Pregnancy testing is not needed for "
            "post-menopausal or surgically sterilized women.",
        ),
    ],
)
def test_said_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


def test_a_plain_subjects_later_patient_stays() -> None:
    # Chia NCT02944929: "the refusal of you" would be no sentence
    source = (
        "Patients who are unwilling to participate in the study. For the one under guardianship, the refusal of the "
        "patient will be the final decision even if the guardian is willing to participate."
    )
    assert "the refusal of the patient" in said(source, EXC)


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # "they" may be the illness: "unless you are considered clinically irrelevant" would make it the reader
        ("Volunteers with psychiatric or psychological illness unless they are considered clinically irrelevant by "
         "the investigator", EXC),
        # in an inclusion the colon's condition is for those with X only: "You have liver metastases" would ask X
        ("Patients with documented liver metastases: AST (SGOT) and/or ALT (SGPT) ≤ 5 × ULN", INC),
        # a "who" after the closing word is the subject's again: "You have X except Y and who is …" would dangle
        ("Patients with any neoplasm except localized skin cancer and who is receiving adequate treatment.", EXC),
        # another group after the colon
        ("Participants with venous thromboembolism within the past 6 months prior to randomization: participants "
         "with venous port or catheter thrombosis that do not require treatment are excepted", EXC),
        # a verb after the colon belongs to the subject ("… including: X will be excluded")
        ("Patients with gastrointestinal abnormalities including: inability to take oral medication, or prior "
         "surgical procedures affecting nutrient /drug absorption will be excluded.", EXC),
        # a later sentence with a group as its subject: not one reader
        ("Female subject is pregnant or breast-feeding. Lactating females must agree not to breastfeed while taking "
         "lenalidomide.", EXC),
    ],
)
def test_left_in_the_third_person(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith(("You", "If you", "Your"))

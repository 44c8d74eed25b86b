"""Third-person openings put to the reader: a subject's place in the study or standing, its verdict, its contractions.

Each case is a criterion of the corpus (or its shape) that kept "Patients"/"Subjects"/"Women" before; the bullet must
say exactly what the source says, and a criterion these rules must leave alone keeps its words.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # the whole study's members: everyone who joins, so no condition
        ("Patients included in the study must be 18 years or older.", INC, "You must be 18 years or older."),
        # both sexes together are every reader, as "Male and female patients must use X" says
        (
            "Men and women enrolling in the study must be at least 18 years of age at the time of giving informed "
            "consent.",
            INC,
            "You must be at least 18 years of age at the time of giving informed consent.",
        ),
        # who may join, by what they must meet: the requirement stays one
        (
            "Subjects eligible for enrollment in the study must meet all of the following:",
            INC,
            "To be eligible for enrollment in the study, you must meet all of these:",
        ),
        (
            "Patients eligible for inclusion in this study have to meet all of the following:",
            INC,
            "To be eligible for inclusion in this study, you have to meet all of these:",
        ),
        # a part of the study is a condition on some
        (
            "Patients enrolled in Part 2 must be willing to have surgical resection.",
            INC,
            "If you are enrolled in Part 2, you must be willing to have surgical resection.",
        ),
        (
            "Patients enrolled on dose level 1 (50 mg/m^2) must have BSA 1.2 m2 or more",
            INC,
            "If you are enrolled on dose level 1 (50 mg/m^2), you must have body surface area (BSA) 1.2 m2 or more.",
        ),
        # a standing with no verb of its own: "You are …" with the source's words
        ("Subjects affiliated to a social security system.", INC, "You are affiliated to a social security system."),
        ("Patients unfit for surgery.", EXC, "You are unfit for surgery."),
        ("Participants co-infected with hepatitis B or HIV.", EXC, "You are co-infected with hepatitis B or HIV."),
        ("Participant naïve to raltegravir (RAL)", INC, "You are naïve to raltegravir (RAL)."),
        (
            "Subjects positive for hepatitis B surface antigen (HBsAg) cannot take part.",
            EXC,
            "If you are positive for hepatitis B surface antigen (HBsAg), you cannot take part.",
        ),
        # the verdict "are not to be enrolled", "are only eligible … if they": the reader's, with "they" as "you"
        (
            "Patients meeting any of the following exclusion criteria are not to be enrolled in the study:",
            EXC,
            "If you meet any of the following exclusion criteria, you are not to be enrolled in the study:",
        ),
        (
            "Patients with hepatitis B virus (HBV) are only eligible for inclusion if they meet all these criteria:",
            INC,
            "If you have hepatitis B virus (HBV), you are only eligible for inclusion if you meet all these criteria:",
        ),
        # "(ex. X, Y)" ends no sentence
        (
            "Patients who have received other FLT3 inhibitors (ex. lestaurtinib, sorafenib) are eligible for this "
            "study.",
            INC,
            "If you have had other FLT3 inhibitors (ex. lestaurtinib, sorafenib), you can take part.",
        ),
        # a contracted negation is the reader's verb too
        (
            "Patients who don't speak one of Canada's official languages (English and French)",
            EXC,
            "You don't speak one of Canada's official languages (English and French).",
        ),
        # "of reproductive potential" said as the lexicon says it, the narrowing kept
        (
            "Women of reproductive potential who are unwilling or unable to use acceptable methods to avoid pregnancy "
            "for the entire study period",
            EXC,
            "You are a woman able to have children and are unwilling or unable to use acceptable methods to avoid "
            "pregnancy for the entire study.",
        ),
        # a "who" clause that lists its verbs: one description of the reader
        (
            "Patients who are expected to go on to lung transplantation, have rapidly deteriorating disease, or have "
            "a life expectancy less than 3 months from screening",
            EXC,
            "You are expected to go on to lung transplant, have rapidly deteriorating disease, or have a life "
            "expectancy less than 3 months from screening.",
        ),
        # "and cannot" after one "who" verb is no list: the reading as before
        (
            "Patients who are on the following drugs and cannot have a drug substitution: flecainide, methadone.",
            EXC,
            "You are on these drugs and cannot have a drug substitution: flecainide, methadone.",
        ),
        # an inclusion's later group is the reader too: either may join
        (
            "Patients with relapsed disease or patients who have refractory disease",
            INC,
            "You have relapsed disease or you have refractory disease.",
        ),
        # the verdict "are not qualified", and "must not meet" of who may join
        (
            "Subjects who can not abstain from alcohol intake during the entire duration of this protocol are not "
            "qualified for this study.",
            EXC,
            "If you can not avoid alcohol intake during the entire length of this study plan, you are not "
            "qualified for this study.",
        ),
        (
            "Patients eligible for this study must not meet any of the following criteria:",
            EXC,
            "To be eligible for this study, you must not meet any of these:",
        ),
        (
            "Patients aged 75 years or older, or patients aged at least 70 years with diabetes",
            INC,
            "You are 75 years or older, or you are aged at least 70 years with diabetes.",
        ),
        # an inclusion's later group with a clause of its own reads on after "You …", as it did
        (
            "Participants must not be pregnant or lactating, and those who are sexually active must be using a "
            "medically accepted form of birth control.",
            INC,
            "You must not be pregnant or breastfeeding, and those who are sexually active must be using a medically "
            "accepted form of birth control.",
        ),
        # a relative clause's own modal is no duty of the narrowed group
        (
            "Female subjects of reproductive potential, who are participating in sexual activity that could lead to "
            "pregnancy, must agree to use at least one reliable form of contraceptive.",
            INC,
            "If you are a female able to have children and are taking part in sexual activity that could lead to "
            "pregnancy, you must agree to use at least one reliable form of birth control.",
        ),
        # a subject "of both sexes" is the label "Male or female"
        ("Patients of both sexes older than 18 years", INC, "You are male or female and older than 18 years."),
        (
            "Subjects of either gender aged 50 years or older",
            INC,
            "You are male or female and aged 50 years or older.",
        ),
        (
            "Patients of both genders with Multiple Sclerosis (McDonald criteria 2010)",
            INC,
            "You are male or female and have multiple sclerosis (McDonald criteria 2010).",
        ),
    ],
)
def test_third_person_opening_is_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a "they" that may be the metastases, not the patients
        ("Patients with brain metastases are only eligible if they have been treated.", INC),
        # who is eligible, said by who they are, not by what they must meet: no requirement to turn round
        ("Patients eligible for the study will be those who have anti-HLA antibody of more than 30%.", INC),
        # a header that only names the group heads what is asked of them
        ("Women of childbearing potential:", INC),
        # a noun that says more than the reader ("volunteers") is no plain subject to drop
        ("Volunteers of both sexes older than 18 years", INC),
    ],
)
def test_unclear_subject_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert said(source, kind).startswith(source.split()[0])
    assert "you" not in said(source, kind).lower().split()

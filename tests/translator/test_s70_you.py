"""Session 70's leftovers put to the reader: a risk joined to "You have X" (offline_coordinated_be), an elapsed time
after a topic label (offline_elapsed), a sex label with its potential and an age or a use, or with its age in an
aside (offline_sexes), a sex subject's "that" read as "who" (offline_subject_terms). Real corpus wordings, and the
near-misses each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.translation import SectionKind


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # a risk joined by "or" to what the reader has: the reader is at the risk
    ("Severe depression or at suicidal risk", EXC, "You have severe depression or are at suicidal risk."),
    ("Patient with active bleeding or at a high risk of bleeding (ulcer disease, intracranial bleeding in the previous"
     " 6 months, uncontrolled hypertension)", EXC,
     "You have active bleeding or are at a high risk of bleeding (ulcer disease, intracranial bleeding in the past 6 "
     "months, high blood pressure that is not under control)."),
    ("Patients with a history of, or at imminent risk for, colectomy; who required gastrointestinal surgery within 2 "
     "months before screening;", EXC,
     "You have a history of, or are at imminent risk for, colectomy; who needed digestive surgery within 2 months "
     "before screening."),
    # an elapsed time after a topic label: the topic stays, the time is said as a bare one is
    ("Other: At least 72 hours since prior aspirin", INC,
     "Other: It has been at least 72 hours since any past aspirin."),
    ("Radiotherapy: At least 3 weeks since radiation therapy", INC,
     "Radiation treatment: It has been at least 3 weeks since radiation treatment."),
    ("Hematopoietic growth factors: At least 7 days since the completion of therapy with a growth factor.", INC,
     "Hematopoietic growth factors: It has been at least 7 days since the end of therapy with a growth factor."),
    # an aside on the amount stays by it; "prior and no other concurrent X" keeps its "other"
    ("At least 3 weeks (6 for nitrosourea) since prior chemotherapy and recovered", INC,
     "It has been at least 3 weeks (6 for nitrosourea) since any past chemotherapy. You have also recovered."),
    ("More than 5 years since prior and no other concurrent chemotherapy", INC,
     "It has been more than 5 years since any past chemotherapy, and you have no other at the same time."),
    ("At least 4 weeks since prior and no other concurrent investigational agents", INC,
     "It has been at least 4 weeks since any past experimental drugs. You also have no other at the same time."),
    # a sex label with its potential and an age
    ("Men or women of non-child bearing potential, aged between 18 and 60 years of age inclusive.", INC,
     "You are a man or a woman, not able to have children and aged 18 to 60 years old inclusive."),
    ("Healthy male and/or female subjects of non childbearing potential between the ages of 18 and 55 years, "
     "inclusive.", INC,
     "You are a healthy male or female, not able to have children and 18 to 55 years old, inclusive."),
    # … or a use: not willing to use it excludes; using it is asked of those able to have children
    ("Women or men of childbearing potential not willing to use effective contraception, including barrier "
     "protection.", EXC,
     "You are a woman or a man and able to have children, and are not willing to use effective birth control. This "
     "includes barrier protection."),
    ("Women and men of childbearing potential using adequate contraception", INC,
     "If you are a woman or a man and able to have children, you are using good enough birth control."),
    # a sex label's age in an aside, then "with": the aside stays where it is
    ("Male or female patients (18 -75 years of age) with idiopathic pulmonary arterial hypertension", INC,
     "You are male or female (18 to 75 years old) and have idiopathic pulmonary arterial hypertension."),
    # a people's name before the label, as after it; "Both" before a label of two sexes
    ("Japanese male or female", INC, "You are a Japanese male or female."),
    ("Japanese men and women aged 20 years or older,", INC,
     "You are a Japanese man or woman and aged 20 years or older."),
    ("Japanese male or females of non-childbearing potential, ages 50-85", INC,
     "You are a Japanese male or female, not able to have children and aged 50 to 85 years old."),
    ("Japanese male or female patients with T2DM diagnosed for at least 1 year prior to the time of screening as "
     "established in the medical history.", INC,
     "You are a Japanese male or female and have T2DM diagnosed for at least 1 year before the time of screening as "
     "established in the health history."),
    ("Both men and women of childbearing potential must agree to use adequate contraception (one of the following "
     "listed below) prior to study entry, for the duration of study participation", INC,
     "If you are a man or a woman and able to have children, you must agree to use good enough birth control (one of "
     "the following listed below) before joining the study, for the length of the study."),
    # a sex subject's "that" is its "who"
    ("Female that is highly unlikely to become pregnant", INC,
     "If you are female, you are highly unlikely to get pregnant."),
])
def test_put_to_the_reader(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected
    assert checks(source, expected, kind) == []


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # "or at risk" after a clause of its own ("that requires …") may be the infection's: left as the rules had it
    ("Active hepatitis B virus (HBV) or hepatitis C virus infection that requires treatment or at risk for HBV "
     "reactivation.", EXC,
     "You have active hepatitis B virus (HBV) or hepatitis C virus infection that needs treatment or at risk for HBV "
     "reactivation."),
    # "and at risk" may be the first noun's
    ("History of stroke and at risk of bleeding", EXC, "You have had a stroke and at risk of bleeding."),
    # a topic that is an exception, or a time run on into other items, keeps its words
    ("Exception: At least 4 weeks since prior radiotherapy", INC,
     "Exception: At least 4 weeks since past radiation treatment"),
    ("Chemotherapy: At least 3 weeks since chemotherapy No concurrent chemotherapy", INC,
     "Chemotherapy: At least 3 weeks since chemotherapy No chemotherapy at the same time"),
    # an aside after "and recovered" would move away from the time it qualifies; an exclusion's "and no other
    # concurrent X" (offline_since: what lets the reader in is unclear there)
    ("At least 4 weeks since prior chemotherapy and recovered (6 weeks for mitomycin C or nitrosoureas)", INC,
     "At least 4 weeks since past chemotherapy and recovered (6 weeks for mitomycin C or nitrosoureas)"),
    ("More than 5 years since prior and no other concurrent chemotherapy", EXC,
     "More than 5 years since prior and no other chemotherapy at the same time"),
    # a second sentence about other people, a partner in the use, a use the section does not say so
    ("Males or females of non-childbearing potential aged 18 to 65 years. Females must be surgically sterile, or "
     "post-menopausal for at least 12 months.", INC,
     "Males or females not able to have children aged 18 to 65 years old. Females must be sterilized by surgery, or "
     "post-menopausal for at least 12 months."),
    ("Men and women of childbearing potential unwilling to use contraception with their partner", EXC,
     "Men and women able to have children unwilling to use birth control with their partner"),
    ("Men or women of childbearing potential using adequate contraception", EXC,
     "Men or women able to have children using good enough birth control"),
    ("Men or women of childbearing potential not using adequate contraception", INC,
     "Men or women able to have children not using good enough birth control"),
    # "Both men and women" with others in the sentence, a label joined to their partners: as written
    ("Both men and women of all races and ethnic groups are eligible for this trial.", INC,
     "Both men and women of all races and ethnic groups can take part."),
    ("Both male and female patients and their partners of childbearing potential must agree to use 2 medically "
     "accepted methods of contraception", INC,
     "Both male and female patients and their partners able to get pregnant must agree to use 2 medically accepted "
     "methods of birth control"),
    # a name and a second "who" clause of the label's
    ("Japanese males and females aged 20 or above who have signed the informed consent form", INC,
     "Japanese males and females aged 20 years or older who have signed the informed consent form"),
    # an aside that is no age
    ("Male or female patients (postmenopausal or sterilized) with type 2 diabetes", INC,
     "Male or female patients (postmenopausal or sterilized) with type 2 diabetes"),
])
def test_left_alone(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected

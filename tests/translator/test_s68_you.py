"""Bullets that speak to the reader where the source named a group: a list that names its subject again for each
item ("Patients with X, Patients requiring Y, …") said "you" for every item; "they use" after the reader's duty; a
lexicon term that names people after "you are male and"; a judgement by the study doctor that is no verdict. And the
near-misses each rule leaves as they were."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT01072396: a bare comma lists the next group, and a participle describes it as "with" does
            "Patients with a history of asthma, Patients requiring the use of supplemental oxygen therapy, Patients who"
            " have a limitation of exercise performance as a result of factors other than fatigue or exertional"
            " dyspnoea, such as arthritis in the leg, angina pectoris, claudication or other conditions, or Patients"
            " with contraindications to exercise.",
            "You have had asthma, you need the use of supplemental oxygen treatment, you have a limitation of exercise"
            " performance as a result of factors other than tiredness or exertional shortness of breath, such as"
            " arthritis in the leg, angina pectoris, claudication or other conditions, or you have contraindications"
            " to exercise.",
        ),
        (  # NCT00655811: "and subjects undergoing …" is a second group (either excludes): "or you are having …"
            "Currently enrolled in any investigational study in which the subject is receiving any type of drug,"
            " biologic, or non-drug therapy and subjects undergoing treatment with another investigational drug or"
            " approved therapy for investigational use within 30 days prior to study participation.",
            "You are now enrolled in any experimental study in which you are getting any type of drug, biologic, or"
            " non-drug treatment or you are having treatment with another experimental drug or approved treatment for"
            " experimental use in the 30 days before taking part in the study.",
        ),
    ],
)
def test_every_listed_group_is_the_reader(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # a group the first rule cannot say ("Participants unable to …") keeps every group as written
            "Participants unable to swallow tablets, participants with malabsorption syndrome, or any other"
            " gastrointestinal disease or gastrointestinal dysfunction that could interfere with absorption of study"
            " treatment.",
            "Participants unable to swallow tablets, participants with malabsorption syndrome, or any other digestive"
            " disease or digestive dysfunction that could get in the way of absorption of study treatment.",
        ),
    ],
)
def test_a_listed_group_the_rules_cannot_say_keeps_every_group(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT01129258: a narrowed group after a semicolon is an item of its own, as before
            "Pregnant or nursing females; females of childbearing potential.",
            "You are pregnant or breastfeeding; females who can get pregnant.",
        ),
        (  # NCT01253681: a group in a later sentence is that sentence's, as before
            "Subjects believed to be a higher than average risk of bowel perforation. This includes current symptoms of"
            " partial or complete bowel obstruction, recent (within 6 months) history of fistula or bowel perforation,"
            " subjects requiring total parenteral nutrition and continuous hydration",
            "You are believed to be a higher than average risk of bowel perforation. This includes current symptoms of"
            " partial or complete bowel obstruction, recent (within 6 months) history of fistula or bowel perforation,"
            " subjects needing total parenteral nutrition and continuous hydration.",
        ),
    ],
)
def test_a_group_of_another_item_or_sentence_stays_as_it_was(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients must ensure that they use contraception during the study.",
            "You must make sure that you use birth control during the study.",
        ),
        (
            "Patients must agree that they abstain from sexual intercourse during the study.",
            "You must agree that you abstain from sexual intercourse during the study.",
        ),
    ],
)
def test_they_who_use_birth_control_are_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Use of drugs that inhibit CYP3A4 unless they use the same pathway.",  # drugs, not the reader
        # another person before it: the partner may be who "they" means
        "Patients whose partners are of childbearing potential must ensure that they use contraception.",
    ],
)
def test_they_of_things_or_others_stay(source: str) -> None:
    assert "you use" not in said(source, EXC).lower() and "you use" not in said(source, INC).lower()


def test_a_term_that_names_people_is_not_said_of_the_reader() -> None:
    # NCT01570790: the lexicon says "fertile patients" as "patients who could have children"
    assert (
        said("Male fertile patients must abstain from sexual intercourse or use effective birth control;", INC)
        == "If you are male and could have children, you must abstain from sexual intercourse or use effective birth"
        " control."
    )
    # a term that names no people keeps its words
    assert (
        said("Women of childbearing potential must have a negative pregnancy test.", INC)
        == "If you are female and able to get pregnant, you must have a negative pregnancy test."
    )


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (  # NCT00516828
            "Must be considered unsuitable for intensive chemotherapy regimens",
            INC,
            "You must be considered unsuitable for intensive chemotherapy regimens.",
        ),
        (  # NCT01169779
            "Patients who are considered by the investigator or any sub-investigator as inappropriate for this study"
            " for any reason (for example, impossibility to meet specific protocol requirements, such as attending"
            " scheduled visits)",
            EXC,
            "You are thought by the study doctor or any sub-investigator as inappropriate for this study for any"
            " reason. For example, impossibility to meet specific study rules, such as attending scheduled visits.",
        ),
    ],
)
def test_a_judgement_by_the_study_doctor_is_no_verdict(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Patients who are considered eligible by the investigator",  # the study's verdict
        "Patients who are considered by the investigator to be eligible for surgery",
        # NCT01056107: a plural after it ("You are thought … to be alcoholics") would not agree with "you"
        "Patients who are considered by the Investigator to be alcoholics not in remission or known substance abusers.",
        # NCT00735878: a judgement whose subject the join left off ("You have X …, and/or is thought …")
        "Evidence of clinically significant medical condition(s) that compromises safety, compliance, or study conduct,"
        " and/or is considered by the investigator to be unable to tolerate the proposed treatment or procedures.",
    ],
)
def test_a_verdict_keeps_its_words(source: str) -> None:
    assert not said(source, INC).startswith("You")

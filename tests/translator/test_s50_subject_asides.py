"""Third-person openings put to the reader (you30): a subject parted from its verb by an aside, a first sentence with
its own subject before notes on no one (offline_subject_sentences), and an age joined by "or" to a noun, which "You
are" must not take (offline_openings.noun_joined_to_age). Each rule has cases that change and near cases that must
not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients who, within the past 6 months, met DSM-IV criteria for abuse of or dependence on any drug.",
            "You, within the past 6 months, met Diagnostic and Statistical Manual of Mental Disorders (DSM-IV) criteria"
            " for abuse of or dependence on any drug.",
        ),
        (
            "Subjects who, during the course of the study, would be likely to require treatment with prohibited "
            "concomitant therapy .",
            "You, during the study, would be likely to need treatment with prohibited treatment at the same time.",
        ),
        (
            "Patients who, in the opinion of the researcher, are not suitable for inclusion in the study",
            "You, in the view of the researcher, are not suitable for inclusion in the study.",
        ),
        (
            "Participants who, as judged by the investigator, have evidence of active TB",
            "You, as judged by the study doctor, have signs of active tuberculosis.",
        ),
    ],
)
def test_a_subject_parted_from_its_verb_by_an_aside_is_the_reader(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a second "who" in the aside: no one aside
        "Patients who, who have had X, are excluded",
        # a group named after the aside: the rules leave it whole
        "Participants who, after the front-line, platinum-based, non-docetaxel containing chemotherapy, have been "
        "treated with 1 line of nivolumab",
    ],
)
def test_an_aside_the_rules_cannot_read_around_keeps_its_words(source: str) -> None:
    assert not said(source, EXC).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients planning on receiving other anti-cancer therapies while on this study. Hydroxyurea for "
            "cyto-reduction is allowed prior to the start of therapy.",
            "You are planning on getting other cancer treatments while on this study. Hydroxyurea for cyto-reduction "
            "is allowed before the start of treatment.",
        ),
    ],
)
def test_a_first_sentence_with_a_subject_before_notes_on_no_one_is_the_readers(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a later sentence names people: "their" may be the reader's or another group's, and women are a group
        "Patients planning on receiving other anti-cancer therapies while on this study. Hydroxyurea is allowed if "
        "their physician approves.",
        "Patients planning on receiving other anti-cancer therapies while on this study. Hydroxyurea is allowed for "
        "women.",
        # the first sentence's bracket is cut at "St.": not a sentence of its own
        "Patients planning on receiving herbal remedies (e.g. St. John's wort) while on this study. Other remedies "
        "are allowed.",
    ],
)
def test_a_first_sentence_beside_people_or_cut_short_keeps_its_words(source: str) -> None:
    assert said(source, EXC).startswith("Patients")


@pytest.mark.parametrize(
    "source",
    ["Patients under 18 years or inability to consent", "Age under 18 years or inability to consent",
     "Patients over 75 years or pregnancy"],
)
def test_an_age_joined_to_a_noun_is_no_you_are(source: str) -> None:
    # once "You are under 18 years or inability to consent."
    assert not said(source, EXC).startswith("You are")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Patients under 18 years or pregnant", "You are under 18 years or pregnant."),
        ("Age < 18 or > 75 years", "You are younger than 18 years or older than 75 years."),
        ("Patients ≥ 18 years or older", "You are 18 years or older."),
    ],
)
def test_an_age_joined_to_an_age_or_a_state_stays_the_readers(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Subjects of childbearing potential must:", "If you can get pregnant, you must:"),
        ("Patients with brain metastases must:", "If you have brain metastases, you must:"),
        (
            "Females of childbearing potential (not surgically sterilized and between menarche and 1-year "
            "postmenopausal) must:",
            "If you are a female who can get pregnant (not sterilized by surgery and between first monthly period and "
            "1-year postmenopausal), you must:",
        ),
    ],
)
def test_a_subjects_duty_before_its_items_is_the_readers(source: str, plain: str) -> None:
    assert said(source, INC) == plain


def test_a_duty_of_two_groups_before_its_items_keeps_its_words() -> None:
    source = (
        "Females of child-bearing potential and sexually active males must agree to use effective methods of "
        "contraception:"
    )
    assert said(source, INC).startswith("Females")


def test_an_age_or_a_phrase_of_legal_age_stays_the_readers() -> None:
    # "or of legal age …" is a second bound, not a noun
    source = "Age 18 or above, or of legal age to give informed consent specific to state and national law"
    assert said(source, INC) == (
        "You are 18 years or older, or of legal age to give informed consent specific to state and national law."
    )

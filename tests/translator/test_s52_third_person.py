"""Round you31: openings that named people in the third person, put to the reader on real corpus shapes."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # a later sentence that names a group of its own and that the subject rules leave stays as written; the first
    # sentence no longer keeps its third person for it (offline_subject_sentences.group_of_its_own)
    ("Women who are pregnant or nursing. Women of childbearing potential who are not willing to use a medically "
     "acceptable method of contraception.", EXC,
     "You are a woman who is pregnant or breastfeeding. Women able to get pregnant who are not willing to use a "
     "medically acceptable method of birth control."),
    ("Patients with brain metastases. Patients with partners who are pregnant.", INC,
     "You have cancer that has spread to the brain. Patients with partners who are pregnant."),
])
def test_a_later_group_of_its_own_keeps_its_words_after_the_readers_sentence(
    text: str, kind: SectionKind, plain: str
) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    # "he": whom it means once the first sentence says "you" would be unclear
    "Male subjects must agree to use a condom. Subjects with a pregnant partner must use a condom even if he has had a "
    "vasectomy.",
])
def test_a_he_or_she_keeps_every_sentence_as_written(text: str) -> None:
    assert said(text, INC).startswith("Male subjects must agree")


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # the subject's own verb, which "you" takes as it is (a past verb, a plural one, an adverb before it)
    ("Subjects who donated >450 mL of blood within 60 days prior to any blood collection visits.", EXC,
     "You donated more than 450 mL of blood within 60 days before any blood collection visits."),
    ("Subjects who lost >200 mL during a single apheresis or who lost red blood cells on more than one occasion during "
     "apheresis within the previous 60 days.", EXC,
     "You lost more than 200 mL during a single apheresis or lost red blood cells on more than one occasion during "
     "apheresis within the past 60 days."),
    ("Patient regularly uses any illegal drugs", EXC, "You regularly use any illegal drugs."),
    ("Subjects who regularly take the following medications: Allopurinol, PDE-5 inhibitors, antihistamines and "
     "nitrates.", EXC,
     "You regularly take these medicines: Allopurinol, PDE-5 inhibitors, antihistamines and nitrates."),
    ("Women who contemplate pregnancy in the duration of the study", EXC,
     "You are a woman who contemplates pregnancy in the length of the study."),
])
def test_a_subjects_verb_is_the_readers(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # a people's name in the label keeps its place before the sexes, or before the kept noun
    ("Male or female Japanese subject aged 20-70 years (both inclusive)",
     "You are a Japanese male or female and aged 20 to 70 years old (both inclusive)."),
    ("Male or female East Asian participants 18 years or older",
     "You are an East Asian male or female and 18 years or older."),
    ("Male and female Japanese volunteers aged 20 to 45 years",
     "You are a male or female Japanese volunteer and aged 20 to 45 years old."),
    # ", of age 18 - 54 years" is the label's age; smokers are a kept noun, as volunteers are
    ("Male and female outpatients, of age 18 - 54 years",
     "You are a male or female outpatient and aged 18 to 54 years old."),
    ("Male or female cigarette smokers, 18 to 75 years of age",
     "You are a male or female cigarette smoker and 18 to 75 years old."),
])
def test_a_sex_label_with_a_descriptor_is_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_a_condition_in_the_label_keeps_its_words() -> None:
    # "diabetic" is no people's name: how to say it of the reader is not the label's to choose
    assert said("Male or female diabetic patients 18 years or older", INC).startswith("Male or female diabetic")


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Participants who met the following criteria were eligible for this study:", INC,
     "You were eligible for this study if you met these criteria:"),
    ("Participants with the following criteria were excluded from this study:", EXC,
     "You were excluded from this study if you met these criteria:"),
])
def test_a_past_verdict_header_is_said_to_the_reader_in_its_tense(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


def test_a_past_verdict_with_more_after_the_colon_keeps_its_words() -> None:
    text = "Participants who met the following criteria were eligible for this study: age 18 or older"
    assert not said(text, INC).startswith("You were eligible")


@pytest.mark.parametrize(("text", "plain"), [
    # an inclusion's sex able to have children is whom it asks: a condition on the reader, with the lexicon's words
    ("Women of childbearing potential with negative serum pregnancy test",
     "If you are female and able to get pregnant, you have negative serum pregnancy test."),
    ("Female patients of childbearing potential had to be using an appropriate method of contraception.",
     "If you are female and able to get pregnant, you had to be using an appropriate method of birth control."),
    ("Female subjects of child-bearing potential, willing to use reliable contraception (see Section 5.10) for the "
     "duration of the study",
     "If you are female and able to get pregnant, you are willing to use reliable birth control (see Section 5.10) for "
     "the length of the study."),
    # before a duty: the term, then the "who" clause's verb as the reader's ("who is" → "and are")
    ("Women of childbearing potential who are at risk of becoming pregnant must agree to practice adequate "
     "contraception",
     "If you are female and able to get pregnant and are at risk of getting pregnant, you must agree to practice good "
     "enough birth control."),
    ("Women of childbearing potential who is sexually active must use contraception",
     "If you are female and able to get pregnant and are sexually active, you must use birth control."),
    ("Women of childbearing potential with a negative pregnancy test must use contraception during the study.",
     "If you are female and able to get pregnant and have a negative pregnancy test, you must use birth control "
     "during the study."),
])
def test_a_sex_able_to_have_children_is_a_condition_on_the_reader(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # someone else in the sentence, or a duty after a description: the wording stays
    "Women of childbearing potential using contraception and their partners",
])
def test_an_able_sex_with_someone_else_keeps_its_words(text: str) -> None:
    assert said(text, INC).startswith("Women who can get pregnant using")


def test_an_able_sex_using_something_before_a_duty_is_the_duty_condition() -> None:
    assert said("Women of childbearing potential using birth control must have a negative pregnancy test.", INC) == (
        "If you are female and able to get pregnant and are using birth control, you must have a negative pregnancy "
        "test."
    )


@pytest.mark.parametrize(("text", "plain"), [
    # a participle describes the label's people as "with" does
    ("Male or female diagnosed with type 2 diabetes", "You are male or female and diagnosed with type 2 diabetes."),
    ("Male or female on stable dose of IgPro20 (Hizentra) therapy.",
     "You are male or female and on stable dose of IgPro20 (Hizentra) treatment."),
])
def test_a_sex_label_with_a_participle_is_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_a_sex_label_participle_before_a_duty_keeps_its_words() -> None:
    assert said("Male or female patients diagnosed with X must use contraception", INC).startswith("Male or female")


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Adult ≥18 years old at the time of informed consent.", INC,
     "You are an adult 18 years or older at the time of informed consent."),
    ("Adult patient, >/= 18 years of age", INC, "You are an adult, 18 years or older."),
    ("Adult outpatients (18 years or older)", INC, "You are an adult outpatient (18 years or older)."),
    ("Adults from 18 to 60 years old who signed informed consent;", INC,
     "You are an adult from 18 to 60 years old who signed informed consent."),
    # an exclusion's age alone, of adults or children
    ("Adults over age 50.", EXC, "You are an adult over age 50."),
    ("Children less than 18 years of age.", EXC, "You are a child younger than 18 years."),
])
def test_an_adult_or_child_with_an_age_is_the_reader(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "Adult (aged ≥ 18 years) healthy volunteers.",  # the bracket's noun follows it: "an adult (…) healthy volunteers"
    "Adult T-cell lymphoma/leukemia (human T-cell leukemia virus [HTLV] 1+)",  # a disease's name
])
def test_an_adult_that_is_no_subject_or_a_plural_keeps_its_words(text: str) -> None:
    assert said(text, INC).startswith("Adult")


def test_a_subject_who_is_of_childbearing_potential_before_a_duty_is_a_condition() -> None:
    text = "Subjects who are of childbearing potential must have a negative screening serum pregnancy test."
    assert said(text, INC) == "If you can get pregnant, you must have a negative screening serum pregnancy test."


@pytest.mark.parametrize("text", [
    "Patients lost to follow-up in a previous study",  # they were lost: no "You lost to follow-up"
    "Patients converted to open surgery",
    "Patient volunteers aged 18 to 65 years",  # volunteers, who do not volunteer here
])
def test_a_participle_or_noun_without_who_is_no_verb_of_the_reader(text: str) -> None:
    assert said(text, EXC).startswith("Patient")

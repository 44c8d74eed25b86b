"""Openings and words that read wrong after the plain8 round, fixed in general form: a lexicon wording that
repeats the word before it ("unborn fetus"), the women who are pregnant as who may join (not a condition on the
women among those who join), "Women either must …" and "Women patients who …"."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_repeats import drop_made_repeats

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


def test_a_plain_wording_does_not_repeat_the_word_before_it() -> None:
    assert "the unborn baby" in said("Known effects on the unborn fetus")
    assert "unborn unborn" not in said("Known effects on the unborn fetus")
    assert "the unborn baby" in said("Risk to the fetus")


@pytest.mark.parametrize(("text", "plain"), [
    # being pregnant is who may join: "If you are female, you are pregnant" would open the trial to men
    ("Females who are pregnant at 24 to 28 weeks gestation", "You are female and are pregnant at 24 to 28 weeks"),
    ("Females who are pregnant or breastfeeding", "You are female and are pregnant or breastfeeding."),
    # not being pregnant, and states that only some women have, are conditions on the women who join
    ("Females who are not pregnant", "If you are female, you are not pregnant."),
    ("Females who are postmenopausal", "If you are female, you are postmenopausal."),
    ("Females must have a negative pregnancy test", "If you are female, you must have a negative pregnancy test."),
])
def test_being_pregnant_is_who_may_join(text: str, plain: str) -> None:
    assert plain in said(text, INC)


@pytest.mark.parametrize(("text", "plain"), [
    ("Women either must be 1 year post-menopausal, surgically sterile, or agree to use birth control",
     "If you are female, you must either be 1 year post-menopausal, sterilized by surgery, or agree"),
    ("Women patients who are known to be capable of conception should have a negative serum pregnancy test",
     "If you are female and are known to be capable of conception, you should have a negative serum pregnancy test"),
])
def test_a_duty_of_one_sex_reads_as_a_condition(text: str, plain: str) -> None:
    assert plain in said(text, INC)


@pytest.mark.parametrize(("text", "plain"), [
    ("Male or female subjects with age 18 years or older", "You are male or female and aged 18 years or older."),
    ("Male or female patients with an age of 18 to 65 years", "You are male or female and aged 18 to 65 years"),
    ("Male or female patients with SLE", "You are male or female and have systemic lupus erythematosus (SLE)."),
])
def test_a_label_with_an_age_is_aged_not_have_age(text: str, plain: str) -> None:
    assert plain in said(text, INC)


@pytest.mark.parametrize(("text", "plain", "repeated"), [
    ("Bone marrow impairment as evidenced by hemoglobin less (<) 9.0 gram per deciliter (g/dL)",
     "hemoglobin less than 9 g/dL", "less less"),
    ("All patients must be counseled at a minimum of every 28 days about pregnancy precautions",
     "counseled at a minimum of every 28 days", "at at"),
    ("Donation of 50-499 mL of whole blood within 30 days or greater than (>) 499 mL within 56 days",
     "within 30 days or more than 499 mL", "more more"),
])
def test_a_wording_does_not_say_the_word_before_it_again(text: str, plain: str, repeated: str) -> None:
    bullet = said(text)
    assert plain in bullet and repeated not in bullet


@pytest.mark.parametrize(("kind", "text", "plain"), [
    # NCT01064622: the reader's own result, and "Their" worded "Your"
    (INC, "Their INR target range is no greater than 3",
     "Your international normalized ratio (INR) target range is no greater than 3."),
    # NCT01092325: the abbreviation's wording opens with the word before it
    (EXC, "Have experienced the firing of an implantable ICD for documented ventricular ectopy within three months",
     "an implantable cardioverter-defibrillator (ICD) for"),
    # NCT02105961: the name written out before its abbreviation
    (EXC, "A known immunodeficiency (e.g. human immunodeficiency virus HIV), other than that explained by steroids",
     "(such as HIV)"),
])
def test_two_edits_that_meet_do_not_say_a_word_twice(kind: SectionKind, text: str, plain: str) -> None:
    assert plain in said(text, kind)


def test_a_repeat_of_the_source_stays() -> None:
    assert drop_made_repeats("such as ginseng, kava kava", "such as ginseng, kava kava") == "such as ginseng, kava kava"
    assert drop_made_repeats("HIV", "HIV HIV") == "HIV"
    assert drop_made_repeats("2 2", "2 2") == "2 2"
    assert drop_made_repeats("x", "dose 2 2 times") == "dose 2 2 times"  # a number is a fact: never merged here


@pytest.mark.parametrize(("text", "plain"), [
    # NCT00296517: "in the study" twice, rightly
    ("Patients who are inappropriate for participating in the study in the judgement of the investigator "
     "(sub-investigator)",
     "taking part in the study in the study doctor's view"),
    # NCT00363311: two values, each with its comparator
    ("IPSS symptom score of ≥25 or >20 if already on alpha blocker therapy", "25 or more, or more than 20"),
])
def test_a_repeat_of_more_words_than_one_stays(text: str, plain: str) -> None:
    assert plain in said(text)

"""Openings and words that read wrong after the plain8 round, fixed in general form: a lexicon wording that
repeats the word before it ("unborn fetus"), the women who are pregnant as who may join (not a condition on the
women among those who join), "Women either must …" and "Women patients who …"."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


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
     "If you are female, you must either be 1 year post-menopausal, surgically sterile, or agree"),
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

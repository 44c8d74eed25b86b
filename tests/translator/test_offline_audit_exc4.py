"""Exclusion wordings the audit_exc4 audit found wrong, said right: a later "or who …" / "or at risk …" of the
reader's opening said as the reader's (translator.offline_parallel_clauses), "during participation in" kept as
written rather than "during taking part in" (translator.offline_plain, translator.offline_taking_part), and a
"previous smoker" who is a former smoker, not something had (translator.offline_openings). With the cases that must
keep their words. Also: no second full stop after a bracketed sentence (translator.offline_closing_stops), and an age
said as English ("You are younger than 18 years", "women of an age when pregnancy is possible";
translator.offline_age_wording), and a bare singular of the opening given its article
(translator.offline_bare_singulars). `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_age_wording import age_phrases
from translator.offline_bare_singulars import bare_singulars
from translator.offline_taking_part import taking_part

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00225251", "Patients who have begun a course of psychotherapy within 3 months of starting the study, or who "
     "plan to terminate an ongoing psychotherapy prior to the end of the study.",
     "You have begun a course of talk therapy within 3 months of starting the study, or plan to terminate an ongoing "
     "talk therapy before the end of the study."),
    ("NCT01276847", "Has received live virus vaccination within 4 weeks prior to screening or who intends to receive "
     "live virus vaccination during the trial - Part 2",
     "You have had live virus vaccination in the 4 weeks before screening or plan to get live virus "
     "vaccination during the trial - Part 2."),
    ("NCT03012334", "Participant with a history of alcoholism or who consumes excessive amounts of alcohol.",
     "You have had alcoholism or consume excessive amounts of alcohol."),
    ("NCT03257865", "Participants who participated in a clinical trial within the last 60 days or who participated in "
     "more than 2 clinical trials within the past year.",
     "You participated in a clinical trial within the last 60 days or took part in more than 2 clinical trials "
     "within the past year."),
    ("NCT02550743", "Patient is currently receiving or has received systemic corticosteroids < 2 weeks prior to day 1 "
     "of study drug, or who has not fully recovered from side effects of treatment.",
     "You are now getting or have received systemic corticosteroids less than 2 weeks before day 1 of study drug, or "
     "have not fully recovered from side effects of treatment."),
    ("NCT04912596", "Subjects receiving beta blocker via any route or who may require beta blockers during the study.",
     "You are getting beta blocker via any route or may need beta blockers during the study."),
    # "or at risk" after "You have": the reader is at risk, not has it
    ("NCT03054428", "Diagnosed active endoparasitic infections or at high risk of these infections",
     "You have diagnosed active endoparasitic infections or are at high risk of these infections."),
    ("NCT00443690", "History of or at risk for alcohol withdrawal seizures",
     "You have a history of or are at risk for alcohol withdrawal seizures."),
])
def test_a_later_clause_of_the_readers_opening_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # the "who" of a clause inside the sentence: the woman's, not the reader's
    ("NCT02038153", "Women of childbearing potential (defined as a sexually mature woman who has not undergone a "
     "hysterectomy or who has had menses at any time in the preceding 24 consecutive months)",
     "You are a woman who can get pregnant. This means a sexually mature woman who has not had a hysterectomy or "
     "who has had monthly bleeding at any time in the past 24 consecutive months."),
    # an exception between: the later "who" may be the exception's
    ("NCT01092104", "Subjects who have used any over-the-counter medications (including phytotherapeutic, herbal, or "
     "plant-derived preparations) within 14 days prior to the first dose of study medication, unless approved by the "
     "Investigator, or who have used St. John's wort within 21 days prior to the first dose of study drug.",
     "You have used any over-the-counter medicines (including phytotherapeutic, herbal, or plant-derived "
     "preparations) in the 14 days before the first dose of study medicine, unless approved by the study doctor, or "
     "who have used St. John's wort in the 21 days before the first dose of study drug."),
])
def test_a_later_who_that_may_be_anothers_keeps_its_words(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT01286935", "The patient has shown clinically significant deterioration during participation in Study 016, "
     "and has reached Hoehn and Yahr Stage V.", EXC,
     "You have shown medically important deterioration during participation in Study 016, and have reached Hoehn and "
     "Yahr Stage V."),
    ("NCT01543269", "Unable to give assurance for protection against pregnancy for 3 months after the participation "
     "in this trial", EXC,
     "You cannot give assurance for protection against pregnancy for 3 months after the participation in this trial."),
    ("NCT02886702", "A female subject who is pregnant, nursing, planning a pregnancy, or does not agree to use an "
     "acceptable form of birth control within the study participation period", EXC,
     "A female subject who is pregnant, breastfeeding, planning a pregnancy, or does not agree to use an allowed form "
     "of birth control while taking part in the study"),
    ("NCT03551210", "Consent to use contraception during participation in the study (for women of childbearing "
     "potential and men).", INC,
     "You consent to use birth control during participation in the study (for women who can get pregnant and "
     "men)."),
])
def test_taking_part_after_during_or_an_article_is_said_as_english(
    nct_id: str, text: str, kind: SectionKind, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


def test_taking_part_as_a_gerund_takes_no_article() -> None:
    assert taking_part("Any condition that would get in the way of the taking part in the trial.") == (
        "Any condition that would get in the way of taking part in the trial."
    )
    assert taking_part("During taking part in ATLAS, any value") == "While taking part in ATLAS, any value"
    # a verb before it: no wording here says the same
    assert taking_part("after ending the taking part in the trial") == "after ending the taking part in the trial"


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02414854", "Previous smoker with a smoking history >10 pack-years.",
     "You are a former smoker with a smoking history more than 10 pack-years."),
])
def test_a_previous_smoker_is_a_former_smoker(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a bracketed sentence that ends the bullet: its own stop ends it
    ("NCT01092104", "Subjects who have used any over-the-counter medications (including phytotherapeutic, herbal, or "
     "plant-derived preparations) within 14 days prior to the first dose of study medication, unless approved by the "
     "Investigator, or who have used St. John's wort within 21 days prior to the first dose of study drug. (St. "
     "John's wort is prohibited during the study.)", EXC,
     "You have used any over-the-counter medicines (including phytotherapeutic, herbal, or plant-derived "
     "preparations) in the 14 days before the first dose of study medicine, unless approved by the study doctor, or "
     "who have used St. John's wort in the 21 days before the first dose of study drug. (St. John's wort is "
     "prohibited during the study.)"),
    # a bracket inside the sentence: the stop after it ends the sentence
    ("NCT00114777", "Subjects receiving a concurrent solid organ or cell transplant (lung, heart, etc.)", EXC,
     "You are getting a concurrent solid organ or cell transplant (lung, heart, etc.)."),
    ("NCT01947153", "Age 18 to 45 years (incl.)", INC, "You are 18 to 45 years old (incl.)."),
])
def test_no_second_stop_after_a_bracketed_sentence(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT02291133", "Age less than 18 years.", EXC, "You are younger than 18 years."),
    ("NCT00848172", "Subjects aged less than 21 years", EXC, "You are younger than 21 years."),
    # "of age" goes with the age said as one (offline_age_wording)
    ("NCT06214572", "More than 18 years of age", INC, "You are older than 18 years."),
    ("NCT02611908", "Women of child-bearing age must obtain a pregnancy test and pregnant or breast feeding females",
     EXC, "Women of an age when pregnancy is possible must get a pregnancy test and pregnant or breastfeeding females"),
    ("NCT01134510", "Women of child-bearing age who are not willing or able to practice Food and Drug Administration "
     "[FDA]-approved forms of contraception.", EXC,
     "You are a woman of an age when pregnancy is possible and are not willing or able to practice Food and Drug "
     "Administration [FDA]-approved forms of birth control."),
])
def test_an_age_is_said_as_english(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


def test_an_age_bound_before_other_words_keeps_them() -> None:
    assert age_phrases("You are less than 6 months postpartum.") == "You are less than 6 months postpartum."
    assert age_phrases("You are less than 2 years from diagnosis.") == "You are less than 2 years from diagnosis."


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02682511", "Be less than 18 years of age or greater than or equal to 80 years of age;",
     "You are younger than 18 years or 80 years or older."),
    ("NCT02080195", "Age less than 18 years and over 75 years", "You are younger than 18 years and over 75 years."),
])
def test_an_age_bound_joined_to_another_is_said_as_an_age(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a judgement of the reader, not a check of them
    ("NCT02154646", "Are assessed as inadequate for the study by the investigator.", EXC,
     "You are judged as inadequate for the study by the study doctor."),
    ("NCT02738879", "Is assessed by the investigator to be not appropriate for, or does not agree to target, a "
     "fasting glucose of 72-100 mg/dL (4.0-5.6 mmol/L).", EXC,
     "You are judged by the study doctor to be not appropriate for, or do not agree to target, a fasting glucose of "
     "72 to 100 mg/dL (4 to 5.6 mmol/L)."),
    # a measure stays checked
    ("NCT02303912", "Adequate renal function assessed as glomerular filtration rate(GFR) ≥ 60 mL/min using "
     "Cr51-ethylenediaminetetraacetic acid (EDTA) method.", INC,
     "You have good enough renal function checked as glomerular filtration rate(GFR) at least 60 mL/min using "
     "Cr51-ethylenediaminetetraacetic acid (EDTA) method."),
])
def test_assessed_as_a_judgement_is_judged(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


def test_people_named_before_a_value_are_no_lab() -> None:
    # NCT06454773: "Your Prediabetic people of body mass index (BMI) is range 25-30 kg/m2 …" was no sentence
    text = ("Prediabetic individuals of BMI range 25-30 kg/m2 and waist circumference ≥80cm for women and ≥90cm for "
            "men with Fasting Blood Glucose between 100-125 mg/dL.")
    assert said(text, EXC) == (
        "Prediabetic people of body mass index (BMI) range 25-30 kg/m2 and waist circumference 80 cm or more for women "
        "and 90 cm or more for men with Fasting Blood Glucose 100 to 125 mg/dL."
    )


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01570361", "Previously diagnosed with persistent/permanent atrial fibrillation/ atrial flutter.",
     "You have been diagnosed with persistent/permanent atrial fibrillation/ atrial flutter."),
    ("NCT02079727", "Presenting lactose intolerance", "You have lactose intolerance."),
    # "presenting with" is no condition the reader has: as written
    ("NCT05348876", "Presenting with a viral load of more than 400 copies/mL prior to enrollment",
     "Presenting with a viral load of more than 400 copies/mL before joining the study"),
])
def test_diagnosed_with_and_presenting_are_said_of_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


def test_a_description_that_does_not_agree_keeps_its_not() -> None:
    # NCT03493568: "If you are a woman who can get pregnant and do not, you agree to adopt …" said the opposite
    text = "Woman of childbearing potential who does not agree to adopt highly effective contraception."
    assert said(text, EXC) == (
        "You are a woman who can get pregnant and do not agree to adopt highly effective contraception."
    )


def test_two_age_bounds_are_both_said_as_an_age() -> None:
    assert said("Age more than 3 years and less than 16 years.", INC) == (  # NCT04474964
        "You are older than 3 years and younger than 16 years."
    )


def test_assessed_by_a_measure_stays_checked() -> None:
    text = ("Adequate bone marrow, liver and renal function, as assessed by the following laboratory requirements to "
            "be conducted within 7 days prior to screening:")  # NCT00619541
    assert said(text, INC) == (
        "You have good enough bone marrow, liver and kidney function, as checked by the following lab requirements to "
        "be conducted in the 7 days before screening:"
    )


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02631551", "History of positive test for HIV, Hepatitis B or Hepatitis C infection.",
     "You have had a positive test for HIV, Hepatitis B or Hepatitis C infection."),
    ("NCT03054428", "Patient is female who is pregnant, breastfeeding, or planning to become pregnant or breastfeed "
     "during the study",
     "You are a female who is pregnant, breastfeeding, or planning to get pregnant or breastfeed during the study."),
])
def test_a_bare_singular_of_the_opening_takes_its_article(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


def test_plural_test_results_take_no_article() -> None:
    assert bare_singulars("You have positive test results for hepatitis C.") == (
        "You have positive test results for hepatitis C."
    )

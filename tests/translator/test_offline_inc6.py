"""Inclusion wordings the inc6 audit found reading badly to a patient, said right: an item that opens with a bare
verb ("Understand and voluntarily sign …", "Agree not to …") said with "You" (translator.offline_bare_predicates); a
common term written in Title Case lowered after "Your" ("Your Body Mass Index" → "Your body mass index";
translator.offline_case.term_run); the reader's later verbs after "and" ("You sign and dates" → "and date";
translator.offline_mentions). Each with the near cases that must keep their words. `said` also checks that the
fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00306813", "Understand and voluntarily sign an informed consent form.", INC,
     "You understand and voluntarily sign an informed consent form."),
    ("NCT02202993", "Sign written informed consent.", INC, "You sign written informed consent."),
    ("NCT01010243", "Agree not to donate semen during study drug therapy and for one week after end of study drug "
     "therapy.", INC,
     "You agree not to donate semen during study drug treatment and for one week after the end of study drug "
     "treatment."),
    ("NCT01587885", "Read and understand English", INC, "You read and understand English."),
    ("NCT00038480", "Weigh more than 5.5 lbs at the time of enrollment", INC,
     "You weigh more than 5.5 lbs when joining the study."),
    ("NCT01235897", "Voluntarily agree to participate by giving written informed consent.", INC,
     "You voluntarily agree to take part by giving written informed consent."),
    ("NCT00498225", "Voluntarily signed the written consent form.", INC,
     "You voluntarily signed the written consent form."),
    ("NCT01587885", "Refrain from taking non-study medicine or treatment for heartburn for the duration of the study",
     INC, "You refrain from taking non-study medicine or treatment for heartburn for the length of the study."),
    ("NCT00870194", "Present with type 2 diabetes", INC, "You have type 2 diabetes."),
    ("NCT00500071", "comply with all the testing and requirements.", INC,
     "You follow all the testing and requirements."),
    ("NCT01010243", "Understand that the study medication has a teratogenic risk", INC,
     "You understand that the study medicine has a teratogenic risk."),
    ("NCT00406354", "Weigh less than 20 kilogram (kg) or more than 90 kg at study entry", EXC,
     "You weigh less than 20 kilogram (kg) or more than 90 kg when joining the study."),
])  # fmt: skip
def test_bare_verb_openings_said_to_the_reader(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # nouns that look like these verbs keep their words
    ("Sign of infection", INC, "Sign of infection"),
    ("Follow-up visits must be possible", INC, "Follow-up visits must be possible"),
    ("Report of a positive culture", INC, "Report of a positive culture"),
    # a verb that is also a noun at the start is not taken ("Use at high altitude", "Live vaccines")
    ("Use at high altitude", EXC, "Use at high altitude"),
    ("Live vaccines", INC, "Live vaccines"),
    ("Complete resection of the primary tumor", INC, "Complete resection of the primary tumor"),
    # someone else's duty stays theirs: the reader has the caregiver, who still gives the consent (s57: the opening
    # "Have a caregiver" is the reader's, offline_readers_own)
    ("Have a caregiver who provides separate consent", INC, "You have a caregiver who provides separate consent."),
])  # fmt: skip
def test_bare_verb_look_alikes_keep_their_words(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Body Mass Index (BMI) ≥ 18 kg/m2", "Your body mass index (BMI) is 18 kg/m² or more."),
    ("Body Mass Index: 18.5-30 kg/m2 inclusive", "Your body mass index is 18.5 to 30 kg/m² inclusive."),
    ("White Blood Cell count <3.0 x 109/L", "Your white blood cell count is less than 3 × 10^9/L."),
    ("Performance Status (PS) 0-2", "Your performance status (PS) is 0 to 2."),
    ("Systolic Blood Pressure (SBP) 140-180 mmHg", "Your systolic blood pressure (SBP) is 140 to 180 mmHg."),
])  # fmt: skip
def test_title_case_terms_lowered_after_your(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # a name, and a run longer than the lexicon's term, keep their capitals
    ("Karnofsky performance status ≥ 60%", "Your Karnofsky performance status is 60% or more."),
    ("Mini Mental Status Exam Score ≥ 20", "Your Mini Mental Status Exam Score is 20 or more."),
    ("Body Mass Index Score > 3", "Your Body Mass Index Score is more than 3."),
])  # fmt: skip
def test_title_case_names_keep_their_capitals(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("The participant signs and dates a written, informed consent form prior to any study procedures.",
     "You sign and date a written, informed consent form before any study procedures."),
    ("Patient understands and signs the informed consent", "You understand and sign the informed consent."),
    ("The subject reads, writes and speaks English", "You read, write and speak English."),
    # nouns: "signs and symptoms", "dates of …"
    ("Patient has fever and signs and symptoms of infection", "You have fever and signs and symptoms of infection."),
    ("Patient has known dates of last menstrual period and dates consistent with gestational age",
     "You have known dates of last monthly period and dates consistent with gestational age."),
])  # fmt: skip
def test_later_verbs_agree_with_you(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Healthy as judged by a responsible physician, based on a medical evaluation",
     "You are healthy as judged by a responsible doctor, based on a medical evaluation."),
    ("Healthy", "You are healthy."),
    ("Healthy or pre-diabetic based on medical history", "You are healthy or pre-diabetic based on health history."),
    ("Available for clinical follow-up through Week 32 of the study.",
     "You are available for clinical follow-up through Week 32 of the study."),
    ("Fluent in English.", "You are fluent in English."),
    ("Competent to give informed consent.", "You are competent to give informed consent."),
    ("Suitable for further endocrine therapy", "You are suitable for further hormone treatment."),
    ("Scheduled to have pneumonectomy or lobectomy", "You are scheduled to have pneumonectomy or lobectomy."),
    ("Scheduled for elective total knee arthroplasty", "You are scheduled for elective total knee arthroplasty."),
    ("Normal renal function", "You have normal kidney function."),
    ("Normal organ and marrow function as outlined in the protocol",
     "You have normal organ and marrow function as outlined in the study plan."),
    ("Normal blood pressure and heart rate;", "You have normal blood pressure and heart rate."),
])  # fmt: skip
def test_bare_adjectives_said_of_the_reader(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    "Healthy volunteers",  # a group, not a state
    "Healthy subjects will be matched for age",
    "Available paraffin-embedded tumor tissue",  # a thing that is available
    "Available for immunohistochemical testing of N-cadherin expression tumor tissue",
    "Suitable venous access",
    "Scheduled surgery during the study",
    "Normal range of serum calcium and magnesium",
    "Normal cardiac function must be confirmed by left ventricular ejection fraction",  # the clause's own verb
])  # fmt: skip
def test_bare_adjective_look_alikes_keep_their_words(text: str) -> None:
    assert not said(text, INC).startswith("You")


@pytest.mark.parametrize(("text", "plain"), [
    ("Age 2 to < 18 years", "You are from 2 to younger than 18 years."),
    ("Age 2.5 to < 18 years", "You are from 2.5 to younger than 18 years."),
    ("Males and females, aged 2 to <18 years", "You are male or female and aged from 2 to younger than 18 years."),
    ("Male or female, aged 3 months to less than 18 years at screening.",
     "You are male or female and aged from 3 months to younger than 18 years at screening."),
    # both bounds with their comparators, and a range in words, keep their words
    ("Age ≥ 2 and < 18 years", "You are 2 years or older and younger than 18 years."),
    ("Age 18 to 65 years", "You are 18 to 65 years old."),
])  # fmt: skip
def test_age_range_with_a_strict_high_end_says_from(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # nouns after "and" keep their "-s"
    ("Willing to abstain from receptive anal intercourse and practices involving insertion of anything in rectum",
     "You are willing to abstain from receptive anal intercourse and practices involving insertion of anything in "
     "rectum."),
    # names keep their capitals, though the lexicon matches them without case
    ("Karnofsky Performance Score of greater than or equal to 60", "Your Karnofsky Performance Score is 60 or more."),
    ("World Health Organization (WHO) performance status of < 2",
     "Your World Health Organization (WHO) performance status is less than 2."),
    ("Mini Mental State Examination score 18-26 inclusive", "Your Mini Mental State Examination score is 18 to 26 "
     "inclusive."),
])  # fmt: skip
def test_near_cases_keep_their_words(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # survival measured in time is the reader's own value, as life expectancy is (offline_labs)
    ("Expected survival of at least 12 weeks", "Your expected survival is at least 12 weeks."),
    ("Expected survival more than 6 months", "Your expected survival is more than 6 months."),
    ("Overall survival ≥ 6 months", "Your overall survival is 6 months or more."),
    # a survival with more words than a value after it keeps its words
    ("Expected survival longer than 3 months from enrollment in the study",
     "Expected survival longer than 3 months from enrollment in the study"),
])  # fmt: skip
def test_survival_said_as_the_readers_value(text: str, plain: str) -> None:
    assert said(text, INC) == plain

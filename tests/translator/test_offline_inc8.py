"""Inclusion wordings the inc8 audit found read badly, said to the reader, each with a near case that keeps its
words. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# three or more labs before one threshold (translator.offline_lab_series)
@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("AST, ALT, and total bilirubin ≤ 2.5 X ULN", INC,
     "Your aspartate aminotransferase (AST), alanine aminotransferase (ALT), and total bilirubin are no more than 2.5 "
     "times the upper limit of normal."),
    ("Aspartate aminotransferase (AST, SGOT), ALT and alkaline phosphatase ≤ 2.5 x ULN", INC,
     "Your aspartate aminotransferase (AST, SGOT), alanine aminotransferase (ALT) and alkaline phosphatase are no more "
     "than 2.5 times the upper limit of normal."),
    ("AST, ALT or bilirubin > 3 x ULN", EXC,
     "Your aspartate aminotransferase (AST), alanine aminotransferase (ALT) or bilirubin is more than 3 times the "
     "upper limit of normal."),
    # commas alone, or an item that is no lab: as written
    ("AST, ALT < 1.5 x ULN", INC,
     "Aspartate aminotransferase (AST), alanine aminotransferase (ALT) less than 1.5 times the upper limit of normal"),
    ("Alanine transaminase (ALT), Direct Bilirubin, or Albumin >10% outside the normal reference range, Renal function",
     EXC, "Alanine transaminase (ALT), Direct Bilirubin, or Albumin more than 10% outside the normal reference range, "
     "kidney function"),  # another item run on after a comma
    ("Bilirubin, history of liver disease or ALT > 3 x ULN", EXC,
     "Bilirubin, history of liver disease or alanine aminotransferase (ALT) more than 3 times the upper limit of "
     "normal"),
])  # fmt: skip
def test_lab_series(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


# a lab's sentence mended once composed (translator.offline_lab_sentences)
@pytest.mark.parametrize(("text", "plain"), [
    ("Fasting TG 90 - 150 mg/dL at Screening", "Your fasting triglycerides (TG) are 90 to 150 mg/dL at Screening."),
    ("Fasting glucose (FG) 90 - 150 mg/dL at Screening", "Your fasting glucose (FG) is 90 to 150 mg/dL at Screening."),
    ("Performance status - Karnofsky 60-100%", "Your Karnofsky performance status is 60 to 100%."),
    ("Performance status: ECOG 0-2", "Your ECOG performance status is 0 to 2."),
    ("Performance status: CTC 0-2", "Performance status: Your CTC is 0 to 2."),  # no scale of performance status
])  # fmt: skip
def test_spelled_out_plural(text: str, plain: str) -> None:
    assert said(text, INC) == plain


# two capacity nouns before one "to" (translator.offline_openings' led openings)
@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Ability and willingness to fast for up to 24 hours.", INC,
     "You are able and willing to fast for up to 24 hours."),
    ("Inability or unwillingness to comply with study procedures", EXC,
     "You are not able or not willing to follow study procedures."),
    # someone else's capacity: as written
    ("Ability and willingness of patient to give written informed consent.", INC,
     "Ability and willingness of patient to give written informed consent."),
])  # fmt: skip
def test_able_and_willing(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


# the judge first, then the reader (translator.offline_judged_readers.judge_first), the judge then said after the
# reader (translator.offline_judge_first)
@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("In the opinion of the investigator, the participant is capable of understanding and complying with protocol "
     "requirements.", INC,
     "You are capable of understanding and complying with study rules. The study doctor decides this."),
    ("In the opinion of the investigator, able to participate in the study", INC,
     "You can take part in the study. The study doctor decides this."),
    ("In the investigator's opinion, the patient requires immediate treatment.", INC,
     "You need immediate treatment. The study doctor decides this."),
    ("In the opinion of the investigator, has understood the information provided.", INC,
     "You have understood the information provided. The study doctor decides this."),
    # someone else beside the reader, or taking part itself judged: as written
    ("In the opinion of the investigator, the participant or legal guardian is capable of understanding and complying "
     "with protocol requirements.", INC,
     "In the study doctor's view, the participant or legal guardian is capable of understanding and complying with "
     "study rules."),
    ("In the opinion of the investigator, the subject should not participate in the study", EXC,
     "In the study doctor's view, the subject should not take part in the study"),
])  # fmt: skip
def test_judge_first(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


# a group "with X who Y" put to the reader (translator.offline_with_who)
@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Patients with End Stage Renal Disease who have been on intermittent hemodialysis three times a week", INC,
     "You have end stage renal disease. You have also been on intermittent hemodialysis three times a week."),
    ("Patients with active disease who are refractory to, intolerant to, or unwilling to take 5-aminosalicylic acid "
     "(5-ASA).", INC,
     "You have active disease. You are also refractory to, intolerant to, or unwilling to take 5-aminosalicylic acid "
     "(5-ASA)."),
    # a second description ("or for whom"), another person, or an exclusion: as written
    ("Patients with lymphoma who are refractory to approved therapies or for whom no appropriate therapies are "
     "available.", INC,
     "Patients with lymphoma who are refractory to approved treatments or for whom no appropriate treatments are "
     "available."),
    # "those agents" are things: the "who" is the reader's, joined by offline_relative_openings (people17)
    ("Participants with known addiction to alcohol or drugs who are actively taking those agents", INC,
     "You have known addiction to alcohol or drugs and are actively taking those agents."),
])  # fmt: skip
def test_with_who(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


# an inclusion's own "Use of contraception" (translator.offline_method_uses)
@pytest.mark.parametrize(("text", "plain"), [
    ("Use of contraception", "You use birth control."),
    ("Use of protocol specified method(s) of contraception", "You use protocol specified method(s) of birth control."),
    # whose use it is named, or a list after it: as written
    ("use of 2 forms of contraception during the study in both men and women",
     "Use of 2 forms of birth control during the study in both men and women"),
    ("Use of two effective contraception methods if female or male is of childbearing potential",
     "Use of two effective birth control methods if female or male is able to get pregnant"),
])  # fmt: skip
def test_method_use(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_method_use_under_a_header() -> None:
    from translator.offline_method_uses import method_use

    assert method_use("Use of contraception", INC, "Acceptable methods are:") == []
    assert method_use("Use of contraception", EXC, None) == []


# a "they" opening a condition after a narrowed group is the reader (translator.offline_narrowed)
@pytest.mark.parametrize(("text", "plain"), [
    ("WOCBP may be enrolled if they agree to use two of the reliable forms of contraception",
     "If you are a woman who can get pregnant, you may be enrolled if you agree to use two of the reliable forms of "
     "birth control."),
    # a "they" that opens no condition may be a thing: as written
    ("WOCBP may be enrolled and they agree to use two of the reliable forms of contraception",
     "Women who can get pregnant may be enrolled and they agree to use two of the reliable forms of birth control"),
])  # fmt: skip
def test_narrowed_they(text: str, plain: str) -> None:
    assert said(text, INC) == plain


# "you have past X" said as "you have had X" (translator.offline_had_past)
@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Prior anthracycline exposure", INC, "You have had anthracycline exposure."),
    ("Patients with prior therapy that included interstitial brachytherapy must have confirmation of true progressive "
     "disease", INC,
     "If you have had treatment that included interstitial brachytherapy, you must have confirmation of true "
     "progressive disease."),
])  # fmt: skip
def test_had_past(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


def test_had_past_keeps_two_times() -> None:
    from translator.offline_had_past import had_past

    assert had_past("You have past or concurrent cancer.") == "You have past or concurrent cancer."
    assert had_past("You have past anthracycline exposure.") == "You have had anthracycline exposure."


# the men a narrowed group is sexually active with are no second reader (translator.offline_narrowed)
@pytest.mark.parametrize(("text", "plain"), [
    ("Women of child bearing potential who are sexually active with men must be using a medically accepted method of "
     "contraception",
     "If you are a woman who can get pregnant and are sexually active with men, you must be using a medically "
     "accepted method of birth control."),
    ("Women of childbearing potential who are sexually active with men must use contraception and men must use condoms",
     "Women able to get pregnant who are sexually active with men must use birth control and men must use condoms"),
])  # fmt: skip
def test_narrowed_active_with_men(text: str, plain: str) -> None:
    assert said(text, INC) == plain


# "healthy" between the sexes and the noun (translator.offline_sexes)
@pytest.mark.parametrize(("text", "plain"), [
    ("Male or female healthy volunteers 18 to 45 years of age (inclusive).",
     "You are a healthy male or female volunteer and 18 to 45 years old (inclusive)."),
    ("Male or female healthy", "Male or female healthy"),  # no noun after it: as written
])  # fmt: skip
def test_healthy_after_the_sexes(text: str, plain: str) -> None:
    assert said(text, INC) == plain


# a finding said "present" is no lab's name (translator.offline_labs)
@pytest.mark.parametrize(("text", "plain"), [
    ("Conjunctival staining present ≥ 1 (out of possible score of 6 per eye)",
     "Conjunctival staining present 1 or more (out of possible score of 6 per eye)"),
    ("Creatinine < 2 mg/dL", "Your creatinine is less than 2 mg/dL."),
])  # fmt: skip
def test_present_is_no_lab(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_had_past_not_before_use() -> None:
    from translator.offline_had_past import had_past

    assert had_past("If you have past use of aspirin, you …") == "If you have past use of aspirin, you …"


# an inclusion item that is the reader's child-bearing state (translator.offline_potential_states)
@pytest.mark.parametrize(("text", "plain"), [
    ("Childbearing potential, has a negative result on all required pregnancy tests prior to randomisation, and agrees "
     "to an acceptable contraceptive method.",
     "You can get pregnant, have a negative result on all needed pregnancy tests before randomisation, and agree "
     "to an acceptable birth control method."),
    ("Non-child-bearing potential (i.e., women with functioning ovaries who have a current documented tubal ligation)",
     "You are not able to get pregnant. This means women with functioning ovaries who have a current recorded tubal "
     "ligation."),
    # a definition, a participle after "and", or someone named: as written
    ("Non-childbearing potential defined as pre-menopausal females with a documented tubal ligation",
     "Not able to get pregnant. This means pre-menopausal females with a recorded tubal ligation."),
    ("Of childbearing potential and practicing a highly effective method of birth control",
     "Able to get pregnant and practicing a highly effective method of birth control"),
    ("Childbearing potential, including any female who has had a negative serum pregnancy test",
     "Ability to get pregnant, including any female who has had a negative serum pregnancy test"),
])  # fmt: skip
def test_potential_state(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_narrowed_they_not_past_an_aside() -> None:
    text = ("Female subjects of childbearing potential (including perimenopausal females who have had a menstrual "
            "period within 1 year prior to screening) must agree to use a reliable method of contraception until they "
            "have completed the study")
    assert "until they have finished" in said(text, INC)


def test_with_who_not_before_the_groups_own_verb() -> None:
    text = "Subjects with metastatic NPC who did not receive any systemic chemotherapy before first dose are accepted."
    assert said(text, INC).startswith("Subjects with")

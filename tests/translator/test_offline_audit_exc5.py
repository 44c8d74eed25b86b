"""Wordings the audit_exc5 audit found wrong, said right: a criterion that opens with a verb whose subject a list's
shared "Patients who …" left off, put to the reader (translator.offline_openings: "Show evidence of X", "Participated
in X", "Plans to X", "Used X within …", "Need for X"); a dipstick grade's bound said before its "+" ("at most 1+", not
"1 or less+"; translator.offline_edits); a question's "a history of" kept ("Do you have a history of X?", not "Do
you have had X?"; translator.offline_plain); the reader's later "anticipates" said as "anticipate"
(translator.offline_agreement). With the cases that must keep their words. `said` also checks that the fidelity
check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    # the plural verb of a list whose subject was left off; "demonstrate", "exhibit" as the plain words say them
    ("NCT01243957", EXC, "Show evidence of hepatitis B and/or positive hepatitis B surface antigen.",
     "You show signs of hepatitis B and/or positive hepatitis B surface antigen."),
    ("NCT00925353", EXC, "exhibit neurological or cardiac signs or symptoms prior to gel application",
     "You show neurological or heart signs or symptoms before gel application."),
    ("NCT00473746", INC, "Demonstrate disease progression after antiandrogen withdrawal",
     "You show disease progression after antiandrogen withdrawal."),
    ("NCT03204344", EXC, "Refuse to participate in the study;", "You refuse to take part in the study."),
    # the singular of a plan, an intention, a refusal, a home
    ("NCT00347776", EXC, "Plans to move out of the region within 1 year.",
     "You plan to move out of the region within 1 year."),
    ("NCT02165826", EXC, "Intends to donate blood, organs, or bone marrow during the course of the study.",
     "You plan to donate blood, organs, or bone marrow during the study."),
    ("NCT01867866", EXC, "Refuses to use an adequate means of contraception (including male patients)",
     "You refuse to use a good enough means of birth control. This includes male patients."),
    ("NCT06209411", INC, "Resides in one of the study communities", "You live in one of the study communities."),
    # taking part, as "Prior participation in" is said
    ("NCT01930045", EXC, "Participated in another investigational trial ≤4 weeks before the study",
     "You have taken part in another experimental trial in the 4 weeks before the study."),
    ("NCT02122471", EXC, "Participated in a previous plecanatide clinical trial",
     "You have taken part in a past plecanatide clinical trial."),
    # in the past, as the source says it
    ("NCT02240108", EXC, "Used cyclosporine, tacrolimus, sirolimus, mycophenolate mofetil, or similar drugs within "
     "8 weeks prior to randomization.",
     "You used cyclosporine, tacrolimus, sirolimus, mycophenolate mofetil, or similar drugs in the 8 weeks before "
     "randomization."),
    ("NCT00585468", EXC, "Experienced an acute rejection episode prior to the pharmacokinetic profile collection",
     "You experienced an acute rejection episode before the pharmacokinetic profile collection."),
    ("NCT00737204", EXC, "Started antidepressant medication within past 6 weeks",
     "You started antidepressant medicine within the past 6 weeks."),
    ("NCT02099110", EXC, "Donated blood or blood products within 6 weeks of study start",
     "You donated blood or blood products within 6 weeks of study start."),
    ("NCT02727777", EXC, "Failed to recover to baseline or stable grade 1 from the reversible effects of prior "
     "anticancer therapies with the exception of alopecia.",
     "You failed to recover to baseline or stable grade 1 from the reversible effects of past cancer treatments "
     "except for hair loss."),
    # a need now
    ("NCT00091611", EXC, "Requirement for steroid therapy.", "You need steroid treatment."),
    ("NCT03343652", EXC, "Requirement for vasopressor support at the time of enrollment",
     "You need vasopressor support when joining the study."),
])
def test_a_verb_whose_subject_was_left_off_is_the_readers(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    # a plan's or a form's "Completed", not the reader's
    ("NCT00023673", INC, "Completed 3D plan with total lung V20 </= 30% mean esophageal dose </= 34 Gy and "
     "esophageal V55 </= 30%",
     "Completed 3D plan with total lung V20 no more than 30% mean esophageal dose 34 Gy or less and esophageal V55 "
     "30% or less"),
    # plans as a noun, and a treatment someone else plans to give
    ("NCT01623466", EXC, "Plans for major surgery", "Plans for major surgery"),
    ("NCT02680951", EXC, "Plans to administer non-protocol chemotherapy, radiation therapy, or immunotherapy during "
     "the study period",
     "Plans to administer non-protocol chemotherapy, radiation treatment, or immunotherapy during the study"),
    # a study partner's home, not the reader's
    ("NCT02750306", INC, "Resides with the participant overnight and has a close relationship with the participant",
     "Lives with the participant overnight and has a close relationship with the participant"),
    # a failed thing, or a "failed" whose "and deemed" the opening would make the reader's doing
    ("NCT00607399", INC, "Failed standard therapy and deemed by the Investigator to be suitable for participation "
     "into the trial.",
     "Failed standard treatment and judged by the study doctor to be suitable for participation into the trial."),
    # a need in a window before the study: "You need" would make it now
    ("NCT04912596", EXC, "Need for daily oral corticosteroids within 3 months prior to screening.",
     "Need for daily oral corticosteroids in the 3 months before screening."),
])
def test_what_is_no_verb_of_the_reader_keeps_its_words(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    ("NCT00496756", INC, "Protein ≤ 1+ by urinalysis", "Protein at most 1+ by urinalysis"),
    ("NCT00543842", EXC, "Urine dipstick for proteinuria >/= 2+ (patients discovered to have >/= 2+ proteinuria on "
     "dipstick urinalysis at baseline should undergo a 24 hour urine collection and must demonstrate </= 1g of "
     "protein in 24 hours to be eligible).",
     "Urine dipstick for protein in the urine at least 2+. Patients discovered to have at least 2+ protein in the "
     "urine on dipstick urinalysis at baseline should have a 24 hour urine collection and must show 1 g or less of "
     "protein in 24 hours to be eligible."),
    # a bound that already ends with its number is worded as before
    ("NCT00121719", EXC, "Proteinuria greater than 1+ on bedside testing.",
     "Protein in the urine more than 1+ on bedside testing."),
    ("NCT04348032", EXC, "Abnormal coagulation function (INR>1.5 or prothrombin time (PT) > ULN+4 seconds)",
     "You have abnormal blood clotting function (INR more than 1.5 or prothrombin time (PT) above the upper limit of "
     "normal+4 seconds)."),
])
def test_a_dipstick_grade_keeps_its_plus_after_its_number(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


def test_a_question_keeps_its_history() -> None:
    # NCT00427219: "Do you have had prostate cancer" is no English
    assert said("Does the patient have a history of prostate cancer or a serum PSA >10 ng/mL?", EXC) == (
        "Do you have a history of prostate cancer or a serum prostate-specific antigen (PSA) more than 10 ng/mL?"
    )


def test_a_later_anticipates_is_the_readers() -> None:
    # NCT01873950
    assert said(
        "Subject has consumed alcohol, caffeine, grapefruit, or grapefruit juice within 48 hours before dosing or "
        "anticipates an inability to abstain from these products throughout the study.",
        EXC,
    ) == (
        "You have consumed alcohol, caffeine, grapefruit, or grapefruit juice within 48 hours before dosing or "
        "anticipate an inability to abstain from these products throughout the study."
    )


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # the 3A family is not its member 3A4: "CYP3A" was spelled out as "cytochrome P450 3A4"
    ("NCT02611908", "Requires treatment with a strong CYP 3A inhibitor.",
     "You need treatment with a strong cytochrome P450 3A (CYP 3A) inhibitor."),
    ("NCT02227251", "Received strong cytochrome P450 3A (CYP3A) inhibitors ≤7 days prior to Day 1 dosing or strong "
     "CYP3A inducers ≤14 days prior to Day 1 dosing.",
     "You have had strong cytochrome P450 3A (CYP3A) inhibitors in the 7 days before Day 1 dosing or strong "
     "CYP3A inducers in the 14 days before Day 1 dosing."),
    # nor are 3A4 and 3A5 together 3A4 alone
    ("NCT01023880", "has used a medication known to be a potent inducer of CYP2E1, CYP2D6 or CYP3A4/5 within 4 weeks "
     "prior to the first dose of study drug.",
     "You have used a medicine known to be a potent inducer of CYP2E1, cytochrome P450 2D6 (CYP2D6) or cytochrome "
     "P450 3A4 and 3A5 (CYP3A4/5) in the 4 weeks before the first dose of study drug."),
])
def test_an_enzyme_family_is_spelled_out_as_itself(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id

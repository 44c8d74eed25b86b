"""A second audit of the exclusion bullets against their sources: wordings the fidelity checks cannot fault but a
reader would misread. A window whose "prior to" waits for an object after "and during" measured from now ("for the
past 1 month and during study treatment"); "history of current X" said as over ("You have had current hepatitis");
a value read as a lab's when it is a range the lab is outside, a condition's class, a tumour's size or a time
since ("Your hemoglobin levels outside is 11 to 14 mg/dL", "Your cardiac failure NYHA is class 3 or 4", "Your
maximum diameter is …", "Your use of radiographic contrast is less than 1 week"); a second "be" left bare after the
reader's verb ("You are pregnant or be attempting …"); two groups joined by "and" said as one reader who is both
("You are pregnant and breastfeeding female"). With the cases that must keep their words. `said` also checks that
the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00293371", "No bisphosphonate initiation for 1 month prior to and during study treatment", INC,
     "You have no bisphosphonate initiation for 1 month before and during study treatment."),
    ("NCT00287170",
     "Subjects who are taking allopurinol, sulfasalazine, valerian, warfarin and corticosteroids,including budesonide "
     "and prednisone within 28 days prior to and throughout the study", EXC,
     "You are taking allopurinol, sulfasalazine, valerian, warfarin and corticosteroids,including budesonide and "
     "prednisone within 28 days before and throughout the study."),
    ("NCT02284516", "LASIK or other ocular surgical procedures within 12 months prior to or during the study.", EXC,
     "LASIK or other eye surgical procedures within 12 months before or during the study."),
    ("NCT01023880",
     "Received radiation therapy or immunotherapy in the 4 weeks prior to, or localized radiation therapy within 1 "
     "week prior to, the first dose of study drug.", EXC,
     "You have had radiation treatment or immunotherapy in the 4 weeks before, or localized radiation treatment "
     "within 1 week before, the first dose of study drug."),
    # a window with its own anchor is worded as before
    ("NCT01203787", "Major surgery, open biopsy or significant traumatic injury within 4 weeks prior to first study "
     "drug.", EXC,
     "You have had major surgery, open biopsy or significant traumatic injury in the 4 weeks before first study drug."),
])
def test_a_window_whose_anchor_comes_after_a_second_preposition(
    nct_id: str, text: str, kind: SectionKind, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01870999",
     "history of current hepatitis or carrier of HBsAg (Hepatitis B surface antigen) and/or Hepatitis C Virus "
     "antibodies (anti-HCV)",
     "You have a history of current hepatitis or carrier of HBsAg (Hepatitis B surface antigen) and/or Hepatitis C "
     "Virus antibodies (anti-HCV)."),
    ("NCT04344470",
     "History of current brain tumor, stroke, head trauma with loss of consciousness, epilepsy, or seizures.",
     "You have a history of current brain tumor, stroke, head injury with loss of consciousness, epilepsy, or "
     "seizures."),
    # a history of something with no "current" is having had it
    ("NCT00705315", "History of stroke", "You have had a stroke."),
    ("NCT00199368", "History of psychotic illness", "You have had a psychotic illness."),
    ("NCT00069459", "Current or past history of seizure disorder or brain injury.",
     "You now have or have had a seizure disorder or brain injury."),
])
def test_a_history_of_something_current_is_not_over(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT01568775", "Hemoglobin levels outside 11-14 mg/dL", EXC, "Hemoglobin levels outside 11-14 mg/dL"),
    ("NCT02277197", "Cardiac failure New York Heart Association (NYHA) class III or IV.", EXC,
     "Cardiac failure NYHA class 3 or 4."),
    ("NCT05144867", "Maximum diameter >4cm on MRI", EXC, "Maximum diameter more than 4 cm on MRI"),
    ("NCT02133105", "Administration of radiographic contrast < 1 week", EXC,
     "Use of radiographic contrast less than 1 week"),
    # the reader's own labs, scales and time measures keep "Your … is"
    ("NCT00174785", "Left atrium diameter greater than or equal to 50 mm by echocardiography", INC,
     "Your left atrium diameter is 50 mm or more by heart ultrasound."),
    ("NCT00118430", "Anticipated life expectancy less than 12 months", EXC,
     "Your expected life expectancy is less than 12 months."),
    ("NCT02600351", "HCV RNA > 15 IU/mL at screening", INC,
     "Your hepatitis C virus (HCV) RNA is more than 15 IU/mL at screening."),
    ("NCT02132936", "A modified Psoriasis Area Severity Index (PASI) score of at least 2 on the trunk and limbs.", INC,
     "Your modified Psoriasis Area Severity Index (PASI) score is at least 2 on the trunk and limbs."),
    ("NCT01203787", "Child-Pugh score >9", EXC, "Your Child-Pugh score is more than 9."),
])
def test_a_value_that_is_no_lab_of_the_readers(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00678691", "Be pregnant or be attempting to conceive at present (urine bHCG must be negative)", EXC,
     "You are pregnant or are attempting to conceive at present. Urine bHCG must be negative."),
    ("NCT00908791",
     "Patients who have received prior or be receiving radiation therapy for their breast cancer will be excluded.",
     EXC, "You have received prior or are getting radiation treatment for your breast cancer."),
    ("NCT02129439",
     "Participation in an interventional clinical trial within the last three months (six months in case of a "
     "biological IMP) or be under the exclusion period from another clinical trial.", EXC,
     "You have taken part in an interventional clinical trial within the last three months (six months in case of a "
     "biological IMP). Or you are under the exclusion period from another clinical trial."),
    ("NCT03243305",
     "Have three or more outbreaks of genital herpes simplex virus (HSV) within the last year from the date of consent "
     "or be receiving suppressive therapy.", EXC,
     "You have three or more outbreaks of genital herpes simplex virus (HSV) within the last year from the date of "
     "consent. Or you are getting suppressive treatment."),
    # a "be" a modal or a clause of its own governs stays
    ("NCT02109627",
     "Active second malignancy that in the opinion of the PI may interfere with or be adversely affected by this "
     "treatment.", EXC,
     "You have active second cancer that in the view of the principal investigator (PI) may get in the way of or "
     "be adversely affected by this treatment."),
    ("NCT00402324",
     "If you are a female, you must have a negative pregnancy test and be using an effective method of contraception.",
     INC, "If you are a female, you must have a negative pregnancy test and be using an effective method of birth "
     "control."),
    ("NCT01954732", "Subjects must have the ability to understand and be willing to provide written informed consent",
     INC, "You must be able to understand and be willing to give written informed consent."),
])
def test_a_second_be_joined_to_the_readers_verb(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # two groups, either excluded: not one reader who is both
    ("NCT02152306", "Pregnant women and lactating female", "Pregnant women and breastfeeding female"),
    ("NCT00615030", "Pregnant or lactating females", "You are pregnant or breastfeeding."),
    ("NCT06926543", "Pregnant patient", "You are pregnant."),
])
def test_two_groups_joined_by_and(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00216476", "Pregnant or nursing females, or those lacking adequate contraception",
     "You are pregnant or breastfeeding, or you lack good enough birth control."),
    ("NCT00338182",
     "Participation in an investigational drug study within the 21 days prior to therapy or those who have not "
     "recovered from the effects of an investigational study drug",
     "You have taken part in an experimental drug study within the 21 days before treatment. Or you have not "
     "recovered from the effects of an experimental study drug."),
    ("NCT02182765", "Patients with malabsorption, severe chronic diarrhea or patients unable to maintain adequate oral "
     "intake", "You have malabsorption, severe chronic diarrhea or you cannot maintain good enough oral intake."),
    ("NCT02038920",
     "Participants who had undergone intestinal resection within 27 days before initiation of study drug "
     "administration or those anticipated to require intestinal resection during the study",
     "You have had bowel resection within 27 days before the start of study drug dosing. Or you are "
     "expected to need bowel resection during the study."),
    # "those on medications": "those" may be the medications; the source's words stay
    ("NCT02255461",
     "Patients with corrected QT (QTc) interval of > 450 msec or those on medications known to prolong QTc interval",
     "Patients with corrected QT (QTc) interval of more than 450 ms or those on medicines known to prolong QTc "
     "interval"),
    # a group in an exception is no one excluded
    ("NCT05605535", "Chronic therapeutic corticosteroid use, defined as > 5 days of prednisone or equivalent, except "
     "for inhalers or those on a pre-planned steroid taper.",
     "You have chronic therapeutic corticosteroid use, defined as more than 5 days of prednisone or equivalent, except "
     "for inhalers or those on a pre-planned steroid taper."),
])
def test_a_group_listed_after_the_readers_opening(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02914327", "Patients with chronic diarrhea or with Grade 2 or greater diarrhea despite appropriate medical "
     "management.",
     "You have chronic diarrhea or have Grade 2 or greater diarrhea despite appropriate medical management."),
    ("NCT00765648", "Subjects with decompensated congestive heart failure (CHF) or with a known left ventricular "
     "ejection fraction (LVEF) <35%",
     "You have decompensated congestive heart failure (CHF). Or you have a known left ventricular ejection fraction "
     "(LVEF) less than 35%."),
    # a "with" another word may take keeps its words
    ("NCT00443690", "Patients with dyspnea at rest or with minimal exertion",
     "You have shortness of breath at rest or with minimal exertion."),
    ("NCT02250118", "Patient with histologically documented pleural effusion in a type of breast carcinoma in "
     "exudate or with no other identified cause.",
     "You have histologically recorded pleural effusion in a type of breast carcinoma in exudate or with no other "
     "identified cause."),
    ("NCT02086513", "Patients who have previously been treated with systemic LDE225 or with other Hh pathway "
     "inhibitors.", "You have been treated with systemic LDE225 or with other Hh pathway inhibitors."),
])
def test_the_peoples_with_said_again(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # "On-going" is no "You are on …": it is "ongoing", a condition's adjective
    ("NCT02242045", "On-going inflammatory bowel disease", "You have on-going inflammatory bowel disease."),
    ("NCT01269047", "On chronic medications that may affect glucose excursions.",
     "You are on chronic medicines that may affect glucose excursions."),
])
def test_on_going_is_no_state_of_being_on(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id

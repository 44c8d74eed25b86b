"""A fourth audit of inclusion bullets beside their sources: rewrites the fidelity checks passed that still misread the
criterion or were no English. "at enrollment" / "at study entry" is "when joining the study" (never "at joining the
study"), but not in "at study entry in the study eye" nor "at the enrollment date"; an age bound written in amount
words is worded as an age once the opening makes it the reader's ("Age more than 18 years" is "You are older than 18
years", not "You are more than 18 years"), except after an "aged" the bullet keeps; a group of patients named in the
middle of the sentence owns the "their" after it ("for subjects with liver involvement of their cancer" is not "of
your cancer"); "Subject's must" is a slip for "Subjects must" (not "Your must"); "No participation in X" is no "You
have no taking part in X". With the cases that must keep their words or their rewrite. `said` also checks that the
fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_age_wording import age_word_edits
from translator.offline_coordinated_be import coordinated_uses
from translator.offline_edits import Edit
from translator.offline_their_groups import group_named_midway

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # "at enrollment", "at study entry", "at entry to the trial": when one joins ("at joining the study" is no English)
    ("NCT03243305", "Have a negative urine pregnancy test at enrollment.", INC,
     "You have a negative urine pregnancy test when joining the study."),
    ("NCT00091611", "Clinical performance status of Eastern Cooperative Oncology Group (ECOG) 0, 1 at entry to the "
     "trial.", INC, "Clinical performance status of ECOG 0, 1 when joining the study."),
    ("NCT01348503", "Eastern Cooperative Oncology Group (ECOG) performance status of </= 2 at study entry", INC,
     "Your ECOG performance status is 2 or less when joining the study."),
    ("NCT02312661", "Serious active infection requiring i.v. antibiotics at enrolment.", EXC,
     "You have a serious active infection needing i.v. antibiotics when joining the study."),
    # kept: the study eye is the eye the study treats, and "the enrollment date" names a date
    ("NCT01982435", "Persistent foveal-involving diabetic macular edema based on presence of intraretinal and/or "
     "subretinal fluid by SDOCT in the foveal center at study entry in the study eye.", INC,
     "Persistent foveal-involving diabetic macular edema based on presence of intraretinal and/or subretinal fluid by "
     "SDOCT in the foveal center at study entry in the study eye."),
    ("NCT04529122", "Participant is currently diagnosed with any type of solid tumour cancer, at any stage of the "
     "disease, at the enrollment date (informed consent date)", INC,
     "You are now diagnosed with any type of solid tumour cancer, at any stage of the disease, at the enrollment date "
     "(informed consent date)."),
])
def test_joining_the_study_is_when(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # an age in amount words, put to the reader, said as an age
    ("NCT01205165", "Age more than 18 years", INC, "You are older than 18 years."),
    ("NCT00469209", "Age up to 75 years.", INC, "You are 75 years or younger."),
    ("NCT01755026", "Age less than 18 years.", EXC, "You are younger than 18 years."),
    ("NCT00249301", "Aged 18 years or more", INC, "You are 18 years or older."),
    ("NCT04474964", "Age Less than 3 and more than 16 years.", EXC,
     "You are younger than 3 years and older than 16 years."),
    # kept: "aged more than 18 years" reads well where "aged" stays; how long after menopause is no age (the age
    # after it, "more than 55 years of age", is one)
    ("NCT02066454", "Patients (men/women) aged more than 18 years", INC,
     "Patients (men/women) aged more than 18 years"),
    ("NCT03397121", "Women >2 years postmenopausal (defined as 1 year or longer since last menstrual period) AND more "
     "than 55 years of age.", EXC,
     "You are a woman more than 2 years postmenopausal (defined as 1 year or longer since last monthly period) AND "
     "older than 55 years."),
])
def test_an_age_in_amount_words_is_said_as_an_age(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # a group named mid-sentence owns the "their" after it
    ("NCT03300609", "Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) =< 2.5 x ULN (=< 5 x ULN for "
     "subjects with liver involvement of their cancer)",
     "Your alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are no more than 2.5 times the upper "
     "limit of normal (no more than 5 times the upper limit of normal for subjects with liver involvement of their "
     "cancer)."),
    ("NCT02397096", "Receiving first or second retroviral regimen (participants receiving a NNRTI at Screening must be "
     "on their first retroviral regimen)",
     "You are receiving first or second retroviral regimen. If you are getting a NNRTI at Screening, you must be on "
     "your first retroviral regimen."),
    # kept: the opening's own people are the reader, in a later sentence too
    ("NCT02565628", 'Subjects should be able to recognize their "wearing off" symptoms and verify that they usually '
     "improve after their next dose of Parkinson's disease medication. Subjects should be able to recognize "
     "drug-induced dyskinesias and verify whether or not they are troublesome.",
     'You should be able to recognize your "wearing off" symptoms and verify that they usually improve after your next '
     "dose of Parkinson's disease medicine. You should be able to recognize drug-induced dyskinesias and verify "
     "whether or not they are troublesome."),
])
def test_their_after_a_group_named_midway_is_the_groups(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


def test_group_named_midway() -> None:
    assert group_named_midway(" (=< 5 x ULN for subjects with liver involvement of ")
    assert not group_named_midway("Patients must have ")
    assert not group_named_midway("(All participants must have ")
    assert not group_named_midway(" should be able to recognize the patient's ")


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # "Subject's must": the possessive is a slip; the subject is the reader
    ("NCT01583686", "Subject's must be co-enrolled in protocol 03-C-0277.",
     "You must be co-enrolled in protocol 03-C-0277."),
    # "No participation in X" is no "You have no taking part in X": the source's words, plainly
    ("NCT00384553", "no participation in another study 3 month before and during this study",
     "No taking part in another study 3 month before and during this study"),
])
def test_openings_that_were_no_english(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a use joined to "You have X" is the reader's, with its own "are" ("You have X or getting Y" is no English)
    ("NCT00384969", "Patients with an active bleeding diathesis or on oral vitamin K antagonist medication (except low "
     "dose warfarin)", EXC,
     "You have an active bleeding diathesis. Or you are on oral vitamin K antagonist medicine (except low dose "
     "warfarin)."),
    ("NCT00633087", "Patients with ongoing coagulopathies and/or receiving oral anticoagulants.", EXC,
     "You have ongoing coagulopathies and/or are getting oral blood thinners."),
    ("NCT00537485", "Subject has arrhythmia and treated with class 1a anti-arrhythmic drugs (e.g. quinidine, "
     "procainamide etc.) or class 3 anti-arrhythmic drugs (e.g. amiodarone, sotalol etc.)", EXC,
     "You have arrhythmia and are treated with class 1a anti-arrhythmic drugs (such as quinidine, procainamide etc.) "
     "or class 3 anti-arrhythmic drugs (such as amiodarone, sotalol etc.)."),
    ("NCT03247738", "Known creatinine clearance <30 mL/minute or on hemodialysis.", EXC,
     "You are known to have creatinine clearance less than 30 mL/min or are on hemodialysis."),
    # kept: "either … or on" pairs the use with "treatment-naïve"; "on admission" is a time; and under "No history
    # of" an "are" would end the negation's scope
    ("NCT01054300", "Participants with type 2 diabetes mellitus, either treatment-naïve or on up to 2 acceptable oral "
     "anti-diabetes drugs for at least 8-weeks prior to study.", INC,
     "You have type 2 diabetes, either treatment-naïve or on up to 2 acceptable oral anti-diabetes drugs for at least "
     "8 weeks before study."),
    ("NCT02958982", "Negative screen for drugs of abuse and alcohol at screening and on admission.", INC,
     "You have a negative screen for drugs of abuse and alcohol at screening and on admission."),
])
def test_a_use_joined_to_you_have_has_its_own_are(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


def test_no_are_under_a_negation() -> None:
    text = "Patients with no history of dysrhythmias or receiving antiarrhythmic drugs"
    assert coordinated_uses(text, [Edit(0, 14, "You have ", "person")]) == []


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # "participation" after a word that makes it a noun keeps its noun ("during taking part" is no English)
    ("NCT00081588", "Significant virologic failure during participation in the above trials", INC,
     "You have significant virologic failure during participation in the above trials."),
    # (a permission at the same time is put to the reader: offline_same_time_permissions, with its own "take part")
    ("NCT00070018", "Concurrent participation in SWOG-8947 or SWOG-8819 allowed", INC,
     "You may take part in SWOG-8947 or SWOG-8819 at the same time."),
    ("NCT00349193", "Subjects with a clinically significant or unstable medical or surgical condition that would "
     "preclude safe and complete study participation,", EXC,
     "You have a medically important or unstable medical or surgical condition that would prevent safe and complete "
     "study participation."),
    # kept: where a gerund can stand, "taking part"
    ("NCT02597049", "Have acute or chronic hepatitis, signs and symptoms of any other liver disease other than "
     "nonalcoholic fatty liver disease (NAFLD), or alanine transaminase (ALT) level >2.5 times the upper limit of the "
     "reference range, as determined by the central laboratory at study entry; participants with NAFLD are eligible "
     "for participation in this trial", EXC,
     "You have acute or chronic hepatitis, signs and symptoms of any other liver disease other than nonalcoholic "
     "fatty liver disease (NAFLD), or alanine transaminase (ALT) level more than 2.5 times the upper limit of normal, "
     "as determined by the central lab when joining the study. If you have NAFLD, you are eligible for taking part "
     "in this trial."),
])
def test_participation_after_a_noun_maker_stays_a_noun(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # no event in a window that looks back: none was had ("You have no heart attack within the past year" mixed tenses)
    ("NCT00074139", "No myocardial infarction within the past year",
     "You have had no heart attack within the past year."),
    ("NCT00030407", "No myocardial infarction and/or stroke within the past 6 months",
     "You have had no heart attack and/or stroke within the past 6 months."),
    # kept: a state among the items (a change in angina goes on); a cancer none of which was had in the window is
    # had too (audit_inc5: "You have no other cancer within the past 5 years" read as only now)
    ("NCT00293371", "No myocardial infarction or significant change in anginal pattern within the last 6 months, "
     "symptomatic congestive heart failure (New York Heart Association class III or IV), or uncontrolled cardiac "
     "arrhythmia",
     "You have no heart attack or significant change in anginal pattern within the last 6 months, congestive "
     "heart failure that causes symptoms (NYHA class 3 or 4), or uncontrolled cardiac arrhythmia."),
    ("NCT00002633", "No other malignancy within the past 5 years except nonmelanoma skin cancer",
     "You have had no other cancer within the past 5 years except nonmelanoma skin cancer."),
])
def test_no_event_in_a_window_that_looks_back_was_had(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


def test_a_second_group_joined_to_the_first_is_no_description() -> None:
    # NCT00306813: "Men and WCBP" are two groups, not a man who is a WCBP ("If you are male and WCBP" was wrong)
    text = ("Women of childbearing potential must have a negative serum or urine pregnancy test within 7 days of "
            "starting each cycle. Men and WCBP must agree to use adequate contraceptive methods.")
    assert said(text, INC) == (
        "If you are female and able to get pregnant, you must have a negative serum or urine pregnancy test within "
        "7 days of starting each cycle. Men and WCBP must agree to use good enough birth control methods."
    )


def test_no_are_after_a_perfect() -> None:
    # NCT00908791: "You have received X or getting Y" keeps its words: an "are" would move Y out of the perfect
    text = ("Patients who have received prior chemotherapy or receiving chemotherapy or hormonal therapy for their "
            "breast cancer will not be included.")
    assert coordinated_uses(text, [Edit(0, 27, "You have received ", "person")]) == []


@pytest.mark.parametrize("text", [
    "Gestational age less than 37 weeks",  # an age in weeks of pregnancy, not the reader's in years
    "Bone age less than 12",  # an X-ray reading
    "Postnatal age more than 7 days",  # another unit after the number
])
def test_no_age_in_years_where_the_words_say_otherwise(text: str) -> None:
    facts = extract_facts(text)
    assert age_word_edits(text, facts, [], [Edit(0, 0, "", "person")]) == []

"""Losses the checks missed, found now, with the faithful wording of the same criterion passing:

- a named alternative of a list said only by words another name of the source accounts for
  (translator.fidelity_named_alternatives): "deferiprone or Deferasirox" said with one "defer…" name, "HBsAg
  positive or HBcAb positive" with "HBsAg" only, "low potassium or low magnesium" with one "low", "hematological, …,
  cardiovascular" with one "blood";
- a head noun lost before its "of" (translator.fidelity_stranded_of): "HAs of any kind" said "You have of any kind";
- a denial stretched over the alternative after "or presence of" (translator.fidelity_denied_alternatives), and the
  faithful split wording no longer read as a lost negation (translator.fidelity_negation_words.affirmed_from).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.fidelity_named_alternatives import lost_named_alternatives

DEFERIPRONE = "Patients currently or previously treated with deferiprone or Deferasirox"
HEPATITIS = ("Hepatitis B: Subjects who are HBsAg positive or HBcAb positive must not have a HBV DNA level >=2000 "
             "International Units (IU)/millilitre (mL).")
TORSADES = ("Risk factors for Torsades de Pointes (TdP) including uncorrected hypokalemia or hypomagnesemia, or "
            "history of clinically significant/symptomatic bradycardia")
ORGANS = ("Evidence or history of clinically significant hematological, renal, endocrine, pulmonary, gastrointestinal, "
          "cardiovascular, hepatic, psychiatric, neurologic, or allergic disease (including drug allergies, but "
          "excluding untreated, asymptomatic, seasonal allergies at time of dosing) or clinical findings at Screening.")
MRI = ("Any abnormal MRI findings, such as presence of cerebral vascular pathology, cortical stroke, etc or inability "
       "to tolerate MRI procedures or contraindication to MRI")

LOST = [
    (DEFERIPRONE, "You are being treated, or have been treated before, with deferasirox.", "deferiprone"),
    (HEPATITIS, "Hepatitis B: if you test positive for HBsAg, your hepatitis B virus (HBV) DNA level must not be "
     "2,000 IU/mL or more.", "HBcAb"),
    (TORSADES, "Risk factors for Torsades de Pointes (TdP, a dangerous heart rhythm) such as low magnesium "
     "(hypomagnesemia) that has not been corrected, or a past clinically significant or symptomatic slow heartbeat "
     "(bradycardia).", "hypokalemia"),
    (ORGANS, "You have signs of, or have had, kidney, endocrine, lung, digestive, heart and blood vessel, liver, "
     "mental health, neurologic, or allergic disease (such as drug allergies, but excluding untreated, asymptomatic, "
     "seasonal allergies at the time of dosing) or clinical findings at Screening.", "hematological"),
    (MRI, "Your MRI shows any abnormal findings, such as disease of the brain's blood vessels (cerebral vascular "
     "pathology), and so on, or you cannot tolerate MRI procedures, or you must not have an MRI (contraindication).",
     "stroke"),
]

FAITHFUL = [
    (DEFERIPRONE, "You are being treated, or have been treated before, with deferiprone or deferasirox."),
    (HEPATITIS, "Hepatitis B: if you test positive for HBsAg or for HBcAb, your hepatitis B virus (HBV) DNA level must "
     "not be 2,000 IU/mL or more."),
    (HEPATITIS, "Hepatitis B: if you test positive for hepatitis B surface antigen or core antibody, your hepatitis B "
     "virus (HBV) DNA level must not be 2,000 IU/mL or more."),
    (TORSADES, "Risk factors for Torsades de Pointes (TdP, a dangerous heart rhythm), such as low potassium "
     "(hypokalemia) or low magnesium (hypomagnesemia) that has not been corrected, or a past clinically significant "
     "or symptomatic slow heartbeat (bradycardia)."),
    (ORGANS, "You have signs of, or have had, medically important hematological, kidney, endocrine, lung, digestive, "
     "heart and blood vessel, liver, mental health, neurologic, or allergic disease (such as drug allergies, but "
     "excluding untreated, asymptomatic, seasonal allergies at the time of dosing) or clinical findings at "
     "Screening."),
    (ORGANS, "You have, or have had, clinically significant disease of the blood, kidneys, hormone glands, lungs, gut, "
     "heart and blood vessels, liver, or mental health, neurologic or allergic disease (such as drug allergies, but "
     "not untreated seasonal allergies without symptoms at the time of dosing) or clinical findings at Screening."),
    (MRI, "Your MRI shows any abnormal findings, such as disease of the brain's blood vessels (cerebral vascular "
     "pathology), a cortical stroke, and so on, or you cannot tolerate MRI procedures, or you must not have an MRI "
     "(contraindication)."),
    # real offline bullets the reading once faulted: a term and its abbreviation are one ("myocardial infarction
    # (MI)"), a term written plainly leaves its wording's words to others ("coumadin … blood thinner"), a bracket of
    # examples is no gloss ("eye disease (such as corneal swelling, uveitis, …)")
    ("Has experienced a myocardial infarction (MI), stroke, hospitalized unstable angina, cardiac or cerebrovascular "
     "revascularization procedure or hospitalized transient ischemic attack (TIA) - except in participants who have "
     "severe renal impairment.",
     "You have had a heart attack, stroke, hospitalized unstable angina, heart or cerebrovascular revascularization "
     "procedure or hospitalized transient ischemic attack (TIA) - except in participants who have severely reduced "
     "kidney function."),
    ("History of taking coumadin or similar anticoagulant, have a known coagulopathy, bleeding dyscrasia, or platelet "
     "count < 150,000/cubic mm",
     "History of taking coumadin or similar blood thinner, have a known coagulopathy, bleeding dyscrasia, or platelet "
     "count less than 150,000/cubic mm"),
    ("Clinically significant ocular disease (e.g. corneal edema, uveitis, severe keratoconjunctivitis sicca) which "
     "might interfere with the study",
     "Medically important eye disease (such as corneal swelling, uveitis, severe keratoconjunctivitis sicca) which "
     "might get in the way of the study"),
    ("Symptomatic or asymptomatic patient, with good clinical appearance",
     "You may have symptoms or none, and you look clinically well."),
    ("If tumor extends below the gastroesophageal (GE) junction into the proximal stomach, the bulk of the tumor must "
     "involve the esophagus or GE junction.",
     "If tumor extends below the gastroesophageal (GE) junction into the proximal stomach, the bulk of the tumor must "
     "involve the food pipe or gastroesophageal junction (GE junction)."),
]


@pytest.mark.parametrize(("source", "bullet", "name"), LOST)
def test_a_lost_named_alternative_is_found(source: str, bullet: str, name: str) -> None:
    assert [source[a:b] for a, b in lost_named_alternatives(source, [bullet])] == [name]
    assert "content_missing" in checks(source, bullet)


@pytest.mark.parametrize(("source", "bullet"), FAITHFUL)
def test_the_faithful_wording_passes(source: str, bullet: str) -> None:
    assert lost_named_alternatives(source, [bullet]) == []
    assert checks(source, bullet) == []


HEADACHES = ("HAs of any kind of moderate or severe intensity on an average of more than 2 days per month preceding "
             "the concussive trauma")


def test_a_head_noun_lost_before_of_is_found() -> None:
    lost = "You have of any kind of moderate or severe intensity on an average of more than 2 days per month before " \
           "the concussive trauma."
    assert checks(HEADACHES, lost) == ["content_missing"]
    kept = ("HAs of any kind of moderate or severe intensity on an average of more than 2 days per month before the "
            "concussive trauma")
    assert checks(HEADACHES, kept) == []


def test_a_stranded_of_the_source_has_itself_is_no_loss() -> None:
    source = "Patients who have had major surgery or significant traumatic injury ≤4 weeks of the of study treatment"
    bullet = "You have had major surgery or significant traumatic injury 4 weeks or less of the of study treatment."
    assert checks(source, bullet) == []


DEMENTIA = ("Absence of objectionable cognitive impairment or presence of dementia of severe degree defined by CDR "
            "score > 2.0.")


def test_a_denial_stretched_over_the_affirmed_alternative_is_found() -> None:
    stretched = ("You have no objectionable cognitive impairment or dementia of severe degree defined by Clinical "
                 "Dementia Rating (CDR) score more than 2.")
    assert checks(DEMENTIA, stretched, INC) == ["negation_moved"]


@pytest.mark.parametrize("bullet", [
    "Absence of objectionable cognitive impairment or presence of dementia of severe degree defined by Clinical "
    "Dementia Rating (CDR) score more than 2.",
    "You do not have objectionable cognitive impairment, or you have dementia of severe degree, defined by a Clinical "
    "Dementia Rating (CDR) score more than 2.",
])
def test_the_denial_and_the_affirmation_kept_apart_pass(bullet: str) -> None:
    assert checks(DEMENTIA, bullet, INC) == []


def test_the_denial_lost_is_still_found() -> None:
    lost = ("You have objectionable cognitive impairment or dementia of severe degree defined by Clinical Dementia "
            "Rating (CDR) score more than 2.")
    assert checks(DEMENTIA, lost, INC) == ["negation_dropped"]
    source = "No history or presence of central nervous system (CNS) disease."
    lost = "You have a history or presence of central nervous system (CNS) disease."
    assert checks(source, lost, EXC) == ["negation_dropped"]

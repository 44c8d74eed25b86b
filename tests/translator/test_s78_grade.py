"""Session 78's reading-grade wordings: "these" for a heading's "the following" before its colon, "for a period of N"
and "during (the) study period" said without the frame words (offline_plain_fillers), "in the view of" for a
judgement of several people and "as the study doctor decides" for "at the discretion of" (offline_plain_judged).
Real corpus wordings, and the near-misses each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC
from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # a heading that points at the list after its colon (NCT00002475, the anthracycline doses, NCT00002475's exclusion)
    ("Histologically confirmed cancer not amenable to cure or long-term control by surgery, radiotherapy, "
     "chemotherapy, or hormonal manipulations, including the following tumor types:", INC,
     "You have histologically confirmed cancer not amenable to cure or long-term control by surgery, radiation "
     "treatment, chemotherapy, or hormonal manipulations, including these tumor types:"),
    ("Patients with brain metastases are eligible provided the following are true:", INC,
     "If you have brain metastases, you can take part as long as these are true:"),
    ("Prior treatment with anthracyclines exceeding the following doses:", EXC,
     "You have had treatment with anthracyclines exceeding these doses:"),
    ("The following tumors exclude: Primary sarcoma of the bone", EXC,
     "These tumors exclude: Primary sarcoma of the bone"),
    # a stretch of time without its frame word (NCT02254265, NCT01670552, NCT02866175)
    ("Patient-reported history of KCS for a period of at least 6 months.", INC,
     "Patient-reported history of KCS for at least 6 months."),
    ("Acute or chronic osteo-articular injury in need of of anti-inflammatory for a period of 14 days.", EXC,
     "You have acute or chronic osteo-articular injury in need of of anti-inflammatory for 14 days."),
    # the study's stretch, as "the study period" is "the study" (NCT00239785, NCT00363909)
    ("Recipients of multi-organ transplantation or foreseen to receive a non-renal allograft during the study period",
     EXC, "Recipients of multi-organ transplantation or foreseen to get a non-renal allograft during the study"),
    ("Concurrent tamoxifen, raloxifene, or aromatase inhibitors allowed if on a constant dose for ≥ 4 weeks and "
     "continuing medication during study period", INC,
     "Concurrent tamoxifen, raloxifene, or aromatase inhibitors allowed if on a constant dose for at least 4 weeks "
     "and continuing medicine during the study"),
])  # fmt: skip
def test_frame_words_left_out(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # a study doctor's choice (NCT00216047, NCT00436072, NCT00654745)
    ("No evidence of other serious concomitant systemic disorders incompatible with the study (at the discretion of "
     "the investigator).", EXC,
     "You have no signs of other serious concomitant systemic disorders incompatible with the study (as the study "
     "doctor decides)."),
    ("Incompletely healed surgical incisions, at the discretion of the investigator", EXC,
     "Incompletely healed surgical incisions, as the study doctor decides"),
    ("Subjects with uncontrolled hypertension taking multiple antihypertensive therapies (at the discretion of the "
     "investigator).", EXC,
     "You have uncontrolled high blood pressure taking multiple antihypertensive treatments (as the study doctor "
     "decides)."),
    # the judgement of two people keeps both, with "view" for "opinion"
    ("Any condition that, in the opinion of the investigator or Medical Monitor, would interfere with the study.", EXC,
     "You have any condition that, in the view of the study doctor or Medical Monitor, would get in the way of the "
     "study."),
])  # fmt: skip
def test_judgements_in_short_words(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # a discretion with more after it: the clause may go on to what the choice follows
    ("Note: Patients with other cardiac disease may be excluded at the discretion of the principal investigator "
     "following consultation with cardiologist.", EXC,
     "Note: If you have other heart disease, you may be excluded at the discretion of the lead study doctor following "
     "consultation with cardiologist."),
    # a choice after "is"/"be" (NCT00504101): "is as the treating doctor decides" is no English
    ("Bisphosphonates should be held at least 1 week prior to the transplant but continuing bisphosphonates after day "
     "+60 is at the discretion of the treating physician", EXC,
     "Bisphosphonates should be held at least 1 week before the transplant but continuing bisphosphonates after day "
     "+60 is at the discretion of the treating doctor"),
    # "the following" before an event or a window: the fact check reads "following screening" as after screening
    # (NCT00500747) and "these at diagnosis" fell a level (NCT00561418)
    ("In good general health as determined by medical history, physical examination and the following screening "
     "labs:", INC,
     "In good general health as determined by health history, physical exam and the following screening labs:"),
    ("Peripheral T-cell lymphoma not otherwise specified and one or more of the following at diagnosis:", INC,
     "Peripheral T-cell lymphoma not otherwise specified and one or more of the following at diagnosis:"),
    # a singular before the colon (NCT01218477): "these restriction" is no English
    ("Acute lymphoblastic leukemia (ALL) allowed, with the following restriction:", INC,
     "Acute lymphoblastic leukemia (ALL) allowed, with the following restriction:"),
    # a clinical opinion is a judgement of a kind
    ("In the clinical opinion of the investigator, the patient is unlikely to comply.", EXC,
     "In the clinical opinion of the study doctor, the patient is unlikely to comply."),
    # "following" as a time word, and a window the fact rules read, stay
    ("Following surgery, patients must have recovered.", INC, "After surgery, patients must have recovered."),
    ("Infection within a period of 14 days before the first dose.", EXC,
     "You have had an infection within a period of 14 days before the first dose."),
    # "sufficient" is a fact to the fact check ("enough" fell a level)
    ("HER2 protein overexpression by immunohistochemistry will not be sufficient for entry.", INC,
     "HER2 protein overexpression by immunohistochemistry will not be sufficient for entry."),
    # a shouted heading keeps its capitals
    ("PATIENTS MUST MEET THE FOLLOWING CRITERIA:", INC, "You must MEET THE FOLLOWING CRITERIA:"),
])  # fmt: skip
def test_near_misses_left_alone(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected

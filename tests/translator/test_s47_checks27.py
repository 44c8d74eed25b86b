"""Losses the fidelity checks now catch (checks-27), each with a faithful wording that passes:

- a list item that ends its sentence is read as at the end ("or vulnerable patients. Patients who …");
- "hyper-"/"hypo-" words are compared past their prefix ("hypercalcemia" is not "hypercalciuria");
- an item after "Any of the following:" is read from the sentence start, and past a time window put first;
- "another" is a function word, as "other" is; "a chronic one" stands for "chronic infections";
- being willing, being able and a diagnosis on record ("Known HIV …", "Documented …") are frames a bullet keeps.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

CASES = [
    # NCT02796677 E23: the last item of the first sentence
    ("Patients unable to give consent, or patients of consenting age but under guardianship, or vulnerable patients. "
     "Patients who demonstrate < 80% compliance with the electronic diary during the run-in period.",
     "You are unable to give consent, or you are of consenting age but under guardianship, or you are a vulnerable "
     "patient. You show less than 80% compliance with the electronic diary during the run-in period.",
     "You are unable to give consent, or you are of consenting age but under guardianship. You show less than 80% "
     "compliance with the electronic diary during the run-in period.", EXC),
    # NCT01350934: two hyper- words that share five letters
    ("Has any contraindications to calcitriol, and/or vitamin D, including hypercalcemia, hypercalciuria, or active "
     "kidney stone disease",
     "You have any contraindication to vitamin D and/or calcitriol, including active kidney stone disease, high "
     "calcium in the blood (hypercalcemia) or high calcium in the urine (hypercalciuria).",
     "You have any contraindication to vitamin D and/or calcitriol, including active kidney stone disease or high "
     "calcium in the urine (hypercalciuria).", EXC),
    # NCT03086330: the first item after "Any of the following:", the window put first
    ("Any of the following: myocardial infarction, stroke, hospitalization for unstable angina or transient "
     "ischaemic attack within the past 180 days prior to the day of screening",
     "In the 180 days before the day of screening, a heart attack, a stroke, a hospital stay for unstable angina, or "
     "a mini-stroke (transient ischaemic attack).",
     "In the 180 days before the day of screening, a stroke, a hospital stay for unstable angina, or a mini-stroke "
     "(transient ischaemic attack).", EXC),
    # NCT00731133: "another" in the gap
    ("meeting DSM-IV psychiatric classifications for schizophrenia, bipolar disorder, or other psychotic disorders",
     "You meet the DSM-IV psychiatric classification for schizophrenia, bipolar disorder or another psychotic "
     "disorder.",
     "You meet the DSM-IV psychiatric classification for schizophrenia or another psychotic disorder.", INC),
    # NCT00768053 E3: "a chronic one" has lost "localized"
    ("Current or recent infections, including chronic or localized.",
     "You have a current or recent infection, including a chronic or localized one.",
     "You have a current or recent infection, including a chronic one.", EXC),
    # NCT00466843 I4: willing
    ("Willing to use acceptable forms of contraception prior to study entry and for the duration of the study",
     "You agree to use acceptable birth control before study entry and for the whole study.",
     "You use acceptable forms of contraception before study entry and for the duration of the study.", INC),
    # NCT00443872 I7.3: willing and able
    ("Willing and able to comply with study procedures.",
     "You want to and can follow the study procedures.",
     "You are willing to follow the study procedures.", INC),
    ("Willing and able to comply with study procedures.",
     "You are willing and able to follow the study procedures.",
     "You are able to follow the study procedures.", INC),
    # NCT01288573 E8: a leading "Known"
    ("Known HIV seropositivity, AIDS, hepatitis C or active hepatitis B infections",
     "You have been diagnosed as HIV positive, or with AIDS, hepatitis C or an active hepatitis B infection.",
     "You are HIV positive, or have AIDS, hepatitis C or an active hepatitis B infection.", EXC),
    # NCT00064623 I2: "Documented"
    ("Documented evidence of HIV-1 infection",
     "Your records show that you have HIV-1 infection.",
     "You have HIV-1 infection.", INC),
]


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), CASES)
def test_loss_caught_and_faithful_wording_passes(source: str, faithful: str, lost: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, lost, kind) != []


@pytest.mark.parametrize("faithful", [
    "You are known to have HIV infection.",
    "You have known HIV infection.",
    "You have a known HIV infection.",
    "You have HIV infection that has been diagnosed.",
])
def test_known_said_either_way(faithful: str) -> None:
    assert checks("Known HIV infection", faithful) == []
    assert checks("Known HIV infection", "You have HIV infection.") == ["frame_dropped"]


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # "known or suspected" is either: "have, or may have" (NCT02961764 E1)
    ("Known or suspected gram-negative infections, anaerobic infections, or fungemia",
     "You have, or may have, a gram-negative infection, an anaerobic infection, or fungi in your blood (fungemia).",
     EXC),
    # "known to" is a clause of its own, not a diagnosis on record (NCT03092076)
    ("Any conditions known to interfere with the absorption, distribution, metabolism or excretion of drugs;",
     "You have any condition known to interfere with how the body absorbs, distributes, breaks down (metabolism) or "
     "gets rid of (excretion) drugs.", EXC),
    # "will not" says unwilling (NCT03442725 E9)
    ("Smoking more than ten cigarettes per day or equivalent; unable or unwilling to refrain from smoking and tobacco "
     "use for two hours prior to dosing and four hours after dose administration.",
     "You smoke more than 10 cigarettes a day (or the equivalent), or you cannot or will not stop smoking and using "
     "tobacco for 2 hours before dosing and 4 hours after the dose.", EXC),
])
def test_frames_said_otherwise_pass(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


@pytest.mark.parametrize(("source", "kind", "bullet"), [
    ("Known HIV seropositivity, AIDS, hepatitis C or active hepatitis B infections", EXC,
     "You are known to have HIV seropositivity, AIDS, hepatitis C or active hepatitis B infections."),
    ("Willing and able to comply with study procedures.", INC, "You are willing and able to follow study procedures."),
    ("Documented evidence of HIV-1 infection", INC, "Your records show that you have signs of HIV-1 infection."),
])
def test_offline_bullets_keep_the_frames(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet

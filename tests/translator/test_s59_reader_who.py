"""One patient's "who" after a thing, once the patient is "you" (you35, offline_reader_who; offline_subject_negations
for "Patient not receiving X who has …"): "You are getting X who has Y" read as the medicine's, now "… and have Y".
A "who" after a person stays that person's. Real corpus text."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02477644: the "who" hung on the medicine, and the subject stayed in the third person
            "Patient not receiving anticoagulant medication who has an International Normalized Ratio (INR) ≤1.5 and "
            "an Activated ProThrombin Time (aPTT) ≤1.5 x ULN.",
            "You are not getting blood thinner medicine. You also have an International Normalized Ratio (INR) 1.5 or "
            "less and an Activated ProThrombin Time (aPTT) no more than 1.5 times the upper limit of normal.",
        ),
        (  # NCT01866800: "You are 65 years old who is able …"
            "Subject is 65 years old who is able and willing to give an informed consent.",
            "You are 65 years old. You are also able and willing to give an informed consent.",
        ),
    ],
)
# (an inclusion's "You X and have Y" is then said in two sentences: offline_also_sentences)
def test_one_patients_who_after_a_thing_joins_the_readers_verbs(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02323906: the female is the reader, and her "who" is said of her
            "Subject is a female who is pregnant or is breast feeding",
            "You are a female who is pregnant or is breastfeeding.",
        ),
        (  # NCT00298168: the donor received the treatments, not the reader
            "Patient has a planned transplant of a kidney from a donor who has received investigational therapies "
            "designed to reduce the impact of ischemia/reperfusion (I/R) injury, DGF, or other donor-related immune "
            "events",
            "You have a planned transplant of a kidney from a donor who has had experimental treatments designed to "
            "reduce the impact of ischemia/reperfusion (I/R) injury, DGF, or other donor-related immune events.",
        ),
    ],
)
def test_a_who_after_a_person_stays_that_persons(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


def test_a_whose_after_a_negated_subject_keeps_the_words() -> None:
    # "You are not getting X whose INR …" would give the medicine an INR
    assert said("Patient not receiving anticoagulant medication whose INR is ≤1.5", INC).startswith("Patient not")

"""Third-person openings left in the corpus put to the reader: "Minimum weight of 50 kg", listed "Patients who have had
…" groups, "Male or premenarchal female", "Subject or subject's partner", "physician-diagnosed" (session of
2026-12-06, 21:38)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # a lower bound named "Minimum …" on the reader's own measure
        ("Minimum weight of 50 kg", INC, "You weigh at least 50 kg."),
        ("Minimum body weight of 50 kg.", INC, "You weigh at least 50 kg."),
        ("Minimum estimated life expectancy of 4 months;", INC, "Your estimated life expectancy is at least 4 months."),
        ("Minimum estimated survival of >/= 3 months", INC, "Your estimated survival is at least 3 months."),
        (
            "Minimum life expectancy of > 12 weeks at Day 1.",
            INC,
            "Your life expectancy is more than 12 weeks at Day 1.",
        ),
        ("Minimum of 12 natural teeth", INC, "You have at least 12 natural teeth."),
        ("Minimum of 2 mm of keratinized gingiva", INC, "You have at least 2 mm of keratinized gingiva."),
        # listed groups whose relative clause says "have had", or has a condition of its own in brackets
        (
            "Patients who have had a past allergy to sulfonamide derivatives, Patients who have had chemotherapy within"
            " 4 weeks (6 weeks if nitrosoureas were received) of commencing study treatment",
            EXC,
            "You have had a past allergy to sulfonamide derivatives, you have had chemotherapy within 4 weeks (6 weeks "
            "if nitrosoureas were received) of commencing study treatment.",
        ),
        # boys and girls: the source's words, not "a man, or a woman"
        (
            "Male or premenarchal female 4-11 years of age, inclusive, as of the screening visit (SV)",
            INC,
            "You are male, or a premenarchal female, 4 to 11 years old, inclusive, as of the screening visit (SV).",
        ),
        ("Male or pre-menarchial female subjects.", INC, "You are male, or a pre-menarchial female."),
        (
            "Male or female subjects of any race, ages 18-75 inclusive, with a clinical diagnosis of Bipolar I or "
            "Bipolar II disorder",
            INC,
            "You are male or female of any race, and aged 18 to 75 years old inclusive, with a clinical diagnosis of "
            "Bipolar I or Bipolar II disorder.",
        ),
        # the reader and their partner: both kept, the partner stays the partner
        (
            "Subject and subject's female partner agree to follow contraception and sperm donation requirements in "
            "main protocol",
            INC,
            "You and your female partner agree to follow birth control and sperm donation requirements in main "
            "protocol.",
        ),
        ("Subject or subject's partner is surgically sterile", INC, "You or your partner is sterilized by surgery."),
        # the doctor who diagnosed, in the source's place and order
        (
            "Has physician-diagnosed active nr-axSpA with disease duration <= 5 years",
            INC,
            "You have doctor-diagnosed active nr-axSpA with disease duration 5 years or less.",
        ),
        ("History of physician diagnosed asthma", EXC, "You have had doctor diagnosed asthma."),
    ],
)
def test_third_person_openings_put_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # a score's "Minimum … of 22" the fact rules read as the score itself: "at least 22" would fail the check
        (
            "Minimum baseline Montgomery Asberg Depression Rating Scale (MADRS) score of 22",
            INC,
            "Minimum baseline Montgomery Asberg Depression Rating Scale (MADRS) score of 22",
        ),
        # two counts under one "Minimum", and a bound on something not the reader's
        (
            "Minimum of 6 swollen and 6 tender joints with evidence of synovitis in at least 1 hand or wrist",
            INC,
            "Minimum of 6 swollen and 6 tender joints with signs of synovitis in at least 1 hand or wrist",
        ),
        (
            "Minimum dose of agonist will be 6 mg/day for ropinirole and 1.0 mg/day for pramipexole",
            INC,
            "Minimum dose of agonist will be 6 mg/day for ropinirole and 1.0 mg/day for pramipexole",
        ),
        # an elapsed time stays offline_elapsed's
        ("Minimum of 3 years since diagnosis.", INC, "It has been at least 3 years since diagnosis."),
        # "his/her" after the pair could be either one's; a description after the partners could be both's
        (
            "Subject or subject's partner is willing to use condoms for 12 months after receiving Toca 511 or until "
            "there is no evidence of the virus in his/her blood",
            INC,
            "Subject or subject's partner is willing to use condoms for 12 months after getting Toca 511 or until "
            "there are no signs of the virus in his/her blood",
        ),
        (
            "Subjects and their partners with reproductive potential must agree to use effective contraceptive "
            "measures during the study and for 3 months",
            INC,
            "Subjects and their partners with the ability to have children must agree to use effective birth control "
            "measures during the study and for 3 months",
        ),
        # the doctor who confirms is still "the doctor"
        ("Diagnosis confirmed by physician", INC, "Diagnosis confirmed by the doctor"),
    ],
)
def test_near_misses_keep_their_wording(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain

"""Session 76's reading-grade words: "hematologic" said "blood" as "renal" is "kidney", "deep venous thrombosis" as
the lexicon's "deep vein thrombosis" (offline_organ_words). Real corpus wordings, and the near-misses each rule
must leave alone."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC
from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # an organ system as the kidney and the liver are ones: before its noun, or first in a list of organs
    ("Adequate hematologic, renal and hepatic function", INC,  # NCT00297089's wording
     "You have good enough blood, kidney and liver function."),
    ("Adequate hematologic function", INC, "You have good enough blood function."),
    ("Patients with adequate hematologic parameters:", INC, "You have good enough blood parameters:"),
    ("Inadequate haematological function.", EXC, "You have inadequate blood function."),
    ("Grade 3 or higher hematologic toxicity", EXC, "You have grade 3 or higher blood toxicity."),
    ("Known hematologic disorders", EXC, "You are known to have blood disorders."),
    ("Deep venous thrombosis within 6 months", EXC, "You have had deep vein thrombosis within 6 months."),
    # the eye's and the skin's (NCT02255461, NCT03299049)
    ("Patients who have cataracts on ophthalmologic exam.", EXC, "You have cataracts on eye exam."),
    ("Active dermatologic conditions that could interfere with assessment", EXC,
     "You have active skin conditions that could get in the way of assessment."),
])  # fmt: skip
def test_organ_words_say_the_organ(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # a term of art of blood cancers keeps its word
    ("Complete hematologic response", INC, "Complete hematologic response"),
    # a list's last item: the content check reads the item's own word
    ("Subjects with clinically significant neurological, psychiatric, renal, or hematological abnormalities.", EXC,
     "You have medically important neurological, mental health, kidney, or hematological abnormalities."),
    # not "non-blood"; not the acceptable values (the fact check reads "acceptable" with them)
    ("Grade 3 or higher non-hematologic toxicity", EXC, "You have grade 3 or higher non-hematologic toxicity."),
    ("Grade 3 non hematological toxicity", EXC, "You have grade 3 non hematological toxicity."),
    ("Prior hematologic stem cell transplant", EXC, "You have had a hematologic stem cell transplant."),
    # not a vein that is not deep: "venous thromboembolism" is the lexicon's own term
    ("Venous thromboembolism within 6 months", EXC, "You have venous thromboembolism within 6 months."),
])  # fmt: skip
def test_organ_words_near_misses(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # the time the reader takes part is the study's length, as "during study participation" is "during the study"
    ("Willing and able to comply with study requirements for the duration of study participation", INC,
     "You are willing and able to follow study rules for the length of the study."),
    ("Agree to use contraception for the entire duration of study participation and for 3 months after", INC,
     "You agree to use birth control for the entire length of the study and for 3 months after."),
    # (NCT00121290's wording: the window "before joining the study and for …" keeps its anchor)
    ("Women of childbearing potential must agree to use adequate contraception prior to study entry and for the "
     "duration of study participation.", INC,
     "If you are female and able to get pregnant, you must agree to use good enough birth control before joining the "
     "study and for the length of the study."),
    # not participation in something else
    ("Planned participation in another study for the duration of this trial", EXC,
     "You plan to take part in another study for the length of this trial."),
])  # fmt: skip
def test_length_of_study_participation(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected

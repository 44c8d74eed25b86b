"""A thing the criterion says is (not) required is never read as the reader's condition (offline_requirements)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        # NCT02550743's first sentence: "You have measurable disease not needed" said the opposite
        (
            "Measurable disease not required at baseline. Patient's without measurable disease may be enrolled as long "
            "as they clinically meet stage II or III criteria.",
            "You do not need to have measurable disease at baseline. Patient's without measurable disease may be "
            "enrolled as long as they clinically meet stage 2 or 3 criteria.",
        ),
        ("Measurable disease not required at baseline.", "You do not need to have measurable disease at baseline."),
        ("Prior chemotherapy not required", "You do not need to have had chemotherapy."),
        (
            "Prior radiotherapy not required for study entry",
            "You do not need to have had radiation treatment for joining the study.",
        ),
        ("Prior chemotherapy required", "You must have had chemotherapy."),
        ("Measurable disease required", "You must have measurable disease."),
        (
            "Measurable disease required according to the RECIST criteria (Response Evaluation Criteria in Solid "
            "Tumors)",
            "You must have measurable disease as set by the RECIST criteria (RECIST).",
        ),
        ("Measurable disease not mandatory", "You do not need to have measurable disease."),
    ],
)
def test_an_inclusion_s_requirement_is_said_to_the_reader(text: str, bullet: str) -> None:
    assert said(text, INC) == bullet


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        ("Prior chemotherapy optional", "Past chemotherapy optional"),  # neither a need nor a bar: as written
        ("Photo documentation required", "Photo documentation needed"),  # not a condition the reader has
        ("Brain imaging not mandatory", "Brain imaging not mandatory"),
        ("Measurable disease is not required but is allowed", "Measurable disease is not needed but is allowed"),
        (
            "Negative needle aspirate required for any lymph node more than 1.5 cm",
            "Negative needle aspirate needed for any lymph node more than 1.5 cm",
        ),
    ],
)
def test_other_requirements_keep_their_words(text: str, bullet: str) -> None:
    assert said(text, INC) == bullet


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        ("Measurable disease not required at baseline.", "Measurable disease not needed at baseline."),
        ("Prior chemotherapy not required", "Past chemotherapy not needed"),
        ("Emergency surgery needed", "Emergency surgery needed"),
    ],
)
def test_an_exclusion_s_note_on_a_requirement_keeps_its_words(text: str, bullet: str) -> None:
    # "You have measurable disease not needed" under "You cannot join if" would bar the very patients it admits
    assert said(text, EXC) == bullet


def test_a_sentence_with_its_own_verb_is_left_to_the_other_rules() -> None:
    assert said("Patients must have measurable disease.", INC) == "You must have measurable disease."

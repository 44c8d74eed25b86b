"""A list before the exclusion header, in a text with no inclusion header, is read as the inclusions
(translator.implied_kinds): shown to patients as conditions for joining, not as side notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.criteria import SectionKind
from translator.implied_kinds import implied_inclusions
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator

INC, EXC, OTHER = SectionKind.INCLUSION, SectionKind.EXCLUSION, SectionKind.OTHER


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.id, c.kind.value) for c in parse_criteria(text).criteria]


def test_untitled_list_before_the_exclusion_header_is_the_inclusions() -> None:
    text = "- Age 18 or older\n- Signed consent\n\nExclusion Criteria:\n\n- Pregnancy\n"
    assert kinds(text) == [("I1", "inclusion"), ("I2", "inclusion"), ("E1", "exclusion")]


def test_eligibility_header_and_cohorts_before_the_exclusions_are_inclusions() -> None:
    text = (
        "Eligibility criteria:\n\nFor adult participants:\n\n* Aged 18 to 65 years\n\n"
        "For caregivers:\n\n* Lives with the participant\n\nExclusion criteria:\n\n* Unable to speak English\n"
    )
    doc = parse_criteria(text)
    assert [(s.kind.value, s.label) for s in doc.sections] == [
        ("inclusion", "Eligibility criteria"),
        ("inclusion", "For adult participants"),
        ("inclusion", "For caregivers"),
        ("exclusion", "Exclusion criteria"),
    ]
    assert [c.id for c in doc.criteria] == ["I1", "I2", "E1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inclusion header anywhere says where the inclusions are: a preamble stays a preamble
        (
            "Participants are recruited from two clinics.\n\nInclusion Criteria:\n- Age 18 or older\n\n"
            "Exclusion Criteria:\n- Pregnancy\n",
            [("O1", "other"), ("I1", "inclusion"), ("E1", "exclusion")],
        ),
        # no exclusion header: an untitled list may hold both kinds
        ("- Age 18 or older\n- No pregnancy\n", [("O1", "other"), ("O2", "other")]),
    ],
)
def test_texts_with_an_inclusion_header_or_no_exclusion_header_keep_their_kinds(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Note: enrollment into this study closed on 02/09/04.",
        "For more information regarding trial participation, please visit www.example.org",
        "Please contact the study team for details.",
    ],
)
def test_a_note_before_the_exclusions_stays_a_note(note: str) -> None:
    assert kinds(f"{note}\n\nExclusion Criteria:\n- Pregnancy\n") == [("O1", "other"), ("E1", "exclusion")]


def test_only_other_sections_before_the_first_exclusion_section_change() -> None:
    sections = [
        (OTHER, None, "Age 18 or older"),
        (OTHER, "Note", "Enrollment closed"),
        (EXC, "Exclusion Criteria", "Pregnancy"),
        (OTHER, None, "Study visits are weekly"),
    ]
    assert implied_inclusions(sections) == [0]
    assert implied_inclusions([(INC, "Inclusion", "Age"), (OTHER, None, "x"), (EXC, "Exclusion", "y")]) == []
    assert implied_inclusions([(OTHER, None, "Age 18 or older")]) == []
    assert implied_inclusions([]) == []


@pytest.mark.parametrize(
    ("nct_id", "first"),
    [
        ("NCT02013167", "Subjects with Philadelphia negative"),  # hyphen list, then "Exclusion Criteria"
        ("NCT01294592", "Males aged ≥50 years."),
        ("NCT00636922", "Untreated AML patients"),  # an unmarked paragraph heads the list
    ],
)
def test_real_records_with_untitled_inclusions(nct_id: str, first: str, shared_data: Path) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    assert [s.kind for s in doc.sections] == [INC, EXC]
    assert doc.criteria[0].id == "I1" and doc.criteria[0].text.startswith(first)
    translation = Translator(OfflineBackend()).translate(doc, nct_id=nct_id)
    assert translation.sections[0].label == "You may be able to join if…"
    assert translation.sections[0].bullets[0].source_ids == ["I1"]


def test_a_header_naming_the_diagnosis_and_the_inclusions_is_an_inclusion_header(shared_data: Path) -> None:
    assert kinds("Diagnosis and Inclusion Criteria\n\n1. Primary MF\n\nExclusion Criteria\n\n1. Pregnancy\n") == [
        ("I1", "inclusion"),
        ("E1", "exclusion"),
    ]
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT03165734"]))
    assert [(s.kind, s.label) for s in doc.sections] == [
        (INC, "Diagnosis and Inclusion Criteria"),
        (EXC, "Exclusion Criteria"),
    ]
    assert doc.criteria[0].text.startswith("Primary MF, post-polycythemia vera MF")

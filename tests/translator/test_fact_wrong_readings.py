"""Numbers and words the extractor must not read as facts: list markers inside a line (`translator.list_markers`)
and the "active" of a substance (`translator.temporal`), on invented criteria."""

from __future__ import annotations

import pytest

from translator.facts import FactKind, extract_facts


def values(text: str) -> list[str]:
    return [f.text for f in extract_facts(text) if f.kind is FactKind.VALUE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered items run together in one line: the numbers are markers
        ("Abnormal ECG. 6. Blood donation (> 450 mL) within the past month", ["Abnormal", "> 450 mL"]),
        ("Any cancer treated with surgery; 2. Treatment with any systemic therapy", []),
        ("Subjects who: 1) cannot stop the drug, or 2) have signs of withdrawal", []),
        ("Subjects who: (1) cannot stop the drug, or 2) have signs of withdrawal", []),
        # numbers that end a sentence, or stand in an aside, stay values
        ("Performance status of 0 to 2. Life expectancy of 3 months", ["0 to 2", "3 months"]),
        ("ECOG grade 3. Patients on dialysis", ["grade 3"]),
        ("Lesions (at least 2) or nodes", ["at least 2"]),
        ("Hemoglobin below 9. 5 samples", ["below 9", "5"]),
        ("Either drug A or 2) drug B", ["2"]),
    ],
)
def test_list_markers_inside_a_line_are_no_values(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def currents(text: str) -> list[str]:
    return [f.text for f in extract_facts(text) if f.kind is FactKind.TEMPORAL and f.relation == "current"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biologically active vitamin D", []),
        ("Allergy to the active substance or to any of the excipients", []),
        ("Trials with an active comparator", []),
        # the "active" of a disease says it is going on now
        ("Active tuberculosis", ["Active"]),
        ("Clinically active lupus", ["active"]),
        # what someone does now: a bullet that drops "who are sexually active" loses a current state
        ("Women who are sexually active", ["active"]),
    ],
)
def test_active_is_current_except_for_a_substance(text: str, expected: list[str]) -> None:
    assert currents(text) == expected

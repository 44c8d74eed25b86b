"""Header lines that carry more than the header: a part or cohort named before it ("Part I: Inclusion criteria for
Inadequate responders", with no colon of its own at the end), a dash and the first item after it ("Inclusion Criteria
- Age 18 or older"), or a dash and whom the list is for ("Inclusion Criteria - for Phase I")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.criteria import SectionKind
from translator.headers import match_header
from translator.outline import parse_criteria
from translator.section_labels import section_label


@pytest.mark.parametrize(
    ("line", "kind", "label"),
    [
        ("Part I: Inclusion criteria for Inadequate responders", SectionKind.INCLUSION, None),
        ("Cohort B: Exclusion Criteria", SectionKind.EXCLUSION, None),
        ("Arm 2 : Inclusion criteria", SectionKind.INCLUSION, None),
        ("Part 2: Exclusion criteria: - Age under 18", SectionKind.EXCLUSION, "Part 2: Exclusion criteria"),
    ],
)
def test_a_part_before_a_header_on_its_line_is_part_of_the_header(
    line: str, kind: SectionKind, label: str | None
) -> None:
    header = match_header(line, marked=False)
    assert header is not None and header.kind is kind and header.cohort
    assert header.label == (label or line)


@pytest.mark.parametrize(
    "line",
    [
        "Part A: patients with inclusion of the liver in the radiation field",  # a sentence, not a header
        "Group 1: adults who have had an exclusion diet for 4 weeks",
        "Part I: see the inclusion criteria below for details",
    ],
)
def test_a_part_before_a_sentence_is_not_a_header(line: str) -> None:
    header = match_header(line, marked=False)
    assert header is None or header.kind is None


def test_part_headers_without_a_final_colon_open_their_sections() -> None:
    text = (
        "Part I: Inclusion criteria for Inadequate responders\n\n- Age over 6 years\n\n"
        "Part I: Inclusion criteria for good responders:\n\n- Age over 6 years\n\n"
        "Exclusion criteria for Part I:\n\n- Pregnancy\n\n"
        "Part IV : specific additional exclusion criteria\n\n- Smoking\n"
    )
    doc = parse_criteria(text)
    assert [(s.kind.value, s.label) for s in doc.sections] == [
        ("inclusion", "Part I: Inclusion criteria for Inadequate responders"),
        ("inclusion", "Part I: Inclusion criteria for good responders"),
        ("exclusion", "Exclusion criteria for Part I"),
        ("exclusion", "Part IV : specific additional exclusion criteria"),
    ]
    assert [(c.id, c.text) for c in doc.criteria] == [
        ("I1", "Age over 6 years"),
        ("I2", "Age over 6 years"),
        ("E1", "Pregnancy"),
        ("E2", "Smoking"),
    ]


def test_real_record_with_a_part_header_first(shared_data: Path) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00749515"]))
    assert doc.sections[0].kind is SectionKind.INCLUSION
    assert doc.sections[0].label == "Part I: Inclusion criteria for Inadequate responders"
    assert doc.criteria[0].id == "I1" and doc.criteria[0].text.startswith("Male or female patients with transfusion")


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_an_item_after_a_dash_on_the_header_line_starts_past_the_dash(dash: str) -> None:
    doc = parse_criteria(
        f"Inclusion Criteria {dash} Age 18 or older\n- Signed consent\n\nExclusion Criteria {dash} Pregnant\n"
    )
    assert [(s.kind.value, s.label) for s in doc.sections] == [
        ("inclusion", "Inclusion Criteria"),
        ("exclusion", "Exclusion Criteria"),
    ]
    assert [(c.id, c.text) for c in doc.criteria] == [
        ("I1", "Age 18 or older"),
        ("I2", "Signed consent"),
        ("E1", "Pregnant"),
    ]
    assert doc.uncovered == []


def test_a_dash_and_whom_the_list_is_for_is_part_of_the_header(shared_data: Path) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00512798"]))
    assert [(s.kind.value, s.label) for s in doc.sections] == [
        ("inclusion", "Inclusion Criteria - for Phase I"),
        ("exclusion", "Exclusion Criteria - for Phase I"),
        ("inclusion", "Inclusion Criteria - for Phase II"),
        ("exclusion", "Exclusion criteria - for Phase II"),
    ]
    assert doc.criteria[0].id == "I1" and doc.criteria[0].text.startswith("Histologically proven malignancy")
    assert not any(c.text.startswith("- ") for c in doc.criteria)


@pytest.mark.parametrize("line", ["Criteria:", "Eligibility:", "Eligibility Criteria", "CRITERIA:"])
def test_a_line_that_only_says_criteria_heads_the_list(line: str) -> None:
    doc = parse_criteria(f"{line}\n\n- Age 18 or older\n- No prior chemotherapy\n")
    assert [(s.kind.value, s.label) for s in doc.sections] == [("other", line.rstrip(" :"))]
    assert [(c.id, c.text) for c in doc.criteria] == [("O1", "Age 18 or older"), ("O2", "No prior chemotherapy")]


@pytest.mark.parametrize("line", ["Criteria: age 18 or older", "Criteria for response", "Eligibility depends on age"])
def test_a_line_that_says_more_than_criteria_is_not_a_bare_header(line: str) -> None:
    assert parse_criteria(f"{line}\n").sections[0].label is None


def test_an_older_nci_record_opening_with_criteria_has_it_as_its_header(shared_data: Path) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00436501"]))
    assert doc.sections[0].label == "Criteria"
    assert doc.criteria[0].id == "O1" and doc.criteria[0].text.startswith("Histologically confirmed ovarian")


@pytest.mark.parametrize("label", ["Phase 1", "PHASE II", "Phase 2 only", "Phase I:"])
def test_a_phase_alone_on_its_line_labels_the_lists_under_it(label: str) -> None:
    text = f"Inclusion Criteria:\n\n{label}\n\n- Age 18 or older\n\nExclusion Criteria:\n\n- Pregnancy\n"
    doc = parse_criteria(text)
    assert [(s.kind.value, s.label, s.cohort) for s in doc.sections][1] == (
        "inclusion",
        label.rstrip(":"),
        label.rstrip(":"),
    )
    assert [(c.id, c.text) for c in doc.criteria] == [("I1", "Age 18 or older"), ("E1", "Pregnancy")]


def test_phase_cohorts_lead_their_headings_on_real_record(shared_data: Path) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00473746"]))  # "Phase 1" / "Phase 2" under both headers
    used = {c.section for c in doc.criteria}
    labels = [section_label(s) for i, s in enumerate(doc.sections) if i in used]
    assert labels == [
        "Phase 1: you may be able to join if…",
        "Phase 2: you may be able to join if…",
        "Phase 1: you cannot join if…",
        "Phase 2: you cannot join if…",
    ]

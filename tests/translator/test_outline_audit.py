"""Layouts a corpus-wide audit of suspicious parses turned up: headers that say whom their list is for, and
sentences a blank line cuts in two.

Before, "Exclusion Criteria for Participants receiving Pemetrexed and Platinum (Part B)" was read as the header
"Exclusion Criteria" and an item "for Participants receiving …", and the second half of a sentence cut by a blank
line ("… equal to or greater than" / "" / "the institutional lower limit of normal") was an item of its own, so the
items after it nested under a fragment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.headers import match_header
from translator.lines import broken_sentence
from translator.outline import parse_criteria
from translator.section_labels import section_label


def parsed(raw: str) -> CriteriaDoc:
    doc = parse_criteria(raw)
    assert_invariants(raw, doc)
    return doc


def real(nct_id: str) -> CriteriaDoc:
    return parse_criteria(criteria_text(corpus_by_id()[nct_id]))


@pytest.mark.parametrize(
    "line",
    [
        "Exclusion Criteria for Participants receiving Drug A and Drug B (Part B and Safety Lead-In Part B)",
        "Inclusion Criteria for Participants with Stage II, IIIA, or Select IIIB (T3N2 only) NSCLC Requiring Surgery",
        "Additional inclusion criteria for healthy smokers Cohorts 4-5 (Part C)",
        "Inclusion Criteria for Monotherapy Conversion Subjects (at or after Month 6)",
    ],
)
def test_a_header_naming_whom_its_list_is_for_is_one_header(line: str) -> None:
    raw = f"Inclusion Criteria:\n\n- Adults\n\n{line}\n\n- Signed consent\n"
    doc = parsed(raw)
    assert [s.label for s in doc.sections] == ["Inclusion Criteria", line]
    assert [c.text for c in doc.criteria] == ["Adults", "Signed consent"]
    assert section_label(doc.sections[1]).startswith("For ")


@pytest.mark.parametrize(
    "line",
    [
        "Inclusion criteria for the study are as follows",  # a sentence: "are"
        "Inclusion criteria for entry, patients must have",
        "Additional inclusion criteria for subjects with abnormal liver function determined by",  # cut at a wrap
    ],
)
def test_a_for_phrase_that_is_a_sentence_is_no_header_of_its_own(line: str) -> None:
    header = match_header(line, marked=False)
    assert header is None or header.label != line.rstrip(":")


def test_a_header_naming_whom_its_list_is_for_may_wrap_onto_its_colon() -> None:
    raw = (
        "\n        Additional Inclusion Criteria for HCV GT1/HIV-1 co-infected\n        patients:\n\n"
        "          -  CD4 count of 500 cells/mm3 or more\n"
    )
    doc = parsed(raw)
    assert [s.label for s in doc.sections] == ["Additional Inclusion Criteria for HCV GT1/HIV-1 co-infected patients"]
    assert [c.text for c in doc.criteria] == ["CD4 count of 500 cells/mm3 or more"]


def test_a_marked_item_opening_with_exclusion_criteria_for_stays_whole() -> None:
    raw = (
        "Exclusion Criteria:\n\n-  Pregnancy\n"
        "-  Exclusion Criteria for 24-Hour Screening Holter: Any symptomatic arrhythmia\n"
    )
    doc = parsed(raw)
    assert [s.label for s in doc.sections] == ["Exclusion Criteria"]
    assert doc.criteria[-1].text == "Exclusion Criteria for 24-Hour Screening Holter: Any symptomatic arrhythmia"


def test_a_sentence_cut_by_a_blank_line_is_one_criterion() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n"
        "          -  Ejection fraction equal to or greater than\n\n"
        "        the institutional lower limit of normal\n\n"
        "          -  Off time as estimated by the investigator\n\n"
        "        and supported by the symptom diary\n\n"
        "          -  Signed consent\n"
    )
    doc = parsed(raw)
    assert [(c.id, c.text) for c in doc.criteria] == [
        ("I1", "Ejection fraction equal to or greater than the institutional lower limit of normal"),
        ("I2", "Off time as estimated by the investigator and supported by the symptom diary"),
        ("I3", "Signed consent"),
    ]


def test_a_paragraph_after_a_blank_line_that_starts_a_sentence_stays_apart() -> None:
    assert not broken_sentence("Adequate organ function", "Patients must sign consent")
    assert not broken_sentence("Age 18 or older.", "the investigator decides")
    assert broken_sentence("equal to or greater than", "the lower limit")
    assert broken_sentence("by the investigator", "and supported by the diary")
    raw = "\n        Inclusion Criteria:\n\n          -  Adequate organ function\n\n        Signed consent\n"
    assert [c.text for c in parsed(raw).criteria] == ["Adequate organ function", "Signed consent"]
    # lower-case values under a lead-in, one a paragraph: items, not one sentence
    raw = (
        "\n        Inclusion Criteria:\n\n          -  Marrow function as defined below:\n\n"
        "        leukocytes 3,000/mcL or more\n\n        platelets 100,000/mcL or more\n"
    )
    assert len(parsed(raw).criteria) == 3


@pytest.mark.parametrize(
    ("nct_id", "criterion_id", "ends"),
    [
        ("NCT00722592", "I1.10.4", "equal to or greater than the institutional lower limit of normal. LVEF must"),
        ("NCT01294800", "I5", "and supported by the symptom diary (Daily Diary) at the Diary Training Visit"),
        ("NCT01294800", "E3", "Manual of Mental Disorders IV Text Revision (DSM-IV-TR) criteria"),
        ("NCT00725712", "E3", "therapy (to ≥25% of his or her bone marrow) within 14 days"),
    ],
)
def test_sentences_cut_by_a_blank_line_on_real_records(
    nct_id: str, criterion_id: str, ends: str, shared_data: Path
) -> None:
    criterion = real(nct_id).get(criterion_id)
    assert criterion is not None and ends in criterion.text


@pytest.mark.parametrize(
    ("nct_id", "label"),
    [
        ("NCT06119581", "Exclusion Criteria for Participants receiving Pemetrexed and Platinum"),
        ("NCT05419375", "Inclusion Criteria for Participants with Stage II, IIIA, or Select IIIB"),
        ("NCT03108729", "Inclusion Criteria for Monotherapy Conversion Subjects (at or after Month 6)"),
        ("NCT02604017", "Additional Inclusion Criteria for HCV GT1/human immununovirus type 1 (HIV-1) co-infected pa"),
    ],
)
def test_headers_naming_whom_their_list_is_for_on_real_records(nct_id: str, label: str, shared_data: Path) -> None:
    doc = real(nct_id)
    assert any((s.label or "").startswith(label) for s in doc.sections)
    assert not any(c.text.startswith("for ") for c in doc.criteria)

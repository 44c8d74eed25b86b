"""Marker leftovers: hyphen runs used as bullets, symbols and hyphens glued to an item's first character.

Each layout was found in the corpus by an audit of criteria whose clean text still opened with a marker; the
texts here are invented in the same layouts, and a real record of each is checked too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria


def rows(raw: str) -> list[tuple[str, str | None, str]]:
    doc = parse_criteria(raw)
    assert_invariants(raw, doc)
    return [(c.id, c.marker, c.text) for c in doc.criteria]


def real(nct_id: str) -> CriteriaDoc:
    return parse_criteria(criteria_text(corpus_by_id()[nct_id]))


@pytest.mark.parametrize("dashes", ["--", "---", "----"])
def test_a_run_of_hyphens_is_a_bullet(dashes: str) -> None:
    raw = f"Exclusion Criteria:\n\n  -  Drug dependence within 12 months\n\n     {dashes} Anxiety score of 21 or more\n"
    assert rows(raw) == [
        ("E1", "-", "Drug dependence within 12 months"),
        ("E1.1", dashes, "Anxiety score of 21 or more"),
    ]


def test_a_run_of_hyphens_glued_to_the_text_is_a_bullet() -> None:
    raw = "Inclusion Criteria:\n\n--For female patients: postmenopausal\n--For male patients: condom use\n"
    assert rows(raw) == [
        ("I1", "--", "For female patients: postmenopausal"),
        ("I2", "--", "For male patients: condom use"),
    ]


def test_a_line_of_hyphens_stays_a_separator() -> None:
    raw = "Inclusion Criteria:\n\n- Adults\n-----\n- Consent\n"
    assert rows(raw) == [("I1", "-", "Adults"), ("I2", "-", "Consent")]


def test_a_marker_holding_punctuation_alone_is_no_criterion() -> None:
    # a stray ";" after a bullet would be an empty bullet; the items under an empty "1. ..." move up in its place
    raw = "Inclusion Criteria:\n\n- Age 18\n\n  --   ;\n\n- Signed consent\n\nExclusion Criteria:\n\n1. ...\n"
    raw += "   - Pregnant\n"
    expected = [("I1", "Age 18"), ("I2", "Signed consent"), ("E1", "Pregnant")]
    assert [(cid, text) for cid, _, text in rows(raw)] == expected
    assert parse_criteria(raw).uncovered == []


@pytest.mark.parametrize("symbol", ["•", "▪", "○"])
def test_a_symbol_glued_to_a_comparator_is_the_marker(symbol: str) -> None:
    raw = f"Inclusion Criteria:\n\n{symbol}≥ 18 years old\n{symbol}≤ 75 years old\n"
    assert rows(raw) == [("I1", symbol, "≥ 18 years old"), ("I2", symbol, "≤ 75 years old")]


def test_a_hyphen_glued_to_a_comparator_is_the_marker() -> None:
    raw = "Inclusion Criteria:\n\n-≥2 moderate exacerbations in the past year\n->60 kg\n"
    assert rows(raw) == [("I1", "-", "≥2 moderate exacerbations in the past year"), ("I2", "-", ">60 kg")]


def test_a_hyphen_glued_to_a_number_stays_text() -> None:
    # "-5q", "-7": chromosome losses, not bullets
    raw = "Inclusion Criteria:\n\n- Poor-risk cytogenetics:\n   - -5q\n   - -7\n"
    assert [text for _, _, text in rows(raw)] == ["Poor-risk cytogenetics:", "-5q", "-7"]


@pytest.mark.parametrize("marker", ["-  ", "3. ", "*  "])
def test_a_second_hyphen_glued_to_the_text_is_the_markers(marker: str) -> None:
    raw = f"Exclusion Criteria:\n\n{marker}-Patients with heart failure\n"
    assert [text for _, _, text in rows(raw)] == ["Patients with heart failure"]


def test_an_asterisk_glued_to_the_text_after_a_bullet_is_a_footnote_mark() -> None:
    raw = "Inclusion Criteria:\n\n-  Prior EGFR inhibitors allowed*:\n   -  *Erlotinib or gefitinib\n"
    assert [text for _, _, text in rows(raw)] == ["Prior EGFR inhibitors allowed*:", "*Erlotinib or gefitinib"]


def test_hyphen_runs_inside_a_wrapped_paragraph_are_its_items() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n"
        "          -  A verified previous episode. Verification must include one of the following sources:\n"
        "             --Treatment of mania with an anti-manic agent or an antipsychotic medication for\n"
        "             mania --Hospital records --Participant report corroborated by a caretaker\n\n"
        "          -  Score of 20 or more\n"
    )
    assert rows(raw) == [
        ("I1", "-", "A verified previous episode. Verification must include one of the following sources:"),
        ("I1.1", "--", "Treatment of mania with an anti-manic agent or an antipsychotic medication for mania"),
        ("I1.2", "--", "Hospital records"),
        ("I1.3", "--", "Participant report corroborated by a caretaker"),
        ("I2", "-", "Score of 20 or more"),
    ]


def test_a_lone_double_hyphen_inside_a_sentence_stays_text() -> None:
    raw = "Inclusion Criteria:\n\n- Referred for radiation -- minimum fraction size of 3 Gy\n"
    assert rows(raw) == [("I1", "-", "Referred for radiation -- minimum fraction size of 3 Gy")]


@pytest.mark.parametrize(
    ("nct_id", "criterion_id", "marker", "first"),
    [
        ("NCT02276209", "E4.1", "--", "Subject has Hamilton Anxiety"),
        ("NCT03131206", "E8.1", "--", "ALT or AST > 3"),
        ("NCT02071082", "I1.3.1", "---", "Subjects should have documentation"),
        ("NCT02078089", "I1.1", "•", "≥ 18 years old"),
        ("NCT02155660", "I3.1", "-", "≥2 moderate or ≥1 severe"),
        ("NCT02738632", "E3", "3. -", "Patients with congestive heart failure"),
        ("NCT02801487", "I1", "-  -", "Pathologically confirmed NPC"),
    ],
)
def test_marker_leftovers_on_real_records(
    nct_id: str, criterion_id: str, marker: str, first: str, shared_data: Path
) -> None:
    criterion = real(nct_id).get(criterion_id)
    assert criterion is not None and criterion.marker == marker and criterion.text.startswith(first)

"""The criteria parser: layouts, ids, logic, and the invariants on arbitrary text and on the corpus."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_records, criteria_text
from translator.criteria import CriteriaDoc, Logic, SectionKind
from translator.outline import parse_criteria
from translator.text import clean_segments, clean_text, raw_offset


def outline(doc: CriteriaDoc) -> list[str]:
    return [f"{c.id} {c.text}" for c in doc.criteria]


def assert_invariants(raw: str, doc: CriteriaDoc) -> None:
    spans = sorted((c.start, c.end) for c in doc.criteria)
    for start, end in spans:
        assert 0 <= start <= end <= len(raw)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end, "criterion spans overlap"
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(raw)
    assert doc.uncovered == []
    ids = [c.id for c in doc.criteria]
    assert len(ids) == len(set(ids))
    for criterion in doc.criteria:
        assert criterion.text == criterion.text.strip()
        assert criterion.text, f"{criterion.id} has no text"
        if criterion.parent is not None:
            assert criterion.id.startswith(criterion.parent + ".")


def checked_parse(raw: str) -> CriteriaDoc:
    """`raw` parsed, with the invariants asserted on it."""
    doc = parse_criteria(raw)
    assert_invariants(raw, doc)
    return doc


def test_markdown_nesting_and_escapes() -> None:
    raw = (
        "Inclusion Criteria:\n\n* Age \\>= 18 years\n* One of the following:\n  * ANC \\> 1500\n  * 10\\^9/L\n\n"
        "Exclusion Criteria:\n\n* Pregnant"
    )
    doc = parse_criteria(raw)
    assert outline(doc) == [
        "I1 Age >= 18 years",
        "I2 One of the following:",
        "I2.1 ANC > 1500",
        "I2.2 10^9/L",
        "E1 Pregnant",
    ]
    assert doc.get("I2") is not None and doc.get("I2").logic is Logic.ANY  # type: ignore[union-attr]
    assert [s.kind for s in doc.sections] == [SectionKind.INCLUSION, SectionKind.EXCLUSION]
    assert_invariants(raw, doc)


def test_classic_xml_joins_hard_wraps_and_nests_by_indent() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n          -  Histologically proven cancer of the prostate, defined as\n"
        "             one of the following:\n\n               -  T3-4, N0\n\n               -  PSA greater than\n"
        "                  40 µg/L\n\n        Exclusion criteria\n\n          -  Prior radiotherapy\n      "
    )
    doc = parse_criteria(raw)
    assert outline(doc) == [
        "I1 Histologically proven cancer of the prostate, defined as one of the following:",
        "I1.1 T3-4, N0",
        "I1.2 PSA greater than 40 µg/L",
        "E1 Prior radiotherapy",
    ]
    assert doc.criteria[0].logic is Logic.ANY
    assert_invariants(raw, doc)


def test_legacy_lines_are_one_criterion_each() -> None:
    raw = "Inclusion Criteria:\n\nModerate COVID-19\nPositive RT-PCR\n\nExclusion Criteria:\n\n1. Pregnancy\n2. Allergy"
    doc = parse_criteria(raw)
    assert outline(doc) == ["I1 Moderate COVID-19", "I2 Positive RT-PCR", "E1 Pregnancy", "E2 Allergy"]


def test_letters_under_numbers_at_same_indent_are_children() -> None:
    raw = "Inclusion Criteria:\n1. Adequate labs:\na. ANC >= 1500\nb. Platelets >= 100\n2. Age >= 18"
    doc = parse_criteria(raw)
    assert outline(doc) == ["I1 Adequate labs:", "I1.1 ANC >= 1500", "I1.2 Platelets >= 100", "I2 Age >= 18"]


def test_hierarchical_numbers_nest() -> None:
    raw = "Exclusion Criteria:\n1. Cardiac disease\n1.1 Heart failure\n1.2 Arrhythmia\n2. Infection"
    doc = parse_criteria(raw)
    assert outline(doc) == ["E1 Cardiac disease", "E1.1 Heart failure", "E1.2 Arrhythmia", "E2 Infection"]


def test_header_glued_to_marker_and_inline_text() -> None:
    doc = parse_criteria("Inclusion Criteria:a. Age 18 to 75\nb. Stroke\nExclusion Criteria: none known")
    assert outline(doc) == ["I1 Age 18 to 75", "I2 Stroke", "E1 none known"]


def test_flattened_paragraph_splits_inline_bullets_and_header() -> None:
    raw = (
        "\n        Inclusion Criteria: - Age ≥18 years; - Written informed consent obtained from the\n"
        "        patient; - Confirmed SCCHN Exclusion Criteria: - Prior therapy; - Pregnancy\n      "
    )
    doc = parse_criteria(raw)
    assert outline(doc) == [
        "I1 Age ≥18 years;",
        "I2 Written informed consent obtained from the patient;",
        "I3 Confirmed SCCHN",
        "E1 Prior therapy;",
        "E2 Pregnancy",
    ]
    assert_invariants(raw, doc)


def test_pdq_sub_labels_hold_their_items() -> None:
    raw = (
        "\n        PATIENT CHARACTERISTICS:\n\n        Age:\n\n          -  18 and over\n\n"
        "        Performance status:\n\n          -  ECOG 0-2 OR\n\n          -  Karnofsky 70-100%\n      "
    )
    doc = parse_criteria(raw)
    assert doc.sections[0].label == "PATIENT CHARACTERISTICS"
    assert doc.sections[0].kind is SectionKind.INCLUSION
    assert outline(doc) == ["I1 Age:", "I1.1 18 and over", "I2 Performance status:", "I2.1 ECOG 0-2 OR",
                            "I2.2 Karnofsky 70-100%"]
    assert doc.get("I2").logic is Logic.ANY  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "title",
    {"DISEASE CHARACTERISTICS": "Disease Characteristics", "PATIENT CHARACTERISTICS": "Patient Characteristics",
     "PRIOR CONCURRENT THERAPY": "Prior Concurrent Therapy"}.items(),
)
def test_pdq_headers_in_title_case_open_the_same_sections_on_real_records(title: tuple[str, str]) -> None:
    caps, titled = title
    texts = [criteria_text(r) for r in corpus_records() if f"{caps}:" in criteria_text(r)][:40]
    assert len(texts) >= 20
    for raw in texts:
        doc, retitled = parse_criteria(raw), parse_criteria(raw.replace(f"{caps}:", f"{titled}:"))
        assert outline(retitled) == outline(doc)
        assert [(s.kind, (s.label or "").upper()) for s in retitled.sections] == [
            (s.kind, (s.label or "").upper()) for s in doc.sections
        ]


@pytest.mark.parametrize("label", ["Prior Therapy:", "Prior therapy:", "Patient characteristics:"])
def test_a_short_or_sentence_case_topic_label_under_the_exclusions_stays_an_exclusion(label: str) -> None:
    # Only PDQ's full topic labels in capitals or title case open an (inclusion) section: a record's own
    # "Prior Therapy:" under "Exclusion Criteria" holds exclusions.
    doc = parse_criteria(f"Exclusion Criteria:\n{label}\n- Chemotherapy within 4 weeks\n")
    assert [s.kind for s in doc.sections] == [SectionKind.EXCLUSION]
    assert outline(doc) == [f"E1 {label}", "E1.1 Chemotherapy within 4 weeks"]


def test_cohort_labels_open_sections_that_keep_the_kind() -> None:
    raw = (
        "Inclusion Criteria:\nFor healthy volunteers:\n* BMI 18-30\nFor patients:\n* Lupus\n"
        "Exclusion Criteria:\n* HIV"
    )
    doc = parse_criteria(raw)
    kinds = [(s.kind.value, s.cohort) for s in doc.sections]
    assert kinds == [("inclusion", None), ("inclusion", "For healthy volunteers"), ("inclusion", "For patients"),
                     ("exclusion", "For patients")]
    assert outline(doc) == ["I1 BMI 18-30", "I2 Lupus", "E1 HIV"]


def test_preamble_and_missing_headers_are_other() -> None:
    doc = parse_criteria("Patients with major depressive disorder")
    assert [(c.id, c.kind) for c in doc.criteria] == [("O1", SectionKind.OTHER)]
    assert doc.sections[0].label is None


def test_crlf_and_spans_map_back_to_raw() -> None:
    raw = "Inclusion Criteria:\r\n\r\n* Age \\>= 18\r\n  years\r\n"
    doc = parse_criteria(raw)
    criterion = doc.criteria[0]
    assert criterion.text == "Age >= 18 years"
    start = criterion.text.index("18")
    assert raw[slice(*criterion.raw_span(start, start + 2))] == "18"
    assert_invariants(raw, doc)


def test_items_ending_in_and_mean_all() -> None:
    doc = parse_criteria("* Labs:\n  * ANC > 1500 and\n  * Platelets > 100")
    assert doc.criteria[0].logic is Logic.ALL


CRITERIA_ALPHABET = list("Inclusion Exclusion Criteria:-*•1.a)(\\>=\n\r\t  xyz ORAND")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(CRITERIA_ALPHABET), max_size=300))
def test_invariants_hold_on_criteria_like_text(raw: str) -> None:
    doc = parse_criteria(raw)
    assert_invariants(raw, doc)
    assert parse_criteria(raw) == doc


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_invariants_hold_on_arbitrary_text(raw: str) -> None:
    assert_invariants(raw, parse_criteria(raw))


@pytest.mark.parametrize("chunk", range(8))
def test_invariants_hold_on_every_corpus_record(chunk: int) -> None:
    records = corpus_records()[chunk::8]
    for record in records:
        raw = criteria_text(record)
        doc = parse_criteria(raw)
        assert_invariants(raw, doc)
        assert doc.criteria, record["protocolSection"]["identificationModule"]["nctId"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab \\>=<^*[]\t\n.")), max_size=30), min_size=1, max_size=4))
def test_fast_clean_text_equals_the_mapped_one(parts: list[str]) -> None:
    raw = "".join(parts)
    bounds = [0]
    for part in parts:
        bounds.append(bounds[-1] + len(part))
    segments = list(itertools.pairwise(bounds))
    text, runs = clean_segments(raw, segments)
    assert clean_text(raw, segments) == text
    for i, ch in enumerate(text):
        if ch != " ":
            assert raw[raw_offset(runs, i)] == ch

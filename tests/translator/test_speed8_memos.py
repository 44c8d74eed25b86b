"""The checks' memoised readings: equal answers each call, never an object a caller could change for the next one,
and a bound on what is kept."""

from __future__ import annotations

from translator.criteria import Criterion
from translator.facts import extract_facts
from translator.fidelity import doc_sources
from translator.fidelity_names import names
from translator.fidelity_negation_scope import negated_verbs
from translator.fidelity_negations import _read, read_negations
from translator.outline import parse_criteria

TEXT = "Patients who cannot, or are expected not to be able to, complete the study, and no HIV-1/2 or CD20 therapy"


def test_read_negations_hands_out_independent_readings() -> None:
    text = "You can, or are expected not to be able to, complete the study"  # an alternative that lost its cue
    facts = extract_facts(text)
    first = read_negations(text, facts)
    assert first.lost_alternatives and first.count == 1
    first.lost_items.append((0, 1))
    first.lost_alternatives.clear()
    first.count += 5
    second = read_negations(text, facts)
    assert second == read_negations(text, list(facts))
    assert second is not first and second.lost_items is not first.lost_items
    assert second.lost_items == [] and second.lost_alternatives and second.count == 1
    assert read_negations(TEXT, extract_facts(TEXT)).elided == 1  # "cannot, or … not to be able to, complete"


def test_read_negations_reads_only_the_cues() -> None:
    facts = extract_facts(TEXT)
    cues = [f for f in facts if f.kind.value == "negation"]
    assert read_negations(TEXT, facts) == read_negations(TEXT, cues)


def test_the_memos_are_bounded() -> None:
    assert _read.cache_info().maxsize is not None
    for memo in (names, negated_verbs):
        info = memo.cache_info()
        assert info.maxsize is not None and info.currsize <= info.maxsize


def test_memoised_lists_are_the_callers() -> None:
    found = names(TEXT)
    assert [form for _, _, form in found] == ["hiv1", "hiv2", "cd20"]
    found.clear()
    assert len(names(TEXT)) == 3
    verbs = negated_verbs("You cannot swallow tablets and do not agree to use contraception")
    verbs.append(("x", 0, 0))
    assert ("x", 0, 0) not in negated_verbs("You cannot swallow tablets and do not agree to use contraception")


def test_raw_spans_map_as_raw_span_does() -> None:
    doc = parse_criteria("Inclusion Criteria:\n\n* Age \\>= 18 years\n* Creatinine \\<\n  1.5 x ULN within 28 days\n")
    for criterion in doc.criteria:
        spans = [(f.start, f.end) for f in extract_facts(criterion.text)] + [(0, 0), (-3, 999)]
        assert criterion.raw_spans(spans) == [criterion.raw_span(s, e) for s, e in spans]
    source = next(s for s in doc_sources(doc) if s.facts)
    owner: Criterion = next(c for c in doc.criteria if c.id == source.id)
    assert source.to_raw == {i: owner.raw_span(f.start, f.end) for i, f in enumerate(source.facts)}

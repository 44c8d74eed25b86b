"""The hand-written paraphrase set: valid, big and varied enough, and still pointing at the parser's text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from evals.paraphrases import ParaphraseCase, ParaphraseError, load_paraphrases
from tests.corpus import corpus_by_id, corpus_doc
from translator.criteria import SectionKind

# Rough keyword counts over the source text, enough to show the mix the brief asks for.
NUMBER_WITH_COMPARATOR_OR_UNIT = re.compile(
    r"[<>≤≥˂=]|\b(at least|more than|less than|greater than|fewer than|or more|or less|or older|or above|above|below|"
    r"under|over|between|up to|no more than|exceed\w*|within|maximum|minimum)\b"
    r"|\d\s*(?:-|–|−|to)\s*\d"
    r"|\d\s*(%|kg|mg|g/dl|mmol|ml|mmhg|ms|msec|mm|cm|cc|units?|years?|months?|weeks?|days?|hours?|lakh|per)\b",
    re.IGNORECASE,
)
TIME_WORDS = re.compile(
    r"\b(within|prior to|before|after|since|during|past|last|previous|preceding|following|from|through)\b"
    r".*\b(hours?|days?|weeks?|months?|years?)\b"
    r"|\b(hours?|days?|weeks?|months?|years?)\b.*\b(before|after|prior|since|ago)\b",
    re.IGNORECASE,
)
NEGATION_WORDS = re.compile(
    r"\b(no|not|never|without|unable|unwilling|inability|negative|absence|cannot|lack)\b|\bnon-?\w", re.IGNORECASE
)
ONE_OF = re.compile(r"\b(one of the following|any of the following|either|at least one of|at least 1 of)\b", re.I)


@pytest.fixture(scope="module")
def cases() -> list[ParaphraseCase]:
    return load_paraphrases()


def _source(case: ParaphraseCase) -> str:
    return " ".join(case.source.values())


def _convention(nct_id: str) -> str:
    fmt: str = corpus_by_id()[nct_id]["_provenance"]["format"]
    if fmt == "ctgov-api-v2":
        return "markdown"
    return "legacy" if fmt.startswith("ctgov-legacy") else "xml"


def test_load_paraphrases_reads_at_least_160_cases(cases: list[ParaphraseCase]) -> None:
    assert len(cases) >= 160


def test_kind_mix_is_balanced_with_some_other(cases: list[ParaphraseCase]) -> None:
    kinds = Counter(c.kind for c in cases)
    assert kinds[SectionKind.INCLUSION] >= 0.4 * len(cases)
    assert kinds[SectionKind.EXCLUSION] >= 0.4 * len(cases)
    # (4.9% since the 144 older held-out cases joined the pool, nearly all inclusion or exclusion: 56 of 1,154)
    assert 0.04 * len(cases) <= kinds[SectionKind.OTHER] <= 0.15 * len(cases)


def test_sources_carry_numbers_time_windows_and_negations(cases: list[ParaphraseCase]) -> None:
    numeric = [c for c in cases if re.search(r"\d", _source(c)) and NUMBER_WITH_COMPARATOR_OR_UNIT.search(_source(c))]
    timed = [c for c in cases if TIME_WORDS.search(_source(c))]
    negated = [c for c in cases if NEGATION_WORDS.search(_source(c))]
    assert len(numeric) >= 100
    assert len(timed) >= 40
    assert len(negated) >= 40


def test_sources_include_alternatives_and_plain_criteria(cases: list[ParaphraseCase]) -> None:
    alternatives = [c for c in cases if ONE_OF.search(_source(c))]
    plain = [c for c in cases if not re.search(r"\d", _source(c)) and not NEGATION_WORDS.search(_source(c))]
    assert len(alternatives) >= 5
    assert len(plain) >= 10


def test_cases_spread_over_trials_and_text_conventions(cases: list[ParaphraseCase]) -> None:
    per_trial = Counter(c.nct_id for c in cases)
    assert max(per_trial.values()) <= 3, per_trial.most_common(3)
    assert len(per_trial) >= 60
    conventions = Counter(_convention(c.nct_id) for c in cases)
    assert all(conventions[name] >= 40 for name in ("markdown", "legacy", "xml")), conventions


def test_cases_are_unique_and_styles_varied(cases: list[ParaphraseCase]) -> None:
    assert len({c.case_id for c in cases}) == len(cases)
    covered = [(c.nct_id, i) for c in cases for i in c.criterion_ids]
    assert len(set(covered)) == len(covered)
    assert len({c.style for c in cases}) >= 30


def test_bullets_cite_exactly_the_case_criteria(cases: list[ParaphraseCase]) -> None:
    for case in cases:
        cited = {i for b in case.bullets for i in b.source_ids}
        assert cited == set(case.criterion_ids), case.case_id


def test_source_text_matches_parser_for_every_case(cases: list[ParaphraseCase]) -> None:
    records = corpus_by_id()
    for case in cases:
        assert case.nct_id in records, f"{case.nct_id} is not in the corpus"
        doc = corpus_doc(case.nct_id)
        for criterion_id, text in case.source.items():
            criterion = doc.get(criterion_id)
            assert criterion is not None, f"{case.case_id}: the parser no longer yields {criterion_id}"
            assert criterion.text == text, f"{case.case_id}: {criterion_id} now reads {criterion.text!r}"
            assert criterion.kind == case.kind, f"{case.case_id}: {criterion_id} is now {criterion.kind}"


def test_multi_criterion_cases_cover_a_whole_subtree(cases: list[ParaphraseCase]) -> None:
    for case in (c for c in cases if len(c.criterion_ids) > 1):
        doc = corpus_doc(case.nct_id)
        root = case.criterion_ids[0]
        subtree = [c.id for c in doc.criteria if c.id == root or c.id.startswith(root + ".")]
        assert subtree == case.criterion_ids, case.case_id


def test_translation_bullets_nest_children_under_parent(cases: list[ParaphraseCase]) -> None:
    case = next(c for c in cases if len(c.criterion_ids) > 1 and len(c.bullets) > 1)
    bullets = case.translation_bullets()
    assert bullets[0].depth == 0
    assert any(b.depth == 1 for b in bullets)
    assert [b.text for b in bullets] == [b.text for b in case.bullets]


def _write(tmp_path: Path, row: dict[str, object]) -> Path:
    path = tmp_path / "paraphrases.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


GOOD: dict[str, object] = {
    "nct_id": "NCT00000001",
    "criterion_ids": ["E1", "E1.1"],
    "kind": "exclusion",
    "source": {"E1": "Any of the following:", "E1.1": "Pregnancy"},
    "bullets": [{"text": "You have any of these:", "source_ids": ["E1"]},
                {"text": "You are pregnant.", "source_ids": ["E1.1"]}],
    "style": "test",
}


def test_load_paraphrases_accepts_a_valid_line(tmp_path: Path) -> None:
    assert load_paraphrases(_write(tmp_path, GOOD))[0].case_id == "NCT00000001:E1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bullets": [{"text": "You have any of these:", "source_ids": ["E1"]}]}, "no bullet cites"),
        ({"bullets": [{"text": "You are pregnant.", "source_ids": ["E1", "E1.1", "E2"]}]}, "not among criterion_ids"),
        ({"source": {"E1": "Any of the following:"}}, "differ from criterion_ids"),
        ({"extra": 1}, "Extra inputs are not permitted"),
        ({"kind": "maybe"}, "kind"),
    ],
)
def test_load_paraphrases_rejects_invalid_case(tmp_path: Path, change: dict[str, object], message: str) -> None:
    with pytest.raises(ParaphraseError, match=message):
        load_paraphrases(_write(tmp_path, {**GOOD, **change}))


def test_load_paraphrases_missing_file_names_path(tmp_path: Path) -> None:
    with pytest.raises(ParaphraseError, match=r"nowhere\.jsonl"):
        load_paraphrases(tmp_path / "nowhere.jsonl")

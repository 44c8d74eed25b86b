"""The lexicon coverage report: candidate extraction on small texts, and the corpus target."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from tests.corpus import corpus_records, criteria_text
from translator.lexicon import Lexicon
from translator.lexicon_coverage import CoverageReport, coverage, looks_like_abbreviation, render_coverage

HEADER = "term\tuse\tplain\tplain_plural\tvariants\tkind\n"
SMALL = Lexicon.from_text(
    HEADER + "myocardial infarction\tsubstitute\theart attack\theart attacks\t\tcondition\n",
    "[scale]\nECOG = { expansion = 'Eastern Cooperative Oncology Group' }\n",
)
TEXTS = [
    "Inclusion Criteria:\n- History of myocardial infarction or hypertension\n- ECOG 0-1\n- XYZQ positive",
    "EXCLUSION CRITERIA: PRIOR CONCURRENT THERAPY\n- Unwilling or unable to comply; NOTE: see below",
] * 4


@pytest.fixture(scope="module")
def small_report() -> CoverageReport:
    return coverage(TEXTS, top=50, lexicon=SMALL)


def test_coverage_finds_abbreviations_words_and_phrases(small_report: CoverageReport) -> None:
    kinds = {c.text: c.kind for c in small_report.candidates}
    assert kinds == {
        "myocardial infarction": "phrase",
        "hypertension": "word",
        "ECOG": "abbreviation",
        "XYZQ": "abbreviation",
    }
    assert all(c.count == 4 for c in small_report.candidates)


def test_coverage_ignores_shouted_and_general_words(small_report: CoverageReport) -> None:
    texts = {c.text.lower() for c in small_report.candidates}
    assert texts.isdisjoint({"exclusion", "criteria", "prior", "concurrent", "therapy", "note", "unwilling"})


def test_coverage_counts_what_the_lexicon_explains(small_report: CoverageReport) -> None:
    assert small_report.covered == 2
    assert small_report.percent == 50.0
    assert [c.text for c in small_report.uncovered] == ["XYZQ", "hypertension"]


def test_coverage_keeps_only_the_top_candidates() -> None:
    report = coverage(TEXTS, top=1, lexicon=SMALL)
    assert len(report.candidates) == 1 and report.top == 1


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("ULN", True),
        ("eGFR", True),
        ("HbA1c", True),
        ("FEV1", True),
        ("T2DM", True),
        ("IV", False),
        ("Patients", False),
    ],
)
def test_looks_like_abbreviation(token: str, expected: bool) -> None:
    assert looks_like_abbreviation(token) is expected


def test_render_coverage_shows_the_figure_and_the_gaps(small_report: CoverageReport) -> None:
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(render_coverage(small_report))
    output = console.export_text()
    assert "2 of the top 4 (50.0%)" in output
    assert "XYZQ" in output and "hypertension" in output


def test_lexicon_covers_95_percent_of_the_corpus_top_1000() -> None:
    report = coverage((criteria_text(r) for r in corpus_records()), top=1000)
    print(f"lexicon coverage: {report.covered}/{len(report.candidates)} = {report.percent:.1f}%")
    assert len(report.candidates) == 1000
    assert report.percent >= 95.0, [c.text for c in report.uncovered]

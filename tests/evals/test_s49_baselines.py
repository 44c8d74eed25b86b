"""The pinned baselines hold checks-29's gains on the corpus (the sample: 3,051 faithful cases): clause_dropped 390 of
400 (0.975), term_swapped 399 of 400, key_word_dropped 209 of 214 (0.977), and_or_swapped 399 of 400; checks-28
measured 389, 387, 206 of 213 and 392 and pinned 0.96, 0.965, 0.955, 0.965: each baseline is raised past its old pin,
with margin under the figure measured. checks-34 measures more on the corpus the baseline gates (clause_dropped 395 of
400, term_swapped 399 of 400, key_word_dropped 201 of 201, and_or_swapped 399 of 400; Chia 392, 362 of 363, 109 of 109,
399) and pins clause_dropped 0.98 and key_word_dropped 0.985, under both."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.gate import load_baseline

BEFORE = {"clause_dropped": 0.96, "term_swapped": 0.965, "key_word_dropped": 0.955, "and_or_swapped": 0.965}
MEASURED = {"clause_dropped": 395 / 400, "term_swapped": 399 / 400, "key_word_dropped": 201 / 201,
            "and_or_swapped": 399 / 400}


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_the_baseline_is_raised_with_margin(name: str) -> None:
    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    metric = f"detection.{name}"
    assert BEFORE[name] < baseline.metrics[metric] < MEASURED[name]
    assert baseline.metrics[metric] < 0.99  # measured, not gated (tests/evals/test_mutations.py)

"""The held-out paraphrases (written before the checks were run on them) are valid cases that still point at the
parser's text, so the out-of-sample measure they give stays a measure of the same criteria."""

from __future__ import annotations

import tests.evals.test_paraphrases as gated_tests
from evals.paraphrases import HELDOUT_PATH, load_paraphrases


def test_the_heldout_cases_are_valid_and_point_at_the_parsers_text() -> None:
    cases = load_paraphrases(HELDOUT_PATH)
    # 10 older cases, 150 each of the sessions of 12-06 15:45, 18:51 and 21:38, 150 each of 12-07 00:37, 03:34, 06:22,
    # 09:28, 12:23, 15:24, 18:24 and 21:06
    assert len(cases) == 1660
    assert len({c.case_id for c in cases}) == len(cases)
    gated_tests.test_bullets_cite_exactly_the_case_criteria(cases)
    gated_tests.test_source_text_matches_parser_for_every_case(cases)
    gated_tests.test_multi_criterion_cases_cover_a_whole_subtree(cases)


def test_no_heldout_case_is_also_in_the_gated_pool() -> None:
    gated = {c.case_id for c in load_paraphrases()}
    assert not gated & {c.case_id for c in load_paraphrases(HELDOUT_PATH)}

"""A negation over a list, on real corpus criteria: every item stays negated, in any faithful wording."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge
from translator.fidelity import errors


def _checks(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]


@pytest.mark.parametrize("bullet", [
    "You are not pregnant or breastfeeding.",
    "You are not pregnant and not breastfeeding.",
    "You are not pregnant, and you are not nursing a baby.",
])
def test_not_a_or_b_restated_item_by_item_is_faithful(bullet: str) -> None:
    assert _checks(criterion("NCT00003194", "Not pregnant or nursing"), bullet) == []


def test_an_item_that_lost_its_negation_is_caught_in_the_lexicon_plain_words() -> None:
    # "breastfeeding" is the lexicon's plain word for "nursing": the clause names the list's item.
    text = criterion("NCT00003194", "Not pregnant or nursing")
    assert _checks(text, "You are not pregnant, and you are breastfeeding.") == ["negation_dropped"]


@pytest.mark.parametrize("bullet", [
    "If you are a woman, you are neither pregnant nor breastfeeding.",
    "If you are a woman, you are not pregnant and not breastfeeding.",
    "If you are a woman, you are not pregnant or breastfeeding.",
])
def test_neither_nor_restated_item_by_item_is_faithful(bullet: str) -> None:
    assert _checks(criterion("NCT00327327", "neither pregnant nor nursing"), bullet) == []


def test_neither_nor_with_an_item_unnegated_is_an_error() -> None:
    text = criterion("NCT00327327", "neither pregnant nor nursing")
    assert _checks(text, "If you are a woman, you are not pregnant, and you are nursing.") == ["negation_dropped"]

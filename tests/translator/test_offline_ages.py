"""A bare number of years opens "You are …" only when it is the reader's age, on real criteria.

The fact extractor reads "At least 1 year" at a criterion's start as an age (PDQ's "Age: 18 and over"
needs that), so the offline backend decides from the words around it whether "You are …" is true.
"""

from __future__ import annotations

import re

import pytest

from tests.translator.test_offline import bullet_for, rendered
from translator.fidelity import check_rendering, errors


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # under "Life expectancy", years are how long you are expected to live, not how old you are
        ("NCT00268255", "At least 1 year", "You are expected to live at least 1 year"),
        ("NCT00002633", "At least 5 years excluding malignancy", "At least 5 years excluding cancer"),
        # a time that has passed, or a time on a treatment
        ("NCT00551421", "More than 5 years has elapsed", "More than 5 years has passed between the primary"),
        ("NCT02273180", "Less than 1 year on continuous insulin", "Less than 1 year on continuous insulin"),
    ],
)
def test_years_that_are_not_an_age_do_not_become_you_are(nct_id: str, source: str, plain: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    text = bullet_for(nct_id, source).text
    assert text.startswith(plain)
    assert not re.search(r"You are (?:at least |more than |less than )?\d", text)  # not an age: "You are 1 year …"
    assert not errors(check_rendering(request, rendering))


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT02056756", "Patient ≥ 18 years old.", "You are 18 years or older."),
        ("NCT00487786", "Age ≥ 18 years at time of consent.", "You are 18 years or older at the time of consent."),
        # a bare span of years on its own, under a cohort's header, or before a state of the person, is an age
        ("NCT00306631", "18 years or older", "You are 18 years or older."),
        ("NCT00723229", "Older than 18 years;", "You are older than 18 years."),
        ("NCT03720847", "At least 1 year postpartum.", "You are at least 1 year postpartum."),
    ],
)
def test_ages_still_open_with_you_are(nct_id: str, source: str, plain: str) -> None:
    assert bullet_for(nct_id, source).text == plain

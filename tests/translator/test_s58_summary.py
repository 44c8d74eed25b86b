"""The one-line summary of who can join, from a record's structured fields."""

from __future__ import annotations

from typing import Any

import pytest

from translator.sources import load_study
from translator.summary import summarize


def _study(**eligibility: Any) -> Any:
    return load_study({"protocolSection": {
        "identificationModule": {"nctId": "NCT00000001"},
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* Adults", **eligibility},
    }})


@pytest.mark.parametrize(("fields", "text"), [
    ({"minimumAge": "18 Years", "maximumAge": "65 Years"}, "Ages 18 to 65 years"),  # the unit once
    ({"minimumAge": "1 Year", "maximumAge": "5 Years"}, "Ages 1 to 5 years"),
    ({"minimumAge": "6 Months", "maximumAge": "17 Years"}, "Ages 6 months to 17 years"),  # two units: both said
    ({"minimumAge": "1 Month", "maximumAge": "1 Year"}, "Ages 1 month to 1 year"),
    ({"minimumAge": "18 Years"}, "Ages 18 years and older"),
    ({"maximumAge": "30 Days"}, "Ages up to 30 days"),
    ({"minimumAge": "N/A", "maximumAge": "N/A"}, ""),
])
def test_the_age_range_says_the_unit_once_when_both_ends_share_it(fields: dict[str, str], text: str) -> None:
    assert summarize(_study(**fields)).text == text


def test_the_fields_keep_each_age_whole_and_the_other_parts_follow() -> None:
    summary = summarize(_study(minimumAge="18 Years", maximumAge="65 Years", sex="FEMALE", healthyVolunteers=False))
    assert summary.text == "Ages 18 to 65 years · Female only · Healthy volunteers cannot join"
    assert (summary.minimum_age, summary.maximum_age) == ("18 years", "65 years")
    assert summarize(None).text == ""

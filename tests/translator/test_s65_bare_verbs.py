"""Items that open with "Require", "Need", "Having" or "Experiencing" and leave off their shared subject are said to
the reader; the nouns "Need for X", "Need of X" and a list that goes on with another "having" keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Require certain medications", "You need certain medicines."),  # NCT00084058
        ("Require warfarin for anticoagulation", "You need warfarin for anticoagulation."),  # NCT02268851
        ("Need mechanical ventilation for more than 2 days", "You need mechanical ventilation for more than 2 days."),
        ("Experiencing cancer-related pain", "You have cancer-related pain."),  # NCT00133224
        (  # NCT02079727
            "Having or have had peripheral arterial disease",
            "You have or have had peripheral arterial disease.",
        ),
    ],
)
def test_a_bare_verb_is_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Need for surgery within 2 weeks",
        "Need of change in dosage regimen of opiates during the study period",
        "Having 2 or more injections in the past 12 months or having an injection in the past 4 months",
    ],
)
def test_nouns_and_lists_of_doing_keep_their_opening(source: str) -> None:
    assert not said(source, SectionKind.EXCLUSION).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Smoking more than 5 cigarettes per day.", "You smoke more than 5 cigarettes per day."),
        ("Smoking at least 10 cigarettes a day (1/2 pack)", "You smoke at least 10 cigarettes a day (1/2 pack)."),
    ],
)
def test_how_much_the_reader_smokes_now(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Smoking greater than/equal to 10 cigarettes/day for at least 1 year",  # a habit over a stated time
        "Smoking within the last year.",
        "Smoking history of at least 20 pack years",
    ],
)
def test_smoking_over_a_time_keeps_its_opening(source: str) -> None:
    assert said(source, SectionKind.EXCLUSION).startswith("Smoking")

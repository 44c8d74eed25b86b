"""The pregnant or breastfeeding (or a woman now taking something) as an exclusion's whole subject, with no "who
are" between: "Women pregnant or lactating." → "You are pregnant or breastfeeding." Corpus and Chia criteria."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Women pregnant or lactating.", "You are pregnant or breastfeeding."),
        ("Patients pregnant or lactating.", "You are pregnant or breastfeeding."),
        # when it holds stays
        ("Women pregnant or lactating at Visit 1", "You are pregnant or breastfeeding at Visit 1."),
        (
            "Subject pregnant or breast feeding, or planning to become pregnant within 6 months after the end of "
            "treatment",
            "You are pregnant or breastfeeding, or planning to get pregnant within 6 months after the end of "
            "treatment.",
        ),
        # "now" before what she is taking
        ("Women currently taking spironolactone", "You are a woman now taking spironolactone."),
    ],
)
def test_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # an inclusion: being pregnant is who may join, said by other rules or not at all
        ("Women pregnant at 24 to 28 weeks of gestation", INC),
        # more after the states than when they hold
        ("Women pregnant or lactating at Visit 1 or their partners", EXC),
    ],
)
def test_not_said_as_the_readers_state(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You are pregnant")

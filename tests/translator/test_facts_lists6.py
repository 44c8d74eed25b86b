"""Two neighbouring levels a comma parts after a scale's name are a list, as three are ("ECOG 0,1" is 0 to 1, as
"ECOG 0,1,2" is 0 to 2), not the decimal 0.1 (translator.fact_fractions.comma_levels)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import Comparator, FactKind, extract_facts


def values(text: str) -> list[tuple[Comparator | None, float | None, float | None]]:
    return [(f.comparator, f.low, f.high) for f in extract_facts(text) if f.kind is FactKind.VALUE]


@pytest.mark.parametrize(("text", "read"), [
    ("ECOG 0,1", [(Comparator.RANGE, 0.0, 1.0)]),
    ("ECOG Performance Status of 0,1", [(Comparator.RANGE, 0.0, 1.0)]),
    ("ECOG 0,1,2", [(Comparator.RANGE, 0.0, 2.0)]),
    ("WHO performance status 1,2", [(Comparator.RANGE, 1.0, 2.0)]),
    # a decimal comma stays one where no scale of levels is named, or the digits do not go on by one
    ("creatinine 0,1 mg/dL", [(Comparator.EQ, 0.1, None)]),
    ("ECOG 0,5", [(Comparator.EQ, 0.5, None)]),
])
def test_comma_parted_levels(text: str, read: list[tuple[Comparator | None, float | None, float | None]]) -> None:
    assert values(text) == read


def test_levels_said_as_a_range() -> None:
    assert said("ECOG Performance Status of 0,1", SectionKind.INCLUSION) == "Your ECOG Performance Status is 0 to 1."

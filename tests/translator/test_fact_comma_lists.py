"""A comma between small integers that a list goes on from ("ECOG 0,1,2", "0,1 or 2") parts the list's members
(translator.numbers.DIGITS): it was read as the decimal 0.1. A decimal comma ("1,6 mg/dL", "between 18,5 and 25,0")
and a thousands group ("100,000/mm^3") read as before."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Comparator, FactKind, extract_facts
from translator.fidelity import check_rendering
from translator.findings import Severity

INC = SectionKind.INCLUSION


def values(text: str) -> list[tuple[str, Comparator | None, float | None, float | None]]:
    return [(f.text, f.comparator, f.low, f.high) for f in extract_facts(text) if f.kind is FactKind.VALUE]


@pytest.mark.parametrize(("text", "read"), [
    # NCT00412581 I6
    ("ECOG performance status of 0,1,2.", [("0,1,2", Comparator.RANGE, 0.0, 2.0)]),
    # NCT00531687 I5: the list closed by "or"
    ("Performance status 0,1,2 or 3", [("0,1,2 or 3", Comparator.RANGE, 0.0, 3.0)]),
    # NCT02938273 I3: two members before "or" and a whole number
    ("WHO Performance Status 0,1 or 2", [("0,1 or 2", Comparator.RANGE, 0.0, 2.0)]),
    # its verbatim bullet: the full stop after the last member is no decimal point
    ("Your WHO Performance Status is 0,1 or 2.", [("0,1 or 2", Comparator.RANGE, 0.0, 2.0)]),
    # NCT01607203 I2
    ("1,2 or 3 rd IVF-cycle", [("1,2 or 3", Comparator.RANGE, 1.0, 3.0)]),
])
def test_a_comma_list_of_small_integers_gives_each_value(text: str, read: list[object]) -> None:
    assert values(text) == read


@pytest.mark.parametrize(("text", "read"), [
    # NCT00783471 I8: a decimal comma
    ("SGOT (AST) and SGPT (ALT) < 2,5 x ULN", [("< 2,5 x ULN", Comparator.LT, None, 2.5)]),
    # NCT01431989 I2: a range of decimals joined by "and" is no list of integers
    ("Body mass index between 18,5 and 25,0", [("between 18,5 and 25,0", Comparator.RANGE, 18.5, 25.0)]),
    ("Creatinine ≤ 1,6 mg/dL", [("≤ 1,6 mg/dL", Comparator.LE, None, 1.6)]),
    # NCT00002633 I10.3: a thousands group
    ("Platelet count at least 100,000/mm^3", [("at least 100,000/mm^3", Comparator.GE, 100000.0, None)]),
])
def test_decimal_commas_and_thousands_read_as_before(text: str, read: list[object]) -> None:
    assert values(text) == read


def errors(source: str, bullet: str) -> list[str]:
    request = CriterionRequest(kind=INC, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])])
    return [f.check for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


def test_the_list_is_compared_as_its_values() -> None:
    source = "ECOG performance status of 0,1,2."  # NCT00412581 I6
    assert said(source, INC) == "Your ECOG performance status is 0 to 2."  # it was "0,1,2", read as 0.1
    assert errors(source, "Your ECOG performance status is 0, 1 or 2.") == []
    assert errors(source, "Your ECOG performance status is 0 to 2.") == []
    assert errors(source, "Your ECOG performance status is 0 or 1.") != []

"""An antibody clone names an assay ("PD-L1 IHC 28-8 pharmDx"): one code fact, not the range 8 to 28, so a bullet
that says "IHC 8 to 28" is caught (translator.fact_codes)."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from translator.facts import extract_facts
from translator.fidelity import errors

SOURCE = "PD-L1 expression as determined by Agilent PD-L1 IHC 22C3 pharmDx or Agilent PD-L1 IHC 28-8 pharmDx."


@pytest.mark.parametrize("text", ["Agilent PD-L1 IHC 28-8 pharmDx", "PD-L1 by clone 28-8"])
def test_a_clone_is_a_code(text: str) -> None:
    assert [(f.unit, f.label) for f in extract_facts(text)] == [("code", "28-8")]


def test_a_range_before_other_words_is_still_a_range() -> None:
    assert [(f.low, f.high) for f in extract_facts("HER2 IHC 2-3 by local testing")] == [(2, 3)]


def test_a_clone_said_as_a_range_is_caught() -> None:
    assert errors(judge(SOURCE, "Your PD-L1 expression as found by Agilent PD-L1 IHC 22C3 pharmDx or Agilent "
                                "PD-L1 IHC 8 to 28 pharmDx."))
    assert not errors(judge(SOURCE, "Your PD-L1 expression as found by Agilent PD-L1 IHC 22C3 pharmDx or Agilent "
                                    "PD-L1 IHC 28-8 pharmDx."))


@pytest.mark.parametrize(("text", "label"), [
    ("Refusal to participate in the long-term follow-up protocol (2006-0676).", "2006-0676"),
    ("Approved under IRB 2012-456", "2012-456"),
])
def test_an_identifier_is_a_code_not_a_range(text: str, label: str) -> None:
    assert [(f.unit, f.label) for f in extract_facts(text) if f.unit] == [("code", label)]


@pytest.mark.parametrize("text", ["weight 10-050 kg", "calories 2000-2500 kcal", "ANC 1000-1500"])
def test_ranges_with_a_unit_or_no_leading_zero_stay_ranges(text: str) -> None:
    assert [f.comparator.value for f in extract_facts(text) if f.comparator] == ["range"]

"""A square metre written "m(2)" is one unit, not a metre and a stray "(2)" (translator.units)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks
from tests.translator.test_offline import said
from translator.facts import extract_facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("greater than 70 ml/min/1.73m(2).", "mL/min/1.73m2"),
        ("creatinine clearance greater than or equal to 60 mL/min/1.73 m(2)", "mL/min/1.73m2"),
        ("BSA 1.2 m(2) or more", "m2"),
    ],
)
def test_m_2_in_brackets_is_a_square_metre(text: str, unit: str) -> None:
    facts = extract_facts(text)
    assert [f.unit for f in facts] == [unit]  # and no fact "2" beside it


def test_the_bullet_says_it_once() -> None:
    # NCT01445405 read "… 1.73 m² or more(2) for patients" before
    source = "creatinine clearance greater than or equal to 60 mL/min/1.73 m(2) for patients with creatinine levels"
    assert said(source, INC) == (
        "Your creatinine clearance is 60 mL/min/1.73 m² or more if you have creatinine levels."
    )
    assert "fact_changed" in checks(source, "Your creatinine clearance is 60 mL/min or more for patients.", INC) or (
        "fact_missing" in checks(source, "Your creatinine clearance is 60 mL/min or more for patients.", INC)
    )

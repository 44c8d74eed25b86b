"""A comma between the reader's value and how or when it is measured (session 37, translator.offline_value_commas).
Real corpus cases, and near cases that keep their words: a participle naming the value ("calculated creatinine
clearance"), one after "or"/"either", one that may belong to words the value already has."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_value_commas import value_commas


def test_said() -> None:
    # NCT06726265
    assert (
        said(
            "An Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1 assessed within 7 days before "
            "randomization.",
            SectionKind.INCLUSION,
        )
        == "Your ECOG performance status is 0 to 1, checked within 7 days before randomization."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your creatinine clearance is less than 40 mL/min as measured at the screening visit.",
            "Your creatinine clearance is less than 40 mL/min, as measured at the screening visit.",
        ),
        (
            "Your hemoglobin is at least 9 g/dL obtained within 28 days before registration.",
            "Your hemoglobin is at least 9 g/dL, obtained within 28 days before registration.",
        ),
        # the participle names the value that follows
        (
            "Your serum creatinine is less than 2 mg/dL or your calculated creatinine clearance is 45 mL/min.",
            "Your serum creatinine is less than 2 mg/dL or your calculated creatinine clearance is 45 mL/min.",
        ),
        (
            "Your serum creatinine is less than 2 mg/dL for a calculated clearance more than 30 mL/min.",
            "Your serum creatinine is less than 2 mg/dL for a calculated clearance more than 30 mL/min.",
        ),
        # after a word that joins, not a value
        (
            "Your creatinine clearance is more than 40 mL/min per 24-hr urine collection or calculated using X.",
            "Your creatinine clearance is more than 40 mL/min per 24-hr urine collection or calculated using X.",
        ),
        # the value already says how: "obtained" may be the values'
        (
            "Your creatinine clearance is at least 30 mL/min measured or estimated using values obtained in 30 days.",
            "Your creatinine clearance is at least 30 mL/min measured or estimated using values obtained in 30 days.",
        ),
        # no number: not a value
        ("Your disease is stable measured by CT.", "Your disease is stable measured by CT."),
        # not the reader's value
        ("Hemoglobin is at least 9 g/dL obtained in 28 days.", "Hemoglobin is at least 9 g/dL obtained in 28 days."),
    ],
)
def test_value_commas(text: str, expected: str) -> None:
    assert value_commas(text) == expected

"""A measure the reader "has" is the reader's measure (translator.offline_measured_reader): "Your X is …", not
"You have a X more than …"; every value, unit and comparator kept, and the lab rules' guards still decide."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "expected"),
    [
        ("Have a glycosylated hemoglobin (HbA1c) ≥ 12%", EXC, "Your glycosylated hemoglobin (HbA1c) is 12% or more."),
        ("Have body weight >50 kilogram (kg)", INC, "Your body weight is more than 50 kg."),
        (
            "Have an involved body surface area (BSA) >= 10 percent (%) at screening and at baseline",
            INC,
            "Your involved body surface area (BSA) is 10% or more at screening and at baseline.",
        ),
        (
            "Participants with a BSA <1.4 m^2 as calculated per Dubois 1916 or Mosteller 1987.",
            EXC,
            "Your BSA is less than 1.4 m2 as calculated per Dubois 1916 or Mosteller 1987.",
        ),
        ("Have a body mass index (BMI) of 18 to 32 kg/m2", INC, "Your body mass index (BMI) is 18 to 32 kg/m²."),
        (
            "Have a total bilirubin ≤ 1.5 x ULN and AST ≤ 3 x ULN",
            INC,
            # two sentences (offline_own_subjects): each value the reader must meet, said on its own
            "Your total bilirubin is no more than 1.5 times the upper limit of normal. Your aspartate "
            "aminotransferase (AST) is no more than 3 times the upper limit of normal.",
        ),
    ],
)
def test_a_measure_the_reader_has_is_theirs(source: str, kind: SectionKind, expected: str) -> None:
    assert said(source, kind) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Have a history of seizures", "You have had seizures."),  # no measure: the opening stays
        ("Has a life expectancy of at least 3 months", "You are expected to live at least 3 months."),
        # the lab rules would name the measure ("Your NYHA score is functional classification IV …") or cut a word
        # ("Your WHO/NYHA- is FC of II or III"): the checks refuse both, and "You have" keeps the full rewrite
        (
            "Have New York Heart Association functional classification IV congestive heart failure",
            "You have NYHA functional classification IV congestive heart failure.",
        ),
        ("Has WHO/NYHA-FC of II or III.", "You have WHO/NYHA-FC of II or III."),
    ],
)
def test_other_things_the_reader_has_keep_their_opening(source: str, expected: str) -> None:
    assert said(source, INC) == expected


def test_a_name_that_starts_with_child_is_no_childbearing_frame() -> None:
    # "has Child-Pugh score" read as "has child" (able to have children), which no bullet said: a false alarm
    source = "Subject has Child-Pugh score of less than 7 (ie, class A or better)"
    assert said(source, INC) == "Your Child-Pugh score is less than 7. This means class A or better."
    assert checks(source, "Your Child-Pugh score is less than 7 (ie, class A or better).", INC) == []
    assert checks("Subject has a child under 2 years of age", "You are under 2 years of age.", INC)

"""The period of a rate ("20 mg per day", "1 g/24 hours") is kept: a bullet that gives the amount per another
period, adds one or leaves it out changed the dose, though every fact the fact checks compare is kept
(`translator.fidelity_periods`; session of 2026-12-06, 18:51)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.fidelity_periods import rates

PREDNISONE = "Current use of prednisone more than 20 mg per day"
PROTEIN = "Proteinuria > 3.5 g/24 h"
M_PROTEIN = "Urine M Protein greater than or equal to 200 milligram per 24 hour,"
NIGHT = "Clonazepam > 1 mg/night"
METFORMIN = ("Unchanged total daily dose of at least 1500 mg (Chinese patients) or 500 mg (Japanese patients) "
             "metformin for the last two months")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (PREDNISONE, [24.0]),
        (PROTEIN, [24.0]),
        (M_PROTEIN, [24.0]),
        ("The M-protein in your urine is 200 milligrams per 24 days or more.", [576.0]),
        ("more than 2 grams per kilogram of body weight per day", [24.0]),
        ("2 g/kg/day", [24.0]),
        ("100 mg per square meter per day", [24.0]),
        ("500 mg b.i.d.", [24.0]),
        ("20 mg/day or 100 mg/week", [24.0, 168.0]),
        ("a daily dose of 20 mg", [24.0]),
        # a count over a period is a fact of its own (its unit says the period); an amount with none has none
        ("more than 14 units per week", []),
        ("10 mg of prednisone for at least 2 weeks", []),
    ],
)
def test_the_period_an_amount_is_given_over(text: str, hours: list[float]) -> None:
    assert [h for *_, (_, h) in rates(text)] == hours


def test_a_period_changed_added_or_left_out_is_an_error() -> None:
    assert checks(PREDNISONE, "You are taking more than 20 mg of prednisone per day.", EXC) == []
    assert checks(PREDNISONE, "You are taking more than 20 mg of prednisone a day.", EXC) == []
    assert checks(PREDNISONE, "You are taking more than 20 mg of prednisone per week.", EXC) == ["fact_changed"]
    assert checks(PREDNISONE, "You are taking more than 20 mg of prednisone.", EXC) == ["fact_missing"]
    assert checks(PROTEIN, "You have more than 3.5 g of protein in your urine a day.", EXC) == []
    assert checks(PROTEIN, "You have more than 3.5 g of protein in your urine per week.", EXC) == ["fact_changed"]
    said = "The M-protein in your urine is 200 milligrams per 24 {} or more."
    assert checks(M_PROTEIN, said.format("hours"), INC) == []
    assert checks(M_PROTEIN, said.format("days"), INC) == ["fact_changed"]
    assert checks("Clonazepam > 1 mg", "clonazepam at more than 1 mg a night", EXC) == ["fact_invented"]


def test_a_period_said_before_the_amount_or_as_a_night() -> None:
    assert checks(NIGHT, "clonazepam at more than 1 mg a night", EXC) == []
    said = ("For the last two months, you have taken the same total daily dose of metformin: at least 1500 mg if you "
            "are a Chinese patient, or at least 500 mg if you are a Japanese patient.")
    assert checks(METFORMIN, said, INC) == []
    assert checks(METFORMIN, said.replace("daily ", ""), INC) == ["fact_missing"]


IVIG = "IVIG at a dose of more than 2 g/kg/day"


def test_the_body_weight_an_amount_is_per_is_kept() -> None:
    assert [rate for *_, rate in rates(IVIG)] == [("kg", 24.0)]
    assert [rate for *_, rate in rates("1.5 IU per kg of body weight or less")] == [("kg", 0.0)]
    said = "You get an IVIG dose of more than 2 g per kg of body weight a day."
    assert checks(IVIG, said, INC) == []
    assert checks(IVIG, said.replace(" per kg of body weight", ""), INC) == ["fact_changed"]
    assert checks("IVIG 2 g/kg", "You get 2 g of IVIG per kg of body weight.", INC) == []
    assert checks("IVIG 2 g/kg", "You get 2 g of IVIG.", INC) == ["fact_missing"]


def test_a_micro_sign_amount_is_an_amount() -> None:
    # "µ" (the micro sign) casefolds to a Greek "μ": both spellings are read
    source = "ICS dose must be ≥ 1000 μg/day BDP or equivalent daily"
    assert [rate for *_, rate in rates(source)] == [("", 24.0)]
    assert [rate for *_, rate in rates("1000 µg/day")] == [("", 24.0)]
    said = "Your inhaled corticosteroid dose is at least 1000 {} BDP or equivalent daily."
    assert checks(source, said.format("μg/day"), INC) == []
    assert checks(source, said.format("μg/week"), INC) == ["fact_changed"]


def test_no_rate_across_a_word_that_opens_a_time() -> None:
    # NCT02654054: "monthly bleeding" (the lexicon's "menses") is no period of the 80 mL
    source = ("Subject has heavy menstrual bleeding associated with uterine fibroids as evidenced by menstrual blood "
              "loss > 80 mL during each of two screening menses as measured by the alkaline hematin method.")
    said = ("You have heavy menstrual bleeding linked to uterine fibroids as evidenced by menstrual blood loss more "
            "than 80 mL during each of two screening monthly bleeding as measured by the alkaline hematin method.")
    assert rates(said) == []
    assert checks(source, said, INC) == []
    assert [rate for *_, rate in rates("10 mg of daily prednisone")] == [("", 24.0)]

"""A second clause after "… or you" without its comma becomes a sentence that opens with "Or"
(translator.offline_or_you), as ", or you" does (offline_or_clauses). Real corpus criteria."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said

CASES = [
    ("Major surgery within 4 weeks of the start of study treatment or you have not recovered from the side effects "
     "of any major surgery.",
     "You have had major surgery within 4 weeks of the start of study treatment. Or you have not recovered from the "
     "side effects of any major surgery."),
    ("You are pregnant or breastfeeding or you are not willing or not able to practice adequate contraception.",
     "You are pregnant or breastfeeding. Or you are not willing or not able to practice good enough birth control."),
]


@pytest.mark.parametrize(("source", "bullet"), CASES)
def test_or_you_without_a_comma_is_cut(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet
    assert checks(source, bullet, EXC) == []


def test_an_and_before_the_cut_keeps_the_sentence_whole() -> None:
    # "(X and Y) or Z" or "X and (Y or Z)": a comma would have said which
    source = ("You are known to have had diabetes and you need ongoing use of insulin or you need oral "
              "anti-hyperglycemic treatment every day.")
    assert ". Or you" not in said(source, EXC)


def test_a_first_clause_under_four_words_stays_in_the_sentence() -> None:
    source = "You have cancer or you have had any treatment for cancer in the 5 years before entering the study."
    assert said(source, EXC) == source


def test_a_dropped_or_half_is_still_found() -> None:
    source, _ = CASES[0]
    assert checks(source, "You have had major surgery within 4 weeks of the start of study treatment.", EXC) != []

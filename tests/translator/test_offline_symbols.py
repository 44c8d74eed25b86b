"""Comparator symbols the whole-fact wording left in a bullet, said in words, on real criteria."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, rendered
from translator.fidelity import check_rendering, errors
from translator.offline_symbols import symbol_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a unit that goes on past the value, a blood pressure read as two values, a decimal with a dot
        ("Concurrent use of >20mg/day of prednisone", "Concurrent use of more than 20mg/day of prednisone"),
        ("BP < 140/ 90", "BP less than 140/ 90"),
        ("platelet count <100.000)", "platelet count less than 100.000)"),
        ("ICS ≥ 200 and ≤ 1000 µg/day", "ICS at least 200 and at most 1000 µg/day"),
        ("unless =< 2 mg/d", "unless at most 2 mg/d"),
        ("stable dose for >/= 4 weeks", "stable dose for at least 4 weeks"),
        # glued to its name: a space comes in
        ("blood pressure>170/110 mmHg", "blood pressure more than 170/110 mmHg"),
        # after "at": no "at at least"
        ("uropathogens at >=10^5 CFU/mL", "uropathogens at no less than 10^5 CFU/mL"),
    ],
)
def test_a_symbol_before_a_number_is_said_in_words(text: str, words: str) -> None:
    assert symbol_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "18 ≤ age ≤ 65",  # read from its low end: "18 ≤ age at most 65" would misread
        "140mmHg <= sitSBP <= 200mmHg",
        "19kg/m2 ≤ BMI ≤ 35kg/m2",
        "PaO2/FiO2<300",  # a name ending in a digit: the symbol could be read either way
        "Gleason score 3+4",
        "greater than or equal to (≥]) 4 weeks",  # no number after the symbol
        "<br> 5",
    ],
)
def test_a_symbol_that_reads_the_other_way_or_is_no_comparison_is_kept(text: str) -> None:
    assert symbol_words(text) == text


@pytest.mark.parametrize(
    ("nct_id", "source", "words"),
    [
        ("NCT01032122", "Depressed bone marrow function (Leukopenia <3000, platelet count <100.000)",
         "platelet count less than 100.000"),
        # two inclusive bounds before a slashed unit are one range (offline_unit_ranges), said before symbol_words
        ("NCT01199289", "Inhaled corticosteroid (ICS) ≥ 200 and ≤ 1000 µg/day fluticasone or equivalent.",
         "200 to 1000 µg/day"),
        ("NCT02020278", "Participants < 4 years of age", "weight less than 10 kg"),
        ("NCT00307723", "Blood pressure of >150/100 mmHg", "more than 150/100 mmHg"),
    ],
)
def test_the_offline_backend_says_left_symbols_in_words(nct_id: str, source: str, words: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    assert not errors(check_rendering(request, rendering))
    assert words in bullet_for(nct_id, source).text

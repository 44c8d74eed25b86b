"""Offline bullets fixed by the lead in the eighth audit session (each with the corpus text it came from)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02323906: "concomitant" moved after its noun phrase, which ended at the stop of "St." ("inducers such
        # as St at the same time. John's Wort"): an abbreviation's stop ends no clause
        (
            "Subject is being treated with concomitant strong CYP3A4 inducers such as St. John's Wort, dexamethasone.",
            "You are being treated with concomitant strong cytochrome P450 3A4 (CYP3A4) inducers. For example, "
            "St. John's Wort, dexamethasone.",
        ),
        ("No concomitant use of St. John's wort.", "You have no concomitant use of St. John's wort."),
        ("Concomitant treatment with e.g. warfarin", "Concomitant treatment with e.g. warfarin"),
        # the move itself is kept where the noun phrase does end the clause
        ("No concomitant medication", "You have no medicine at the same time."),
    ],
)
def test_an_abbreviation_stop_ends_no_same_time_phrase(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT01703702: the opening took "Have", so the auxiliary's rule did not match and "took part" followed it
        (
            "Have ever participated in an experimental study with an amyloid targeting agent",
            "You have ever taken part in an experimental study with an amyloid targeting agent.",
        ),
        ("Subject has already participated in this study", "You have already taken part in this study."),
        # NCT04779970: no auxiliary, so the simple past stays
        (
            "Ever participated in HBV siRNA therapeutic trials",
            "Ever took part in hepatitis B virus (HBV) siRNA therapeutic trials",
        ),
    ],
)
def test_a_perfect_tense_keeps_its_participle(source: str, plain: str) -> None:
    assert said(source) == plain

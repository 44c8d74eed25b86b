"""Offline bullets fixed by the lead in the eighth audit session (each with the corpus text it came from)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import Comparator, FactKind, extract_facts


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
        # (a medicine beside the study's is taken: offline_same_time_verbs)
        ("No concomitant medication", "You are not taking medicine at the same time."),
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


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT01703702: a floor with no unit, "to", and a ceiling with one is one range in the ceiling's unit (it read
        # "50 or more to 90 years or younger")
        ("Males or females ≥ 50 to <= 90 years of age.", "You are male or female and 50 to 90 years old."),
        # NCT01233622
        ("Body Mass Index (BMI) ≥22 to ≤45 kg/m2", "Your body mass index (BMI) is 22 to 45 kg/m²."),
        # a strict bound is no end of a range: two bounds, joined by "and" (it read "18 years or older to younger
        # than 70 years"; NCT01407874)
        ("Age ≥ 18 to < 70 years", "You are 18 years or older and younger than 70 years."),
        ("BMI > 18 - < 30", "Your body mass index (BMI) is more than 18 and less than 30."),
        # NCT01107899: the floor had no unit, so the ceiling's was not said with it ("18 or more to younger than 80")
        (
            "Men or women ≥18 to <80 years of age who present with any one of the following:",
            # (the "who" clause is the reader's too: offline_label_clauses)
            "You are a man or a woman and 18 years or older and younger than 80 years, and present with any one of"
            " these:",
        ),
        (
            "Creatinine clearance > 30 to < 60 mL/min",
            "Your creatinine clearance is more than 30 mL/min and less than 60 mL/min.",
        ),
    ],
)
def test_two_bounds_joined_by_to(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


def test_a_floor_with_no_unit_takes_the_ceilings_in_a_to_range() -> None:
    (fact,) = [f for f in extract_facts("Body weight >= 50 to <= 100 kg") if f.kind is FactKind.VALUE]
    assert (fact.comparator, fact.low, fact.high, fact.unit) == (Comparator.RANGE, 50, 100, "kg")
    # each bound with its own unit stays two bounds, as the check read them before
    bounds = [f for f in extract_facts("Age ≥ 18 years to ≤ 55 years") if f.kind is FactKind.VALUE]
    assert [f.comparator for f in bounds] == [Comparator.GE, Comparator.LE]


def test_a_strict_pair_joined_by_to_gives_the_floor_the_ceilings_unit() -> None:
    bounds = [f for f in extract_facts("Creatinine clearance > 30 to < 60 mL/min") if f.kind is FactKind.VALUE]
    assert [(f.comparator, f.unit) for f in bounds] == [(Comparator.GT, "mL/min"), (Comparator.LT, "mL/min")]
    # joined by "and", the floor keeps no unit of its own, as before
    bounds = [f for f in extract_facts("BMI >18.5 and <40 kg/m2") if f.kind is FactKind.VALUE]
    assert bounds[0].unit is None


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02059642: a gerund after a preposition is no "after" ("incapable of after the study schedule")
        # (said to the reader since offline_predicate_groups)
        ("Patients incapable of following the study schedule", "You are incapable of following the study schedule."),
        # the preposition "following" still is
        ("Heart failure following the first dose", "Heart failure after the first dose"),
    ],
)
def test_following_after_a_preposition_is_a_gerund(source: str, plain: str) -> None:
    assert said(source) == plain

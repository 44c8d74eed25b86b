"""Facts misread on real corpus criteria, each pinned on the criterion the real parser gives for its record.

A comparator written before a grading system's name ("> CTCAE Grade 3", "> NYHA Class II", "> ECOG 2")
bounds the level after the name; it had been lost, so "grade 3" for "> CTCAE Grade 3" went unreported.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge
from translator.facts import Fact, FactKind, extract_facts
from translator.fidelity import errors
from translator.phrasing import phrase


def _values(text: str) -> list[Fact]:
    return [f for f in extract_facts(text) if f.kind is FactKind.VALUE]


@pytest.mark.parametrize(("nct_id", "needle", "surface", "key"), [
    ("NCT00375310", "Pulmonary hemorrhage", "> CTCAE Grade 2", "value|>|2||grade||"),
    ("NCT00703638", "Peripheral neuropathy", "≥ CTCAE Grade 2", "value|>=|2||grade||"),
    ("NCT00268255", "Creatinine", "≤ CTC grade 2", "value|<=||2|grade||"),
    ("NCT02066181", "therapy related toxicity", "less than CTCAE grade 2", "value|<||2|grade||"),
    ("NCT01361945", "Unresolved diarrhea", "≥ CTCAE (v4.02) grade 1", "value|>=|1||grade||"),
    ("NCT02323906", "peripheral neuropathy of at least", "at least NCI CTCAE Grade 2", "value|>=|2||grade||"),
    ("NCT02312661", "Pre-existing peripheral neuropathy", "≥ Common toxicity criteria (CTC) grade 2",
     "value|>=|2||grade||"),
    ("NCT01223196", "Congestive heart failure", "> NYHA (New York Heart Association) class II", "value|>|2||class||"),
    ("NCT02777827", "higher than New York", "higher than New York Heart Association Class II", "value|>|2||class||"),
    ("NCT01466647", "Performance status > ECOG 2", "> ECOG 2", "value|>|2||||"),
    ("NCT01900327", "Liver cirrhosis", "≥ Child B", "value|>=|||class|||B"),
    ("NCT02120911", "neurotoxicity", "greater than WHO grade 1", "value|>|1||grade||"),
])
def test_a_bound_before_a_grading_systems_name_bounds_its_level(nct_id: str, needle: str, surface: str,
                                                                 key: str) -> None:
    text = criterion(nct_id, needle)
    found = [f for f in _values(text) if f.text == surface]
    assert [f.key for f in found] == [key], [(f.text, f.key) for f in _values(text)]
    # The plain wording says the system's name again and reads back as the same fact.
    wording = phrase(found[0])
    assert found[0].system is not None and wording.startswith(found[0].system), wording
    assert [f.key for f in _values(wording)] == [key], wording


def test_an_exact_level_after_a_systems_name_stays_exact() -> None:
    text = criterion("NCT02300298", "CTCAE grade 2 Adverse Event")
    assert [f.key for f in _values(text) if "grade" in f.text] == ["value|=|2||grade||"]
    # Only a bound right before the name counts: one bounding an amount before it stays with that amount.
    assert [f.key for f in _values("Platelets > 100,000/mm3 ECOG 1")] == ["value|>|100000||/mm3||", "value|=|1||||"]
    assert [f.key for f in _values("Hemoglobin ≥ 9 g/dL; CTCAE grade 1 neuropathy")] == [
        "value|>=|9||g/dL||", "value|=|1||grade||"]


def test_a_level_said_without_the_bound_across_the_systems_name_is_an_error() -> None:
    text = criterion("NCT00536575", "Active clinically serious infection")
    assert "> CTCAE Grade 2" in text

    def checks(bullet: str) -> list[str]:
        return [f.check for f in errors(judge(text, bullet))]

    assert checks("You have an active, clinically serious infection of CTCAE grade 2.") == ["fact_changed"]
    assert checks("You have an active, clinically serious infection higher than grade 2.") == []
    assert checks("You have an active, clinically serious infection above CTCAE grade 2.") == []
    assert checks("You have an active, clinically serious infection of CTCAE grade 2 or higher.") == ["fact_changed"]


def test_worse_than_a_level_is_above_it() -> None:
    # A higher grade or class is a worse one ("grade 2 or worse" is grade 2 and above), as paraphrase 125 says it.
    text = criterion("NCT00536575", "Pulmonary hemorrhage")
    assert [f.check for f in errors(judge(text, "You had bleeding in the lungs worse than CTCAE grade 2 within 4 "
                                                "weeks of the first dose of study drug."))] == []
    assert [f.check for f in errors(judge(text, "You had bleeding in the lungs better than CTCAE grade 2 within 4 "
                                                "weeks of the first dose of study drug."))] == ["fact_changed"]
    assert [(f.key, f.system) for f in _values("heart failure worse than NYHA class II")] == [
        ("value|>|2||class||", "NYHA")]
    # Not for scores where more is better, nor for visual acuity, which reads its own words.
    assert [f.key for f in _values("worse than 55 ETDRS letters")] == ["value|=|55||||"]
    assert [f.key for f in _values("visual acuity worse than 20/200")] == ["value|<||0.1|Snellen||"]


@pytest.mark.parametrize(("nct_id", "needle", "word", "value"), [
    ("NCT05501886", "triplicate ECGs", "triplicate", 3.0),
    ("NCT00377052", "bidimensionally measurable", "bidimensionally", 2.0),
])
def test_a_word_that_carries_a_count_is_that_number(nct_id: str, needle: str, word: str, value: float) -> None:
    # "the average of three ECGs" for "mean of triplicate ECGs" (paraphrase 286) and "measured in two dimensions"
    # for "bidimensionally measurable" (paraphrase 326) say the count in words: no number is made up, and a changed
    # count is caught.
    text = criterion(nct_id, needle)
    assert [(f.text, f.low) for f in _values(text) if f.text.lower() == word] == [(word, value)]
    number = {2.0: "two", 3.0: "three"}[value]
    other = {2.0: "three", 3.0: "two"}[value]
    faithful = text.replace(needle, needle.replace(word, number))
    assert [f.check for f in errors(judge(text, faithful))] == [], faithful
    changed = [f.check for f in errors(judge(text, text.replace(needle, needle.replace(word, other))))]
    assert changed == ["fact_changed"], changed


def test_a_stage_code_with_decimals_is_no_code() -> None:
    # A planted "N0" → "N0.5" had read as "N0" still: the change went unreported.
    text = criterion("NCT00268437", "T4, N0 tumors")
    assert _checks_of(text, text) == []
    # (since checks-49 "N0.5" is read whole in its group, a code no source has: "N0" became "N0.5")
    assert set(_checks_of(text, text.replace("N0", "N0.5"))) == {"fact_changed"}
    assert [f.text for f in _values("pT1,2N0M0 breast cancer")][:1] == ["pT1"]  # a list, read as before


def _checks_of(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]

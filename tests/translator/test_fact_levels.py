"""Levels stated without a number ("decreased renal function", "a rise in PSA"), bounds on a limit the law or
the laboratory sets ("< legal age of majority", "> x2 upper limit of normal") and amounts in log10 units, each
pinned on a real criterion (a corpus record, or a Chia criterion where the corpus has none).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge, keys
from tests.translator.test_fact_patient_cues import chia_line
from translator.facts import FactKind, extract_facts
from translator.phrasing import phrase


def levels(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.label) for f in extract_facts(text) if f.label in ("elevated", "reduced")]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (chia_line("NCT02833116_exc", "high intracranial pressure"), ("high", "elevated")),
        (chia_line("NCT03019562_exc", "increased intracranial"), ("increased", "elevated")),
        (chia_line("NCT03518034_inc", "low serum testosterone"), ("low", "reduced")),
        (chia_line("NCT02579200_inc", "Reduced left ventricular"), ("Reduced", "reduced")),
        (chia_line("NCT00391690_inc", "any rise in PSA"), ("rise", "elevated")),
        (criterion("NCT00006371", "rising PSA"), ("rising", "elevated")),
        (criterion("NCT00555048", "impaired renal function"), ("impaired", "reduced")),
        (criterion("NCT00149227", "Severe renal impairment"), ("impairment", "reduced")),
        (chia_line("NCT03013790_exc", "supratheraputic"), ("supratheraputic", "elevated")),
    ],
)
def test_a_direction_word_is_a_level(text: str, level: tuple[str, str]) -> None:
    assert level in levels(text), levels(text)


@pytest.mark.parametrize(
    "text",
    [
        criterion("NCT00268593", "low molecular weight heparin").split("Low-dose")[0],  # a drug's name
        criterion("NCT00273299", "treat high blood pressure"),  # the plain name of hypertension
        "You have low platelets (thrombocytopenia) or high potassium (hyperkalaemia)",  # plain names of diagnoses
        "High-density lipoprotein cholesterol measured at a high school clinic; conditions that give rise to pain",
    ],
)
def test_names_and_plain_diagnoses_are_no_level(text: str) -> None:
    assert levels(text) == []


def test_a_low_dose_is_a_level() -> None:
    # NCT00268593: "Low-dose aspirin (≤ 150 mg/day) ... are permitted": the dose level says which use is allowed.
    text = criterion("NCT00268593", "Low-dose aspirin")
    assert levels(text[text.index("Low-dose") :]) == [("Low", "reduced"), ("low", "reduced")]


def test_plain_rewordings_of_a_level_agree() -> None:
    # "renal impairment" is what the lexicon words as "reduced kidney function": the same level.
    source = criterion("NCT00149227", "Severe renal impairment")
    bullet = "You have severely reduced kidney function (serum creatinine more than 3.0 mg/dl)."
    assert not [f for f in judge(source, bullet) if f.check.startswith("fact")]
    # Dropping the direction word is a lost fact; swapping it for its opposite a changed one.
    text = chia_line("NCT03518034_inc", "low serum testosterone")
    assert [f.check for f in judge("Decreased renal function", "Renal function")] == ["fact_missing"]
    assert [f.check for f in judge("Decreased renal function", "Increased renal function")] == ["fact_changed"]
    fact = next(f for f in extract_facts(text) if f.label == "reduced")
    assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]


def test_a_bound_on_the_legal_age() -> None:
    text = criterion("NCT01169779", "legal age of majority")
    assert "value|<||1|legal age||" in keys(text)
    assert "value|>|1||legal age||" in keys(text.replace("<", ">"))
    older = chia_line("NCT02385448_inc", "Older than the age of legal consent")
    fact = next(f for f in extract_facts(older) if f.unit == "legal age")
    assert fact.key == "value|>|1||legal age||"
    assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]


def test_a_multiple_written_before_the_limit() -> None:
    assert "value|>|2||x ULN||" in keys(criterion("NCT02629965", "> x2 upper limit"))
    assert keys("AST/ALT > x3 upper normal limit") == ["value|>|3||x ULN||"]


def test_log10_units_are_not_dropped() -> None:
    text = criterion("NCT01448200", "log10 IU/mL")
    assert "value|>|5||log10 IU/mL||" in keys(text)
    # Without "log10" the amount is 100,000 times smaller: a changed fact.
    assert "value|>|5||log10 IU/mL||" not in keys(text.replace("log10 ", ""))
    fact = next(f for f in extract_facts(text) if f.unit == "log10 IU/mL")
    assert [f.key for f in extract_facts(phrase(fact)) if f.kind is FactKind.VALUE] == [fact.key]


def test_poorly_controlled_is_a_negation_as_uncontrolled_is() -> None:
    # "poorly controlled" is said "not well controlled" or "uncontrolled": a negation in each, not a level.
    text = "Poorly controlled hypertension despite two antihypertensive drugs"
    assert levels(text) == []
    assert [f.cue for f in extract_facts(text) if f.kind is FactKind.NEGATION] == ["not"]
    findings = judge(text, "Your high blood pressure is not well controlled even though you take two medicines for it.")
    assert not [f for f in findings if f.check.startswith(("negation", "fact"))]

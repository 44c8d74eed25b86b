"""Bounds and levels the facts missed or misread in the corpus (session 47), now read:

- a grade joined to its level by a hyphen or nothing: "grade-2", "grade2", "type-1 diabetes", and a bound after the
  grading system in brackets: "Grade 2 (CTC v.3.0) or greater" (translator.scales);
- a number glued to "than" or "to": "Age greater than18 years", "18 to75 years old" (translator.numbers);
- ">/" as a bound: ">/ 50 kg", ">/3 consecutive beats", ">/= with its "=" lost (translator.numbers, quantities);
- bounds in words the prefixes lacked: "older than or equal to", "more or equal to", "equal or superior to",
  "inferior or equal to", "equal or more" (translator.numbers).
Each source is a corpus criterion; the fact that was read before is in the comment.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.facts import extract_facts


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.key) for f in extract_facts(text) if f.kind.value != "negation"]


@pytest.mark.parametrize(("source", "facts"), [
    # NCT00412581: no fact
    ("Prior >/= grade-2 allergic reaction to thalidomide.",
     [("Prior", "temporal|||||past|"), (">/= grade-2", "value|>=|2||grade||")]),
    ("Patients with >/= grade-2 neuropathy.", [(">/= grade-2", "value|>=|2||grade||")]),
    # NCT01570790: "Grade 2", exactly grade 2 (the bracket hid "or greater")
    ("Grade 2 (CTC v.3.0) or greater pre-existing peripheral neuropathy;",
     [("Grade 2 (CTC v.3.0) or greater", "value|>=|2||grade||"), ("CTC v.3.0", "value|=|||code|||CTC 3"),
      ("pre-existing", "temporal|||||past|")]),
    # NCT00463840: no fact
    ("No peripheral neuropathy > grade2", [("> grade2", "value|>|2||grade||")]),
    # NCT02459938: no fact for the type (as "type 1 diabetes" has)
    ("Women or men 18 to 60 years with type-1 diabetes on daily insulin treatment",
     [("18 to 60 years", "value|range|18|60|year||"), ("type-1", "value|=|1||type||")]),
    # NCT00723229, and "Age greater than18 years.": no fact
    ("Older than18 years;", [("Older than18 years", "value|>|18||year||")]),
    ("Age greater than18 years.", [("greater than18 years", "value|>|18||year||")]),
    # "18" alone, the high end lost
    ("Age: 18 to75 years old;", [("18 to75 years old", "value|range|18|75|year||")]),
    # NCT00473512: no fact
    ("Life expectancy of greater than or equal to12 week",
     [("greater than or equal to12 week", "value|>=|12||week||")]),
    # NCT00659191: no fact (the number after "/ " was read as the rest of a unit)
    ("Body weight >/ 50 kg (110 lbs.) for men and >/ 45 kg (99 lbs) for women",
     [(">/ 50 kg", "value|>=|50||kg||"), ("110 lbs", "value|=|110||lb||"), (">/ 45 kg", "value|>=|45||kg||"),
      ("99 lbs", "value|=|99||lb||")]),
    ("Non-sustained or sustained ventricular tachycardia (>/3 consecutive ventricular ectopic beats).",
     [(">/3", "value|>=|3||||")]),
    # NCT04427332: "equal to 18 years", read as exactly 18
    ("Patients older than or equal to 18 years.", [("older than or equal to 18 years", "value|>=|18||year||")]),
    ("Creatinine clearance more or equal to 30 mL/min", [("more or equal to 30 mL/min", "value|>=|30||mL/min||")]),
    ("Age equal or superior to 18 years;", [("equal or superior to 18 years", "value|>=|18||year||")]),
    ("Clinical Dementia Rating (CDR) test inferior or equal to 1", [("inferior or equal to 1", "value|<=||1|||")]),
    ("A spasticity : a Tardieu score upper or equal to 2 on at least one of the following muscles",
     [("upper or equal to 2", "value|>=|2||||"), ("at least one", "value|>=|1||||")]),
])  # fmt: skip
def test_reads_the_bound(source: str, facts: list[tuple[str, str]]) -> None:
    assert _read(source) == facts


@pytest.mark.parametrize("text", [
    "upgrade2", "subtype2", "grade-specific toxicity", "eGFR 60 mL/min/ 1.73 m2", "HbA1c", "Proto1 strain",
])  # fmt: skip
def test_names_and_units_stay_unread(text: str) -> None:
    assert [key for _, key in _read(text) if "grade" in key or "type" in key or "|1.73|" in key] == []


def test_grade_joined_and_spaced_compare_equal() -> None:
    assert _read(">/= grade-2")[0][1] == _read("grade 2 or higher")[0][1] == _read("Grade ≥2")[0][1]


@pytest.mark.parametrize(("source", "faithful", "changed", "lost", "kind"), [
    ("Patients with >/= grade-2 neuropathy.", "You have grade 2 or higher neuropathy.",
     "You have grade 3 or higher neuropathy.", "You have neuropathy.", EXC),
    ("Age greater than18 years.", "You are older than 18 years.", "You are 18 years or older.", "You are an adult.",
     INC),
    ("Creatinine clearance more or equal to 30 mL/min", "Your creatinine clearance is 30 mL/min or more.",
     "Your creatinine clearance is more than 30 mL/min.", "Your creatinine clearance is normal.", INC),
    ("Age: 18 to75 years old;", "You are 18 to 75 years old.", "You are 18 to 76 years old.", "You are an adult.",
     INC),
    ("CD4 cell count >/ 200 cells/mm3", "Your CD4 cell count is 200 per mm³ or more.",
     "Your CD4 cell count is more than 200 per mm³.", "Your CD4 cell count is high.", INC),
])  # fmt: skip
def test_checks_see_the_bound(source: str, faithful: str, changed: str, lost: str, kind: object) -> None:
    assert checks(source, faithful, kind) == []  # type: ignore[arg-type]
    assert checks(source, changed, kind)  # type: ignore[arg-type]
    assert checks(source, lost, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    ("Patients with >/= grade-2 neuropathy.", "You have grade 2 or higher nerve damage.", EXC),
    ("Grade 2 (CTC v.3.0) or greater pre-existing peripheral neuropathy;",
     "Grade 2 (CTC v.3.0) or greater pre-existing peripheral neuropathy", EXC),
    ("No peripheral neuropathy > grade2", "You have no peripheral neuropathy grade higher than 2.", INC),
    ("Age greater than18 years.", "You are older than 18 years.", INC),
    ("Age: 18 to75 years old;", "You are 18 to 75 years old.", INC),
    ("Patients older than or equal to 18 years.", "You are 18 years or older.", INC),
    ("Age equal or superior to 18 years;", "You are 18 years or older.", INC),
    ("Creatinine clearance more or equal to 30 mL/min", "Your creatinine clearance is 30 mL/min or more.", INC),
    ("Life expectancy of greater than or equal to12 week", "You are expected to live 12 weeks or more.", INC),
    ("Non-sustained or sustained ventricular tachycardia (>/3 consecutive ventricular ectopic beats).",
     "Non-sustained or sustained ventricular tachycardia (3 or more consecutive ventricular ectopic beats).", EXC),
])  # fmt: skip
def test_offline_words_the_bound(source: str, bullet: str, kind: object) -> None:
    assert said(source, kind) == bullet  # type: ignore[arg-type]

"""checks25: false alarms on faithful LLM wording that checks24 found, each fixed narrowly, the real error kept.

- translator.fact_pronoun_one: "one" standing for a thing named before it ("a recent acute one", "or one that …")
  is no number;
- translator.fidelity_negation_words: "non-healing" said "that does not heal" (a four-letter stem with an ending),
  "over-the-counter" said "without a prescription";
- translator.fidelity_level_names: "cardiac insufficiency" said "heart failure", "abnormalities" said "problems".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from translator.criteria import SectionKind

INFECTION = "Current or recent infections, including chronic or localized."
WOUND = "Serious non-healing wound, ulcer or bone fracture"
COUNTER = ("Chronic use of over-the-counter medication which would interfere with study endpoints including "
           "laxatives and antacids;")
COUNTER_WORDS = ("You {}regularly use medicines bought without a prescription that would affect the study results, "
                 "including laxatives and antacids.")
ECG = "Clinically significant abnormalities on ECG or laboratory tests"
HEART = ("Severe cardiac insufficiency (NYHA III or IV), with uncontrolled and/or unstable cardiac or coronary artery "
         "disease.")


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # NCT00768053 (paraphrase): "one" for "an infection"
    (INFECTION, "You have an infection now, or had a recent one, including chronic or localized ones.", EXC),
    ("Recent myocardial infarction or unstable angina",
     "You had a recent heart attack, or chest pain (angina) or one that is unstable.", EXC),
    # NCT00294359 (paraphrase): "non-healing" said with "not"
    (WOUND, "You have a serious wound, ulcer or bone fracture that does not heal.", EXC),
    (WOUND, "You have a serious wound, ulcer or bone fracture that has not healed.", EXC),
    # NCT00863265 (paraphrase): "over-the-counter" said as "without a prescription"
    (COUNTER, COUNTER_WORDS.format(""), EXC),
    # NCT00171834 E11 (paraphrase): "cardiac insufficiency" said "heart failure"
    (HEART, "You have severe heart failure (NYHA class III or IV) with heart or coronary artery disease that is not "
            "controlled and/or unstable.", EXC),
    # NCT00171834 E11 / "abnormalities" (paraphrase): said "problems"
    (ECG, "You have clinically significant problems on your ECG or lab tests.", EXC),
    # "heart failure" in a source needs no level in a bullet ("HF" spelled out)
    ("Symptomatic HF (NYHA II-IV)", "You have heart failure with symptoms (NYHA class II to IV).", EXC),
])
def test_faithful_wordings_stay_silent(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


@pytest.mark.parametrize(("source", "wrong", "check"), [
    # a real invented count stays one: "one infection", "a total of one", "at least one that"
    (INFECTION, "You have had one infection now or recently, including chronic or localized ones.", "fact_invented"),
    (INFECTION, "You have an infection now, or a total of one recently, including chronic or localized.",
     "fact_invented"),
    ("Measurable lesion", "You have at least one that can be measured.", "fact_invented"),
    ("Current or recent infections", "You have an infection now, or had a one-week infection.", "fact_invented"),
    # a "not" added with no affix or "over-the-counter" it says
    ("Serious healing wound, ulcer or bone fracture",
     "You have a serious wound, ulcer or bone fracture that does not heal.", "negation_added"),
    (COUNTER, COUNTER_WORDS.format("do not "), "negation_added"),
    ("Chronic use of prescription medication which would interfere with study endpoints including laxatives and "
     "antacids;", COUNTER_WORDS.format(""), "negation_added"),
    # the level dropped: "insufficiency" said as plain "disease"
    (HEART, "You have severe heart disease (NYHA class III or IV) with heart or coronary artery disease that is not "
            "controlled and/or unstable.", "fact_missing"),
    # "abnormalities" dropped, or turned "normal"
    (ECG, "You have clinically significant findings on your ECG or lab tests.", "fact_missing"),
    (ECG, "You have a clinically significant normal ECG, or lab test problems.", "fact_changed"),
])
def test_real_errors_are_caught(source: str, wrong: str, check: str) -> None:
    assert check in checks(source, wrong, EXC)

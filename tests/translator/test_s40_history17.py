"""Openings the history17 round put to the reader (real corpus and Chia criteria), each with near cases that must keep
their words. `said` also checks that the fidelity check finds no error in each bullet.

- "History or active/ongoing X", "History or current signs or symptoms of X", "History or other evidence of X",
  "History or diagnosis (aside) of X" (translator.offline_history_or_openings);
- "Current need for X", "Current involvement in X", "Current tobacco use", "Known pregnancy"
  (translator.offline_current_openings).
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("History or active inflammatory bowel disease", "You have had or now have active inflammatory bowel disease."),
    ("History or ongoing allergy/hypersensitivity, as judged by the investigator, to SGLT2 inhibitor (eg, "
     "empagliflozin) or ASI.",
     "You have had or now have ongoing allergy/hypersensitivity, as judged by the study doctor, to SGLT2 inhibitor "
     "(such as empagliflozin) or ASI."),
    ("History or diagnosis (in either eye) of glaucoma, ocular hypertension, or cataracts.",
     "You have a history or diagnosis (in either eye) of glaucoma, ocular hypertension, or cataracts."),
    ("History or other evidence of bleeding from esophageal varices or other conditions consistent with "
     "decompensated liver disease.",
     "You have a history or other signs of bleeding from esophageal varices or other conditions consistent with "
     "decompensated liver disease."),
    ("History or other evidence of severe retinopathy (e.g. CMV retinitis, macula degeneration) or clinically "
     "relevant ophthalmological disorder due to diabetes mellitus or hypertension",
     "You have a history or other signs of severe retinopathy (such as CMV retinitis, macula degeneration) or "
     "medically important eye disorder due to diabetes or high blood pressure."),
    ("History or current signs or symptoms of severe, progressive, or uncontrolled renal disease",
     "You have had or now have signs or symptoms of severe, progressive, or uncontrolled kidney disease."),
])  # fmt: skip
def test_a_history_or_now_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Current need for a colostomy or ileostomy", "You now need a colostomy or ileostomy."),
    ("Current involvement in another comparable study.", "You are now involved in another comparable study."),
    ("Current involvement in psychotherapy;", "You are now involved in talk therapy."),
    ("Known pregnancy", "You are known to be pregnant."),
    ("Current tobacco use.", "You now use tobacco."),
])  # fmt: skip
def test_a_present_state_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # "now have active state of" is no English
    "History or active state of serious hemoptysis / pulmonary hemorrhage",
    # a treatment or a time is no condition had now
    "History or active treatment with corticosteroids",
    "History or ongoing infection within the past 3 months",
    # a verb of the clause's own would dangle
    "History or other evidence of liver disease is exclusionary",
    # a second noun shares the object: "You now need or use of oxygen"
    "Current need for or use of oxygen",
    "Current need for oxygen is exclusionary",
    # a second state: "known" would reach it otherwise than the source's
    "Known pregnancy or breastfeeding",
    # more after "use": "You now use tobacco or use within the past 4 weeks"; a noun "use" would want in the plural
    "Current tobacco use or use within the past 4 weeks.",
    "Current steroid use",
])  # fmt: skip
def test_near_cases_keep_their_words(text: str) -> None:
    assert not said(text, EXC).startswith("You")

"""An alternative of a list left out where no gap shows it (translator.fidelity_lost_alternatives): a catch-all
"or other X" and a letter of a pair ("hepatitis B or C"). Each lost one is found; the faithful wording passes."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

DECOMPENSATION = ("Patients with experience of ascites, esophageal varices, or other evidence of hepatic "
                  "decompensation, and/or hepatocellular carcinoma.")
CLEARANCE = ("Creatinine clearance as estimated by the Cockcroft-Gault (C-G) or other medically acceptable formulas "
             "≥30 mL/min.")
HEPATITIS = ("History of Hepatitis B or C infection and elevated ALT, AST or bilirubin above the upper limit of normal "
             "level")


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), [
    # NCT03186365 E3 (paraphrase and its planted clause_dropped, corpus and Chia)
    (DECOMPENSATION,
     "You have had ascites, swollen veins in the food pipe (esophageal varices), or other signs of liver "
     "decompensation, and/or liver cancer (hepatocellular carcinoma).",
     "You have had ascites, swollen veins in the food pipe (esophageal varices), and/or liver cancer (hepatocellular "
     "carcinoma).", EXC),
    # a rewording that opens the list its own way keeps the catch-all
    (DECOMPENSATION,
     "You have had signs that your liver is failing (hepatic decompensation), such as ascites or swollen veins in the "
     "food pipe (esophageal varices), and/or liver cancer (hepatocellular carcinoma).",
     "You have had ascites, swollen veins in the food pipe (esophageal varices), and/or liver cancer (hepatocellular "
     "carcinoma).", EXC),
    # NCT02348489 I4
    (CLEARANCE,
     "Your creatinine clearance (a measure of kidney function), estimated with the Cockcroft-Gault formula or another "
     "medically accepted formula, is 30 mL/min or more.",
     "Your creatinine clearance (a measure of kidney function), estimated with the Cockcroft-Gault formula, is 30 "
     "mL/min or more.", INC),
    # NCT02078310 E3
    (HEPATITIS,
     "You have had hepatitis B or C infection, and your ALT, AST or bilirubin is raised (elevated) above the upper "
     "limit of normal.",
     "You have had hepatitis B, and your ALT, AST or bilirubin is raised (elevated) above the upper limit of normal.",
     EXC),
    # NCT06112379 E6: the virus's letters say the hepatitis letter
    ("Has active or uncontrolled hepatitis B or C virus infection.",
     "You have an active or uncontrolled infection with the hepatitis B virus (HBV) or the hepatitis C virus (HCV).",
     "You have an active or uncontrolled infection with the hepatitis C virus (HCV).", EXC),
])
def test_the_lost_alternative_is_found(source: str, faithful: str, lost: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "content_missing" in checks(source, lost, kind)


@pytest.mark.parametrize(("source", "faithful"), [
    # a catch-all said in other words: "any other", "another kind of", "similar"
    ("History of any allergic or hypersensitivity reaction to neridronic acid or other bisphosphonate, or to vitamin D "
     "or calcium supplements.",
     "You have ever had an allergic or hypersensitivity reaction to neridronic acid or any other bisphosphonate, or to "
     "vitamin D or calcium supplements."),
    ("Diagnosed or suspected hepatocellular carcinoma or other malignancies",
     "You have, or may have, liver cancer (hepatocellular carcinoma) or another kind of cancer (malignancy)."),
    ("Current treatment for hepatitis B or C", "You are being treated now for hepatitis B or hepatitis C."),
])
def test_faithful_wordings_pass(source: str, faithful: str) -> None:
    assert checks(source, faithful, EXC) == []


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    # NCT04780204 E9 (paraphrase and its planted clause_dropped): "or have received" cut
    ("Currently on or have received antiviral treatment for ≥ 2 weeks within 6 months prior to the screening",
     "You are currently on, or have received, antiviral treatment for two weeks or more within the six months before "
     "screening.",
     "You are currently on, antiviral treatment for two weeks or more within the six months before screening."),
    # NCT02926898 E5, NCT03053050 E6: the past said in other words
    ("Subject has a current or past history of glaucoma.", "You have glaucoma now or have had it in the past.",
     "You have glaucoma now."),
    ("Current or history of hepatocellular carcinoma (HCC)",
     "You currently have, or have ever had, liver cancer (hepatocellular carcinoma, HCC).",
     "You currently have liver cancer (hepatocellular carcinoma, HCC)."),
])
def test_the_past_of_now_or_before_is_kept(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful, EXC) == []
    assert "content_missing" in checks(source, lost, EXC)

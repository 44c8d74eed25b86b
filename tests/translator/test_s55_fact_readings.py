"""Fact readings that blocked faithful rewrites of real corpus criteria, and still catch a real change:

- "2 weeks in a row or more" is "≥2 consecutive weeks": the bound after "in a row" is the amount's
  (translator.quantities);
- "not >7 days" is "not more than 7 days" (translator.numbers);
- "twice normal lab values" is "2 times normal lab values" (translator.quantities);
- "classification I or II" names classes with or without the scale's name before it (translator.scales);
- "in Phase 1 and 1 or less in Phase 2": a level is not listed twice (translator.scales);
- "at the time of respiratory syncytial virus (RSV) diagnosis" is "at the time of RSV diagnosis" (translator.anchors);
- "for at least 2 months before the study" is "for a minimum of 2 months before study participation"
  (translator.units: before it, the study is joining it).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import extract_facts

STEROIDS = ("Is on or likely to require treatment with ≥2 consecutive weeks or repeated courses of pharmacologic doses "
            "of corticosteroids (other than inhaled, nasal, or topical)")
ART = ("Participant is ART-naïve (defined as having never received any antiretroviral agent or ≤30 consecutive days of "
       "an investigational antiretroviral agent (excluding an Non-Nucleoside Reverse Transcriptase Inhibitor [NNRTI]) "
       "or ≤60 consecutive days of combination ART not including an NNRTI)")
ART_SAID = ("You are ART-naïve. This means having never received any antiretroviral agent or {a} of an experimental "
            "antiretroviral agent (excluding an Non-Nucleoside Reverse Transcriptase Inhibitor [NNRTI]) or 60 days in "
            "a row or less of combination ART not including an NNRTI.")
ECOG = ("Eastern Cooperative Oncology Group (ECOG) performance status score of ≤ 2 at study entry in Phase 1 and ≤ 1 "
        "in Phase 2;")


@pytest.mark.parametrize(("source", "faithful", "changed", "kind"), [
    # NCT corpus E: "≥2 consecutive weeks" said plainly; the bound dropped is a change
    (STEROIDS,
     "You are on or likely to need treatment with 2 weeks in a row or more or repeated courses of pharmacologic doses "
     "of corticosteroids (other than inhaled, nasal, or topical).",
     "You are on or likely to need treatment with 3 weeks in a row or more or repeated courses of pharmacologic doses "
     "of corticosteroids (other than inhaled, nasal, or topical).", EXC),
    (STEROIDS,
     "You are on or likely to need treatment with 2 weeks in a row or more or repeated courses of pharmacologic doses "
     "of corticosteroids (other than inhaled, nasal, or topical).",
     "You are on or likely to need treatment with 2 weeks in a row or less or repeated courses of pharmacologic doses "
     "of corticosteroids (other than inhaled, nasal, or topical).", EXC),
    # "≤30 consecutive days": "in a row" dropped is a change too (translator.fidelity_qualifiers)
    (ART, ART_SAID.format(a="30 days in a row or less"), ART_SAID.format(a="30 days or less"), INC),
    (ART, ART_SAID.format(a="30 days in a row or less"), ART_SAID.format(a="30 days in a row or more"), INC),
    # "not >7 days" is "not more than 7 days"; "more than 7 days" is not
    ("Women of childbearing potential must have negative serum pregnancy test ≤72 hours and not >7 days prior to "
     "starting study drug.",
     "If you are female and able to become pregnant, you must have negative serum pregnancy test 72 hours or less and "
     "not more than 7 days before starting study drug.",
     "If you are female and able to become pregnant, you must have negative serum pregnancy test 72 hours or less and "
     "more than 7 days before starting study drug.", INC),
    # "exceeding more than twice normal lab values"
    ("Serum aspartate transaminase (AST) and/or alanine aminotransferase (ALT) level exceeding more than twice normal "
     "lab values",
     "Your serum aspartate transaminase (AST) and/or alanine aminotransferase (ALT) level is more than 2 times normal "
     "lab values.",
     "Your serum aspartate transaminase (AST) and/or alanine aminotransferase (ALT) level is more than 3 times normal "
     "lab values.", EXC),
    ("New York Heart Association classification I or II.", "Your NYHA score is classification I or II.",
     "Your NYHA score is classification I or III.", INC),
    (ECOG, "Your ECOG performance status score is 2 or less at study entry in Phase 1 and 1 or less in Phase 2.",
     "Your ECOG performance status score is 2 or less at study entry in Phase 1 and 2 or less in Phase 2.", INC),
    ("Known viral, bacterial, or fungal respiratory co-infection at the time of RSV diagnosis",
     "You are known to have viral, bacterial, or fungal respiratory co-infection at the time of respiratory syncytial "
     "virus (RSV) diagnosis.",
     "You are known to have viral, bacterial, or fungal respiratory co-infection at the time of respiratory syncytial "
     "virus (RSV) screening.", EXC),
    ("Fertile patients must use effective contraception for a minimum of 2 months before and during study "
     "participation",
     "If you could have children, you must use effective birth control for at least 2 months before and during the "
     "study.",
     "If you could have children, you must use effective birth control for at least 2 months after and during the "
     "study.", INC),
    # the bracket gives the same window for another event however long the event's words ("any past … treatment")
    ("More than 4 weeks since prior chemotherapy or radiotherapy (6 weeks for nitrosoureas or mitomycin C)",
     "It has been more than 4 weeks since any past chemotherapy or radiation treatment (6 weeks for nitrosoureas or "
     "mitomycin C).",
     "It has been more than 4 weeks since any past chemotherapy or radiation treatment (8 weeks for nitrosoureas or "
     "mitomycin C).", INC),
    # "IP dosing" is the first dose of the investigational product
    ("receipt of any investigational drug therapy within 6 months prior to IP dosing",
     "You have had any experimental drug treatment within 6 months before investigational product (IP) dosing.",
     "You have had any experimental drug treatment within 6 months after investigational product (IP) dosing.", EXC),
    # "before and at the screening visit": the window before has the visit's anchor too
    ("Maintained plasma HIV-1 RNA < 50 copies/mL for 6 consecutive months prior to and at the time of the screening "
     "visit.",
     "Your plasma HIV-1 RNA has stayed less than 50 copies/mL for 6 consecutive months before and at the screening "
     "visit.",
     "Your plasma HIV-1 RNA has stayed less than 50 copies/mL for 6 consecutive months before and at randomization.",
     INC),
    # ", or after last PSG …" opens a clause; it is no bound "6 months or after"
    ("History of surgical treatment for OSA within past 6 months, or subsequent to last PSG confirmation that OSA is "
     "present;",
     "History of surgical treatment for obstructive sleep apnea (OSA) within past 6 months, or after last PSG "
     "confirmation that OSA is present",
     "History of surgical treatment for obstructive sleep apnea (OSA) within past 9 months, or after last PSG "
     "confirmation that OSA is present", EXC),
    # meeting named criteria spelled out or named by their letters (RECIST)
    ("Patients must meet the Diagnostic and Statistical Manual for Mental Disorders, Fourth Edition Text Revision "
     "(DSM-IV-TR) diagnostic criteria for ADHD.",
     "Patients must meet the Diagnostic and Statistical Manual for mental health conditions, Fourth Edition Text "
     "Revision (DSM-IV-TR) diagnostic criteria for ADHD.",
     "Patients must have the Diagnostic and Statistical Manual for mental health conditions, Fourth Edition Text "
     "Revision (DSM-IV-TR) diagnostic criteria for ADHD.", INC),
    ("At least one unidimensionally measurable lesion meeting Response Evaluation Criteria in Solid Tumors (Revised "
     "RECIST guideline version 1.1)",
     "You have at least one unidimensionally measurable lesion meeting RECIST (Revised RECIST guideline version 1.1).",
     "You have at least two unidimensionally measurable lesions meeting RECIST (Revised RECIST guideline version "
     "1.1).", INC),
])
def test_the_faithful_wording_passes_and_the_change_is_found(
    source: str, faithful: str, changed: str, kind: SectionKind
) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, changed, kind) != []


@pytest.mark.parametrize(("text", "key"), [
    ("2 weeks in a row or more", "value|>=|2||week||"),
    ("30 days in a row or less", "value|<=||30|day||"),
    ("not >7 days", "value|<=||7|day||"),
    ("not <18 years", "value|>=|18||year||"),
    ("more than twice normal", "value|>|2||x normal||"),
    ("classification I or II", "value|range|1|2|class||"),
    ("in Phase 1 and 1 or less", "value|=|1||phase||"),
])
def test_the_reading(text: str, key: str) -> None:
    assert extract_facts(text)[0].key == key


def test_a_time_before_the_study_is_not_one_during_it() -> None:
    # "before" and "during" stay apart: only windows before the study join it with joining the study
    source = "Use effective contraception for 2 months before study participation"
    assert checks(source, "You use effective birth control for 2 months before the study.", INC) == []
    assert checks(source, "You use effective birth control for 2 months during the study.", INC) != []

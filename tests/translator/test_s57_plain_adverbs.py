"""Session 57 (plain34): "potentially" → "possibly", a closing "immediately" → "right away"
(translator.offline_plain_adverbs), on corpus criteria; and where each stays."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_possibly_and_right_away() -> None:
    # NCT02478125
    assert said("Any psychological, familial, sociological, or geographical condition that could potentially interfere "
                "with compliance with the study protocol and follow-up schedule.", EXC) == (
        "You have any psychological, familial, sociological, or geographical condition that could possibly get in the "
        "way of compliance with the study plan and follow-up schedule."
    )
    # NCT02058108
    assert said("Patient receiving any drugs potentially associated with myopathy within 3 months prior to screening",
                EXC) == "You are getting any drugs possibly linked to myopathy in the 3 months before screening."
    # a pregnancy note (as in NCT02687009): the doctor is told at once
    assert said("If a participant becomes pregnant during the study, she should inform her treating physician "
                "immediately.", INC).endswith("she should inform her treating doctor right away.")


def test_fixed_terms_and_a_nearness_stay() -> None:
    # a treatment given to cure; a woman able to have a child (NCT00867451, shortened); "immediately" before a word
    # says how near
    assert "potentially curative" in said("Patient has had potentially curative treatment for the cancer.", EXC)
    assert "potentially able to get pregnant" in said(
        "Female subjects who are potentially able to become pregnant must use adequate contraception.", INC
    )
    assert "immediately life-threatening" in said("Immediately life-threatening illness", EXC).lower()

"""Phrases that must stay whole: "for agents such as mitomycin" (the examples say which agents the window is for:
translator.offline_sentences), "the principal or site investigator" (translator.offline_plain), a list of judges
(translator.offline_plain_clauses, translator.offline_asides) and a noun two adjectives share ("medical or surgical
intervention")."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


def test_examples_that_say_which_agents_stay_in_their_sentence() -> None:
    # NCT00522938: "within the last 6 weeks for agents. For example, mitomycin." would time every agent at 6 weeks
    source = (
        "Treatment with cytotoxic agents within the last 3 or 4 weeks, depending on the usual frequency of "
        "administration of the regimen, or within the last 6 weeks for agents such as mitomycin."
    )
    assert said(source, SectionKind.EXCLUSION) == (
        "You have had treatment with cytotoxic agents within the last 3 or 4 weeks, depending on the usual frequency "
        "of administration of the regimen, or within the last 6 weeks for agents such as mitomycin."
    )


def test_examples_of_a_named_kind_still_make_a_sentence() -> None:
    # NCT00459381: the head names its kind ("Erectile dysfunction agents"), so it says something on its own
    source = "Erectile dysfunction agents (e.g., sildenafil, tadalafil, or vardenafil)"
    assert said(source, SectionKind.EXCLUSION) == (
        "Erectile dysfunction agents. For example, sildenafil, tadalafil, or vardenafil."
    )


def test_the_principal_or_site_investigator_stays() -> None:
    # NCT01846507: "the principal or study doctor" would leave "principal" with no noun
    source = "Diagnosis of HMB based on the medical judgment of the principal or site investigator"
    assert said(source, SectionKind.INCLUSION) == (
        "You have been diagnosed with HMB based on the medical judgment of the principal or site investigator."
    )


def test_the_site_investigator_alone_is_the_study_doctor() -> None:
    source = "Diagnosis of HMB based on the medical judgment of the site investigator"
    assert said(source, SectionKind.INCLUSION) == (
        "You have been diagnosed with HMB based on the medical judgment of the study doctor."
    )


def test_a_list_of_judges_stays_one_judgement() -> None:
    # NCT01464112: "in the study doctor's view, medical monitor, or …" then moved out as "The study doctor decides
    # this." left "that medical monitor, or consultant cardiologist, may place …" with no "in the opinion of"
    source = (
        "Any other cardiac abnormality that, in the opinion of the investigator, medical monitor, or consultant "
        "cardiologist, may place the patient at an unacceptably increased risk with study drug"
    )
    assert said(source, SectionKind.EXCLUSION) == (
        "Any other heart abnormality that, in the view of the study doctor, medical monitor, or consultant "
        "cardiologist, may place the patient at an unacceptably increased risk with study drug"
    )


def test_one_judge_before_a_list_of_risks_still_moves() -> None:
    source = (
        "Subjects who, in the opinion of the Investigator, represent poor medical, psychological or psychiatric "
        "risks, and for whom participation in an investigational trial would be unwise."
    )
    assert said(source, SectionKind.EXCLUSION) == (
        "Subjects who represent poor medical, psychological or mental health risks, and for whom taking part in an "
        "experimental trial would be unwise. The study doctor decides this."
    )


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # "surgical" shares "intervention" with "medical": "need medical or surgery" would leave "medical" bare
            "Concurrent disease in the study eye that could compromise visual acuity or require medical or surgical "
            "intervention during the first 6 months",
            "You have concurrent disease in the study eye that could compromise visual acuity or need medical or "
            "surgical intervention during the first 6 months.",
        ),
        (
            "Prior medical and/or surgical intervention for the disease",
            "You have had medical and/or surgical intervention for the disease.",
        ),
        # a noun before "or" shares nothing: the plain word stays
        ("Major trauma or surgical procedure within 4 weeks", "Major trauma or surgery within 4 weeks"),
    ],
)
def test_a_shared_noun_stays_after_medical(source: str, bullet: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == bullet

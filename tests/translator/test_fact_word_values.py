"""Values said only in words: stage words, a suppressed virus, a pregnancy's count (`translator.fact_word_values`),
on invented criteria."""

from __future__ import annotations

import pytest

from translator.facts import FactKind, extract_facts
from translator.fidelity import restated
from translator.phrasing import phrase


def labels(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.label) for f in extract_facts(text) if f.kind is FactKind.VALUE and f.label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Women with early-stage breast cancer", [("early-stage", "early stage")]),
        ("Extensive stage small cell lung cancer", [("Extensive stage", "extensive stage")]),
        ("Localised stage prostate cancer", [("Localised stage", "localized stage")]),
        (
            "Advanced or distant metastatic stage of colon cancer",
            [("Advanced", "advanced stage"), ("distant metastatic stage", "metastatic stage")],
        ),
        (
            "Limited-stage or extensive-stage disease",
            [("Limited-stage", "limited stage"), ("extensive-stage", "extensive stage")],
        ),
    ],
)
def test_a_stage_in_words_is_a_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On a stable antiretroviral regimen with suppressed HIV viral load", [("suppressed", "viral suppression")]),
        ("Virologically suppressed on current therapy", [("Virologically suppressed", "viral suppression")]),
        ("Documented viral suppression for 6 months", [("viral suppression", "viral suppression")]),
        ("Plasma HIV-1 viral load is suppressed", [("is suppressed", "viral suppression")]),
        ("Singleton pregnancy at 24 to 34 weeks", [("Singleton pregnancy", "singleton pregnancy")]),
        ("Single or twin gestation", [("Single", "singleton pregnancy"), ("twin gestation", "twin pregnancy")]),
        ("Triplet pregnancies", [("Triplet pregnancies", "triplet pregnancy")]),
    ],
)
def test_a_suppressed_virus_and_a_pregnancys_count_are_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prior ovarian suppression with a GnRH agonist",  # a treatment, not a virus held down
        "Immunosuppressed patients",
        "History of multiple pregnancies",  # pregnancies one after another, not a multifetal one
        "Single dose of the study drug",
        "Patients in the late stage of the disease",  # the lexicon's wording of AIDS says "the late stage"
        "Stage of disease not known",
    ],
)
def test_words_near_them_are_no_value(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Early-stage breast cancer",
        "Advanced or metastatic stage",
        "Single or twin pregnancies",
        "Virologically suppressed on therapy",
    ],
)
def test_the_words_are_phrased_back_to_the_same_fact(text: str) -> None:
    for fact in extract_facts(text):
        assert restated(fact, extract_facts(phrase(fact))), (fact.key, phrase(fact))


def test_a_bullet_that_drops_a_stage_word_loses_a_fact() -> None:
    source = [f for f in extract_facts("Early-stage breast cancer") if f.kind is FactKind.VALUE]
    assert source
    assert not any(restated(f, extract_facts("You have breast cancer.")) for f in source)
    assert all(restated(f, extract_facts("You have early stage breast cancer.")) for f in source)

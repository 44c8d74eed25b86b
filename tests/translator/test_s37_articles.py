"""Articles for the countable singular a reader's sentence opens on (session 36, translator.offline_head_articles):
"You have an active infection", "You have another uncontrolled illness". Real corpus cases that change, and near
cases that keep their words: a plural, "(s)", a compound noun, a health history, a negation."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_head_articles import head_articles

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT00275028, NCT00093704: "other" before one countable thing is "another"
        ("Uncontrolled intercurrent illness", EXCLUSION, "You have an uncontrolled intercurrent illness."),
        ("other uncontrolled illness", EXCLUSION, "You have another uncontrolled illness."),
        # NCT00349219: two describing words joined by "or"
        (
            "Known or suspected hypersensitivity to any of the study drugs.",
            EXCLUSION,
            "You have a known or suspected allergy to any of the study drugs.",
        ),
        # NCT00351039: "history" takes its article with the "of" that makes it one
        (
            "Patients with history of hemoptysis, hematemesis, coagulopathy or thrombosis will be excluded.",
            EXCLUSION,
            "You have a history of coughing up blood, hematemesis, coagulopathy or thrombosis.",
        ),
        # NCT00443690: a compound noun ("brain tumor") after "You have had"
        ("History of brain tumor of any etiology", EXCLUSION, "You have had a brain tumor of any cause."),
        # NCT02300298: a measure the reader has is said as the reader's (offline_measured_reader)
        (
            "Patients who have life expectancy of at least 3 months",
            INCLUSION,
            "You are expected to live at least 3 months.",
        ),
        # NCT03590860: "an" before a vowel
        (
            "Have abnormality in the 12-lead electrocardiogram (ECG) which increases study risk",
            INCLUSION,
            "You have an abnormality in the 12-lead electrocardiogram (ECG) which increases study risk.",
        ),
        # NCT04780282
        (
            "Having a history of fracture in the shoulder area",
            INCLUSION,
            "You have had a fracture in the shoulder area.",
        ),
    ],
)
def test_a_countable_singular_after_the_readers_verb_gets_its_article(
    source: str, kind: SectionKind, plain: str
) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "text",
    [
        "You have measurable lesion(s) per RECIST.",  # one or more: no article fits
        "You have serious infection(s) or illness(es).",
        "You have active infections.",  # a plural
        "You have tumor markers above normal.",  # the noun is half of a compound
        "You have a health history of lung disease.",  # "a" is there already
        "You have had no serious infection.",  # a negation keeps its word
        "You have any active infection.",
        "You have heart disease.",  # not a countable noun of the list
        "You have hypersensitivity to penicillin.",
    ],
)
def test_near_cases_keep_their_words(text: str) -> None:
    assert head_articles(text) == text


def test_health_history_keeps_its_words() -> None:
    assert head_articles("You have health history of lung disease.") == "You have health history of lung disease."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You have unilateral stroke.", "You have a unilateral stroke."),  # an adjective by its ending, "a" by sound
        ("You have an uncontrolled infection.", "You have an uncontrolled infection."),
        ("You have uncontrolled infection.", "You have an uncontrolled infection."),
        ("You have had stroke or heart attack.", "You have had a stroke or heart attack."),
        ("You have never had stroke.", "You have never had a stroke."),
    ],
)
def test_a_or_an_by_sound(text: str, expected: str) -> None:
    assert head_articles(text) == expected

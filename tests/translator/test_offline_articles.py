"""The offline backend's last pass on a bullet: "a" or "an" as the next word is said."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_articles import fit_articles


@pytest.mark.parametrize(
    ("text", "fitted"),
    [
        ("You have a established diagnosis.", "You have an established diagnosis."),
        ("You take part in a interventional study.", "You take part in an interventional study."),
        ("treatment with an mechanistic target", "treatment with a mechanistic target"),
        ("testing with an forced expiratory volume", "testing with a forced expiratory volume"),
        ("A established rule. An life-threatening illness.", "An established rule. A life-threatening illness."),
        ("You had a eGFR test.", "You had an eGFR test."),
    ],
)
def test_an_article_is_fitted_to_the_sound_of_the_next_word(text: str, fitted: str) -> None:
    assert fit_articles(text) == fitted


@pytest.mark.parametrize(
    "text",
    [
        # the sound is not in the spelling
        "an hour", "a history", "a unit", "an ulcer", "a one-month interval", "a eukaryotic cell",
        "a NICU stay", "an MRI",  # capitals: said as a word or as letters
        "vitamin A or E", "Group A either", "hepatitis a or b", "either a or b below",  # a letter, not an article
        "ALT and A at least 2 times", "agents such a ephedrine",  # no noun after it: a slip of the source
        "(a) abnormal", "type-a insulin",
    ],
)
def test_an_article_is_left_where_the_spelling_does_not_settle_it(text: str) -> None:
    assert fit_articles(text) == text


def test_the_backend_fits_an_article_its_own_rules_left_before_the_wrong_word() -> None:
    # the noun opening put "a" before "established"; "concurrent" moved to "at the same time"; the lexicon spelled
    # out "mTOR" after "an"
    assert said("Established diagnosis of diabetes", SectionKind.INCLUSION) == (
        "You have an established diagnosis of diabetes."
    )
    assert said("Patient is participating in a concurrent interventional study") == (
        "You are taking part in an interventional study at the same time."
    )
    assert said("Prior treatment with an mTOR inhibitor") == (
        "You have had treatment with a mechanistic target of rapamycin (mTOR) inhibitor."
    )

"""The list-item check reads only what it needs (a criterion with no list, or with every item said, tokenises no
bullet), and an item of three or more words that no bullet says is left out even where its neighbours are reworded."""

from __future__ import annotations

import pytest

from translator import fidelity_items
from translator.fidelity_items import dropped_items


def dropped(source: str, bullet: str) -> list[str]:
    return [source[start:end].strip() for start, end in dropped_items(source, [bullet])]


@pytest.mark.parametrize(("source", "bullet"), [
    ("Signed informed consent", "You have signed the consent form."),  # no list
    ("Psoriasis, eczema or rosacea", "You have psoriasis, eczema or rosacea."),  # every item said
])
def test_bullets_are_tokenised_only_when_an_item_needs_it(source: str, bullet: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(sentence: str) -> tuple[()]:
        raise AssertionError(f"tokenised {sentence!r}")

    monkeypatch.setattr(fidelity_items, "_tokens", refuse)
    assert dropped(source, bullet) == []


def test_the_same_sentence_is_tokenised_once() -> None:
    fidelity_items._tokens.cache_clear()
    for _ in range(3):
        assert dropped("Psoriasis, eczema or rosacea", "You have psoriasis or rosacea.") == ["eczema"]
    assert fidelity_items._tokens.cache_info().misses == 1


@pytest.mark.parametrize(("source", "bullet", "item"), [
    # The neighbours are reworded ("an operation or radiation treatment before"), so no gap shows; the item's three
    # words are all gone.
    ("Prior surgery, radiotherapy, or autologous marrow transplantation",
     "You have had an operation or radiation treatment before.", "autologous marrow transplantation"),
])
def test_an_item_of_three_words_none_said_is_left_out_without_a_gap(source: str, bullet: str, item: str) -> None:
    assert dropped(source, bullet) == [item]


@pytest.mark.parametrize(("source", "bullet"), [
    # A word of its own kept: reworded.
    ("Psoriasis, eczema, or cold-induced urticaria", "You have psoriasis, eczema or hives brought on by cold."),
    # Two words reworded whole are left to the gap: a rewrite does that.
    ("Diabetes, or hay fever", "You have diabetes or seasonal allergies."),
])
def test_an_item_reworded_is_not_reported(source: str, bullet: str) -> None:
    assert dropped(source, bullet) == []

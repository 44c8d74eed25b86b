"""The list-item check reads only what it needs: a criterion with no list, or with every item said, tokenises no
bullet, and a bullet's sentence is tokenised once however many criteria and planted errors read it."""

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
    dropped_items.cache_clear()  # the answers too (translator.text_memo), or an earlier test's would be given
    for _ in range(3):
        assert dropped("Psoriasis, eczema or rosacea", "You have psoriasis or rosacea.") == ["eczema"]
    assert fidelity_items._tokens.cache_info().misses == 1

"""The planted "clause_dropped" never leaves out only words of a lexicon definition the bullet carries: a paraphrase
may define a term in its own sentence, and a word of that definition left out loses nothing the source says."""

from __future__ import annotations

from tests.evals.test_mutations_clauses24 import _planted

MMSE = "Mini-Mental State Examination (MMSE) score of 20 or less"


def test_a_word_of_a_definition_is_not_planted() -> None:
    # NCT02550665's paraphrase: "thinking" is only the lexicon's definition of the MMSE, not the source's
    bullet = "Your score on the Mini-Mental State Examination (MMSE), a test of memory and thinking, is 20 or lower."
    planted = _planted(MMSE, bullet, "inclusion")
    assert not any("memory, is" in text or "memory and thinking" not in text for text in planted)


def test_a_word_the_source_says_is_still_planted() -> None:
    planted = _planted("History of stroke, dementia or seizures", "You have had a stroke, dementia or seizures.")
    assert "You have had a stroke or seizures." in planted

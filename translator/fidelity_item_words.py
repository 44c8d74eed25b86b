"""The words of a list item that say what a criterion is about: a medical term, a medicine's name, a rare word.

`translator.fidelity_items` reports an item that keeps some of its words and loses one of these; an item that changes
only everyday words is reworded, not left out.
"""

from __future__ import annotations

from functools import lru_cache

from translator.fidelity_content import MEDICINE
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry
from translator.syllables import english_words

# A word that says what a criterion is about, not how: a lexicon term of a medical kind, a medicine's name, or a
# word no general English dictionary has ("cobicistat", "periocular"). Everyday words ("receiving", "associated
# with") are what a plain rewrite changes one at a time, so an item that keeps some of its words and changes such a
# word is reworded, not left out.
_MEDICAL_KINDS = frozenset({"anatomy", "condition", "drug", "drug_class", "gene", "lab", "procedure", "symptom",
                            "test", "treatment"})


def rare(word: str) -> bool:
    """A medicine's name, or a word no general English dictionary has ("bronchiectasis", "pneumoconiosis"); a
    name's possessive is the name ("Bazett's formula")."""
    word = word.removesuffix("'s").removesuffix("’s")
    return bool(MEDICINE.fullmatch(word)) or (
        len(word) >= 5 and word.isalpha() and not word.isupper() and word.casefold() not in english_words())


def specific(source: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` of `source` is rare, or part of a medical term of the lexicon."""
    return rare(source[start:end]) or any(a <= start and end <= b for a, b in _medical_terms(source))


@lru_cache(maxsize=1024)
def _medical_terms(source: str) -> tuple[tuple[int, int], ...]:
    """The spans of `source`'s lexicon terms of a medical kind: looked up once per source, not once per word."""
    return tuple((m.start, m.end) for m in Lexicon.load().find(source)
                 if isinstance(m.entry, TermEntry) and m.entry.kind.value in _MEDICAL_KINDS)

"""The review queue's search through the trigram index of the studies' search text (migration 0008).

A search keeps the studies whose search text contains every word typed, in any case. On SQLite a rare word is
looked up in the FTS5 trigram table; the "contains" the search always was stays beside the lookup, so the index
only narrows what is read and the answer is the same. The lookup costs in proportion to the studies that match, a
read of the rows in proportion to the queue: a word that most studies contain ("nct", "cancer") is read row by row,
as is a word of fewer than three characters, which has no trigram to look up. Whether a word is rare is read from
the index's own term counts (`studies_search_terms`): no study can hold more of the word than of its rarest
trigram. PostgreSQL needs nothing here: its planner chooses between its trigram index and the rows itself.

Measured by bench/scale.py on a store 20 times the corpus (53,800 studies): a rare word 483 ms → 24 ms; by
hand on that store, "cancer" (one study in six) took 497 ms through the index and 329 ms row by row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, column, func, select, table, text
from sqlalchemy.orm import Session

from service.tables import StudyRow

_INDEX = table("studies_search", column("nct_id"), column("search_text"))
_SHORTEST = 3  # characters: a trigram
# the share of studies up to which a word is looked up in the index: by hand on the 20x store, a word in 7% of the
# studies took 231 ms through the index and 302 ms row by row, one in 17% 497 ms and 329 ms
_RARE = 0.05
_RAREST_TRIGRAM = text("SELECT count(*), min(doc) FROM studies_search_terms WHERE term IN :terms").bindparams(
    bindparam("terms", expanding=True)
)


def trigrams_available() -> bool:
    """Whether this SQLite has FTS5's trigram tokenizer (3.34 and later; Python's own build has FTS5)."""
    return sqlite3.sqlite_version_info >= (3, 34, 0)


def word_filters(session: Session, words: Sequence[str]) -> list[ColumnElement[bool]]:
    """One condition per word (lower-case, no NUL): the studies whose search text contains it."""
    if not words or not has_index(session):
        return [contains_word(word, indexed=False) for word in words]
    studies = session.scalar(select(func.count()).select_from(StudyRow)) or 0
    return [contains_word(word, indexed=_rare(session, word, studies)) for word in words]


def has_index(session: Session) -> bool:
    """Whether the store has the SQLite search table: migration 0008 leaves it out where SQLite is too old for
    trigrams, and a store migrated there keeps reading rows even when opened by a newer SQLite later."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'studies_search'"))
    return found.first() is not None


def contains_word(word: str, *, indexed: bool) -> ColumnElement[bool]:
    """Studies whose search text contains `word`, through the SQLite index when `indexed`."""
    contains = StudyRow.search_text.contains(word, autoescape=True)  # "%" and "_" are characters to find
    if not indexed or len(word) < _SHORTEST:
        return contains
    return StudyRow.nct_id.in_(_matching(word)) & contains


def _rare(session: Session, word: str, studies: int) -> bool:
    """Whether at most `_RARE` of the `studies` can contain `word`: as many as contain its rarest trigram, none
    if one of its trigrams is in no study."""
    trigrams = {word[i : i + _SHORTEST] for i in range(len(word) - _SHORTEST + 1)}
    if not trigrams:
        return False
    found, fewest = session.execute(_RAREST_TRIGRAM, {"terms": sorted(trigrams)}).one()
    return bool(found < len(trigrams) or fewest <= _RARE * studies)


def _matching(word: str) -> Select[Any]:
    # one FTS5 phrase: inside double quotes every character is literal but the quote, which doubles
    phrase = '"' + word.replace('"', '""') + '"'
    return select(_INDEX.c.nct_id).where(_INDEX.c.search_text.match(phrase))

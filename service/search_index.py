"""The review queue's search through the trigram index of the studies' search text (migration 0008).

A word of three characters or more is looked up in SQLite's FTS5 trigram table, which finds the studies whose
search text contains it in any case; the "contains" the search always was stays beside it, so the index only
narrows what is read and the answer is the same. Shorter words have no trigram to look up and are read row by
row. PostgreSQL needs nothing here: its trigram index serves the LIKE of "contains" itself.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import ColumnElement, Select, column, select, table, text
from sqlalchemy.orm import Session

from service.tables import StudyRow

_INDEX = table("studies_search", column("nct_id"), column("search_text"))
_SHORTEST = 3  # characters: a trigram


def trigrams_available() -> bool:
    """Whether this SQLite has FTS5's trigram tokenizer (3.34 and later; Python's own build has FTS5)."""
    return sqlite3.sqlite_version_info >= (3, 34, 0)


def has_index(session: Session) -> bool:
    """Whether the store has the SQLite search table: migration 0008 leaves it out where SQLite is too old for
    trigrams, and a store migrated there keeps reading rows even when opened by a newer SQLite later."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'studies_search'"))
    return found.first() is not None


def contains_word(word: str, *, indexed: bool) -> ColumnElement[bool]:
    """Studies whose search text contains `word` (lower-case, no NUL), through the SQLite index when `indexed`."""
    contains = StudyRow.search_text.contains(word, autoescape=True)  # "%" and "_" are characters to find
    if not indexed or len(word) < _SHORTEST:
        return contains
    return StudyRow.nct_id.in_(_matching(word)) & contains


def _matching(word: str) -> Select[Any]:
    # one FTS5 phrase: inside double quotes every character is literal but the quote, which doubles
    phrase = '"' + word.replace('"', '""') + '"'
    return select(_INDEX.c.nct_id).where(_INDEX.c.search_text.match(phrase))

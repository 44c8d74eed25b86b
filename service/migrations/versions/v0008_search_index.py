"""The review queue's search reads an index of the studies' search text instead of every pending study's.

A queue search keeps the studies whose search text contains every word typed (a substring, any case: "diab" finds
"diabetes"). Read row by row, a rare word costs a read of every pending study: 20 times longer on a store 20 times
the corpus (bench/scale.py). Both databases have a trigram index, which answers "contains" from the index:

- SQLite: an FTS5 table with the trigram tokenizer (SQLite 3.34+), `studies_search`, kept by triggers on `studies`.
  Its rowid is the number of the NCT id, not the study's rowid, which VACUUM may renumber in a table without an
  INTEGER PRIMARY KEY. Beside it, `studies_search_terms` (fts5vocab) counts the studies holding each trigram, so
  that only a rare word is looked up there (service.search_index).
- PostgreSQL: a GIN index with pg_trgm's operator class on `studies.search_text`, which the planner uses for the
  LIKE that the search already is. pg_trgm ships with PostgreSQL; where the role may not create the extension, the
  index is left out and the search reads rows as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from service.search_index import trigrams_available

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# only well-formed ids are indexed: the rowid is their number (records refuse any other id since this revision)
_WELL_FORMED = "GLOB 'NCT[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"
_ADD_NEW = (
    "INSERT INTO studies_search(rowid, nct_id, search_text) SELECT CAST(substr(new.nct_id, 4) AS INTEGER), "
    f"new.nct_id, new.search_text WHERE new.nct_id {_WELL_FORMED};"
)
_DROP_OLD = "DELETE FROM studies_search WHERE rowid = CAST(substr(old.nct_id, 4) AS INTEGER) AND nct_id = old.nct_id;"
_SQLITE = [
    "CREATE VIRTUAL TABLE studies_search USING fts5(nct_id UNINDEXED, search_text, tokenize = 'trigram')",
    # how many studies hold each trigram: whether a word is rare enough to look up (service.search_index)
    "CREATE VIRTUAL TABLE studies_search_terms USING fts5vocab(studies_search, row)",
    "INSERT INTO studies_search(rowid, nct_id, search_text) SELECT CAST(substr(nct_id, 4) AS INTEGER), nct_id, "
    f"search_text FROM studies WHERE nct_id {_WELL_FORMED}",
    f"CREATE TRIGGER studies_search_insert AFTER INSERT ON studies BEGIN {_ADD_NEW} END",
    f"CREATE TRIGGER studies_search_delete AFTER DELETE ON studies BEGIN {_DROP_OLD} END",
    "CREATE TRIGGER studies_search_update AFTER UPDATE OF nct_id, search_text ON studies "
    f"BEGIN {_DROP_OLD} {_ADD_NEW} END",
]
PG_INDEX = "ix_studies_search_trgm"  # service.tables.SEARCH_INDEX_PG


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if not trigrams_available():
            return  # the search reads rows, as before this revision (service.search_index.has_index)
        for statement in _SQLITE:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            return  # not allowed here or not installed: the search reads rows, as before this revision
        op.execute(f"CREATE INDEX {PG_INDEX} ON studies USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS studies_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS studies_search_terms")
        op.execute("DROP TABLE IF EXISTS studies_search")
    elif bind.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")

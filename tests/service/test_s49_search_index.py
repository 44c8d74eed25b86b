"""The review queue's search through the trigram index (migration 0008), on SQLite and PostgreSQL: the same answers
as reading every study's search text, kept up to date as studies change, and used by the query plan."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from service import db, store
from service.search_index import contains_word, has_index, word_filters
from service.studies import search_text
from service.tables import StudyRow
from tests.service.store_samples import findings, make_study, translate


@pytest.fixture
def engine(empty_database: URL) -> Iterator[Engine]:
    engine = db.make_engine(empty_database)
    db.upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def _fill(engine: Engine, records: list[dict[str, Any]]) -> None:
    with db.session_factory(engine)() as session:
        for raw in records:
            study = make_study(raw)
            store.ingest_study(session, study, actor="loader")
            store.add_translation(session, study.nct_id, translate(study), findings(), actor="bot")


def _found(session: Session, search: str) -> list[str]:
    return sorted(entry.translation.nct_id for entry in store.review_queue(session, limit=100, search=search).items)


def _read_row_by_row(session: Session, word: str) -> list[str]:
    # what the search was before the index: "contains" on every study's text
    return sorted(session.scalars(select(StudyRow.nct_id).where(StudyRow.search_text.contains(word, autoescape=True))))


def test_the_index_finds_what_reading_every_row_finds(engine: Engine, records: list[dict[str, Any]]) -> None:
    _fill(engine, records[:12])
    with db.session_factory(engine)() as session:
        texts = session.scalars(select(StudyRow.search_text)).all()
        words = {w for t in texts for w in t.split()}
        # whole words, pieces inside words ("iabet"), and text FTS5 would read as its own syntax
        probes = sorted(words)[::7] + [w[1:-1] for w in sorted(words)[::11] if len(w) > 4]
        probes += ['"', 'a"b', "and", "or", "not", "*", "nct0*", "(", "-", "^x", ":", "near", "%", "_", "ab"]
        checked = 0
        indexed = session.get_bind().dialect.name == "sqlite"
        for word in probes:
            expected = _read_row_by_row(session, word.lower())
            assert _found(session, word) == expected, word
            # through the index whatever the word's share (the queue looks up only the rare ones)
            through = select(StudyRow.nct_id).where(contains_word(word.lower(), indexed=indexed))
            assert sorted(session.scalars(through)) == expected, word
            checked += bool(expected)
        assert checked > 20


def test_the_index_follows_a_changed_title_and_a_deleted_study(engine: Engine, records: list[dict[str, Any]]) -> None:
    _fill(engine, records[:3])
    raw = copy.deepcopy(records[1])
    raw["protocolSection"]["identificationModule"]["briefTitle"] = "Zorblaxine for Quixotic Flutter"
    nct_id = raw["protocolSection"]["identificationModule"]["nctId"]
    old_title = records[1]["protocolSection"]["identificationModule"]["briefTitle"]
    kept = search_text(make_study(raw))  # the official title and the conditions stay
    old_word = next(
        w.lower()
        for w in old_title.split()
        if len(w) > 5 and w.lower() not in kept and not _elsewhere(engine, w.lower(), nct_id)
    )
    with db.session_factory(engine)() as session:
        assert _found(session, old_word) == [nct_id]
        store.ingest_study(session, make_study(raw), actor="loader")
        assert _found(session, "blaxine flutt") == [nct_id]
        assert _found(session, old_word) == []
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM translations WHERE nct_id = :n"), {"n": nct_id})
        connection.execute(text("DELETE FROM studies WHERE nct_id = :n"), {"n": nct_id})
        if connection.dialect.name == "sqlite":
            left = connection.execute(text("SELECT nct_id FROM studies_search ORDER BY nct_id")).scalars().all()
            assert left == sorted(r["protocolSection"]["identificationModule"]["nctId"] for r in records[:3:2])
            hits = connection.execute(text("SELECT count(*) FROM studies_search WHERE search_text MATCH '\"blaxine\"'"))
            assert hits.scalar() == 0


def _elsewhere(engine: Engine, word: str, nct_id: str) -> bool:
    with db.session_factory(engine)() as session:
        return any(found != nct_id for found in _read_row_by_row(session, word))


def test_the_migration_indexes_studies_stored_before_it(engine: Engine, records: list[dict[str, Any]]) -> None:
    _fill(engine, records[:3])
    nct_id = records[2]["protocolSection"]["identificationModule"]["nctId"]
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "0007")
    with engine.connect() as connection:
        tables = {name for (name,) in connection.execute(text(_TABLES[connection.dialect.name]))}
        assert not {name for name in tables if "studies_search" in name}
    db.upgrade(engine)
    with db.session_factory(engine)() as session:
        assert _found(session, nct_id.lower()[2:]) == [nct_id]


_TABLES = {
    "sqlite": "SELECT name FROM sqlite_master",
    "postgresql": "SELECT indexname FROM pg_indexes WHERE tablename = 'studies'",
}


def test_the_query_plan_reads_the_index(engine: Engine, records: list[dict[str, Any]]) -> None:
    _fill(engine, records[:3])
    with engine.connect() as connection:
        dialect = connection.dialect.name
        query = select(StudyRow.nct_id).where(contains_word("diabetes", indexed=dialect == "sqlite"))
        compiled = query.compile(connection, compile_kwargs={"literal_binds": True})
        if dialect == "sqlite":
            plan = " ".join(str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            assert "studies_search VIRTUAL TABLE INDEX" in plan, plan
            short = select(StudyRow.nct_id).where(contains_word("ab", indexed=True))  # no trigram in two letters
            assert "studies_search" not in str(short.compile(connection))
        else:
            # a table this small is read whole unless sequential scans are ruled out: the index must serve the LIKE
            connection.execute(text("SET enable_seqscan = off"))
            plan = " ".join(row[0] for row in connection.execute(text(f"EXPLAIN {compiled}")))
            assert "ix_studies_search_trgm" in plan, plan


def test_a_store_without_the_index_still_searches(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    """Where SQLite is too old for trigrams, migration 0008 leaves the table out; the search then reads rows."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    db.upgrade(engine)
    _fill(engine, records[:3])
    nct_id = records[1]["protocolSection"]["identificationModule"]["nctId"]
    with engine.begin() as connection:
        for trigger in ("insert", "delete", "update"):
            connection.execute(text(f"DROP TRIGGER studies_search_{trigger}"))
        connection.execute(text("DROP TABLE studies_search_terms"))
        connection.execute(text("DROP TABLE studies_search"))
    with db.session_factory(engine)() as session:
        assert not has_index(session)
        assert _found(session, nct_id.lower()) == [nct_id]
    engine.dispose()


def test_only_a_rare_word_is_looked_up_in_the_index(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    """A word most studies hold costs less read row by row than looked up (service.search_index._RARE)."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    db.upgrade(engine)
    _fill(engine, records[:30])
    rare = records[3]["protocolSection"]["identificationModule"]["nctId"].lower()
    with db.session_factory(engine)() as session:
        common, looked_up, absent, short = (
            str(condition.compile(session.get_bind()))
            for condition in word_filters(session, ["nct", rare, "zqxj", "nc"])
        )
        assert "studies_search" not in common and "studies_search" in looked_up  # in all 30 / in one
        assert "studies_search" in absent  # a trigram no study holds: nothing to read
        assert "studies_search" not in short
        assert len(_found(session, "nct")) == 30 and _found(session, rare) == [rare.upper()]
    engine.dispose()

"""Engines, migrations and settings of the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import URL

from service import db, store
from service.settings import ServiceSettings
from service.studies import search_text
from service.tables import Base, StudyRow, compared
from tests.service.store_samples import findings, make_study, translate

TABLES = {"studies", "translations", "audit_events", "api_tokens"}


def head() -> str:
    revision = ScriptDirectory.from_config(db.alembic_config()).get_current_head()
    assert revision is not None
    return revision


def test_upgrade_reaches_head_on_empty_database(empty_database: URL) -> None:
    db.upgrade(empty_database)
    engine = db.make_engine(empty_database)
    try:
        assert db.current_revision(engine) == head()
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_upgrade_is_idempotent_when_already_at_head(empty_database: URL) -> None:
    db.upgrade(empty_database)
    db.upgrade(empty_database)
    engine = db.make_engine(empty_database)
    try:
        assert db.current_revision(engine) == head()
    finally:
        engine.dispose()


def test_migrations_match_the_orm_tables_after_upgrade(empty_database: URL) -> None:
    db.upgrade(empty_database)
    engine = db.make_engine(empty_database)
    try:
        with engine.connect() as connection:
            opts = {"compare_type": True, "include_object": compared(connection.dialect.name)}
            context = MigrationContext.configure(connection, opts=opts)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_downgrade_to_base_drops_everything(empty_database: URL) -> None:
    engine = db.make_engine(empty_database)
    try:
        db.upgrade(engine)
        with engine.begin() as connection:
            command.downgrade(db.alembic_config(connection), "base")
        assert not TABLES & set(inspect(engine).get_table_names())
        db.upgrade(engine)
        assert db.current_revision(engine) == head()
    finally:
        engine.dispose()


def test_current_revision_is_none_before_any_migration(empty_database: URL) -> None:
    engine = db.make_engine(empty_database)
    try:
        assert db.current_revision(engine) is None
    finally:
        engine.dispose()


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'store.db'}", busy_timeout_ms=1234)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    finally:
        engine.dispose()


def test_sqlite_file_folder_is_created_on_demand(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "store.db"
    engine = db.make_engine(f"sqlite:///{target}")
    try:
        db.upgrade(engine)
    finally:
        engine.dispose()
    assert target.exists()


def test_sqlite_rollback_undoes_a_failed_savepoint_only(tmp_path: Path) -> None:
    """The driver quirk the module works around: savepoints must belong to the outer transaction."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        with engine.connect() as connection:
            outer = connection.begin()
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
            inner = connection.begin_nested()
            connection.exec_driver_sql("INSERT INTO t VALUES (2)")
            inner.commit()
            outer.rollback()
            assert connection.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("given", ["postgresql://u@h/d", "postgres://u@h/d", "postgresql+psycopg://u@h/d"])
def test_plain_postgres_urls_mean_psycopg3(given: str) -> None:
    assert db.normalise_url(given).drivername == "postgresql+psycopg"


def test_settings_default_to_a_sqlite_file_and_port_8000(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ServiceSettings.model_fields:
        monkeypatch.delenv(f"TRIALPLAIN_{name.upper()}", raising=False)
    settings = ServiceSettings()
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith("trialplain.db")
    assert settings.port == 8000
    assert settings.max_body_bytes == 1024 * 1024


def test_settings_read_trialplain_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", "postgresql://x@y/z")
    monkeypatch.setenv("TRIALPLAIN_PORT", "9001")
    settings = ServiceSettings()
    assert settings.database_url == "postgresql://x@y/z"
    assert settings.port == 9001


def test_settings_describe_every_field() -> None:
    undocumented = [name for name, field in ServiceSettings.model_fields.items() if not field.description]
    assert undocumented == []


def test_the_concern_count_migration_counts_stored_findings(
    empty_database: URL, records: list[dict[str, Any]]
) -> None:
    """0003 fills `concern_count` for translations stored before it: warnings other than style ones."""
    engine = db.make_engine(empty_database)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            study = make_study(records[1])
            store.ingest_study(session, study, actor="loader")
            stored = store.add_translation(
                session, study.nct_id, translate(study), findings(errors=1, warnings=4, concerns=2), actor="bot"
            )
        with engine.begin() as connection:
            command.downgrade(db.alembic_config(connection), "0002")
        assert "concern_count" not in {c["name"] for c in inspect(engine).get_columns("translations")}
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            again = store.get_translation(session, stored.id)
        assert (again.error_count, again.warning_count, again.concern_count) == (1, 6, 2)
    finally:
        engine.dispose()


def test_the_search_migration_fills_the_search_text_of_stored_studies(
    empty_database: URL, records: list[dict[str, Any]]
) -> None:
    """0004 gives studies stored before it the search text that ingest now writes."""
    engine = db.make_engine(empty_database)
    try:
        db.upgrade(engine)
        study = make_study(records[1])
        with db.session_factory(engine)() as session:
            store.ingest_study(session, study, actor="loader")
        with engine.begin() as connection:
            command.downgrade(db.alembic_config(connection), "0003")
        assert "search_text" not in {c["name"] for c in inspect(engine).get_columns("studies")}
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            row = session.get(StudyRow, study.nct_id)
            assert row is not None and row.search_text == search_text(study)
        assert study.nct_id.lower() in row.search_text and study.conditions[0].lower() in row.search_text
    finally:
        engine.dispose()

"""Engines, sessions, transactions and migrations for the store (SQLite file or PostgreSQL).

SQLite connections get WAL (readers do not block the writer), foreign keys and a busy timeout.
Python's sqlite3 driver (before 3.12) does not BEGIN before a SELECT, which breaks repeatable reads
and savepoints, so SQLAlchemy takes over transaction control and emits BEGIN itself — BEGIN IMMEDIATE
for the store's write operations, so two writers queue on the busy timeout instead of one failing
when it upgrades its read lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from service import changes
from service.errors import ServiceError
from service.settings import ServiceSettings

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Execution option a write transaction sets before its BEGIN (read by the SQLite begin hook).
_WRITE_OPTION = "trialplain_write"


def normalise_url(url: str | URL) -> URL:
    """Parse a database URL; a bare `postgresql://` means psycopg 3 (the driver we install)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str | URL, *, busy_timeout_ms: int = 5000, echo: bool = False) -> Engine:
    """Create an engine for `url`, with the SQLite pragmas and transaction handling described above."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, echo=echo, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        folder = Path(parsed.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a path under a file, or where we may not write: say which, not a traceback
            raise ServiceError(f"cannot make the SQLite database's folder {folder}: {error.strerror}") from error
    engine = create_engine(parsed, echo=echo)
    _configure_sqlite(engine, busy_timeout_ms)
    return engine


def engine_from_settings(settings: ServiceSettings) -> Engine:
    return make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms, echo=settings.sql_echo)


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see the module docstring)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL, much faster commits
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (the store hands out detached snapshots), and that
    number the studies each transaction changed as it commits (`service.changes`)."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    changes.track(factory)
    return factory


@contextmanager
def transaction(session: Session, *, write: bool = True) -> Iterator[Session]:
    """Run a store operation in a transaction: its own (committed at the end, rolled back on error),
    or a savepoint when the caller already holds a transaction, so operations compose. Reads take a
    transaction too, so they never leave the session inside one (later writes would only savepoint).
    """
    if session.in_transaction():
        if not write:
            yield session
            return
        with session.begin_nested():
            yield session
        return
    with session.begin():
        if write:
            session.connection(execution_options={_WRITE_OPTION: True})
        yield session


def refresh_statistics(session: Session) -> None:
    """Let SQLite's planner know the tables' shape after they grew (PostgreSQL's autovacuum does this itself).

    Without statistics SQLite joins a study through its primary key and reads the whole row, where the queue's
    covering index would do (bench/scale.py); with them it takes the index. `analysis_limit` samples each index,
    so this stays quick however large the store is."""
    if session.get_bind().dialect.name != "sqlite":
        return
    with transaction(session):
        session.execute(text("PRAGMA analysis_limit = 1000"))
        session.execute(text("ANALYZE"))


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configured in code, so migrations run from an installed package without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine_or_url: Engine | str | URL, revision: str = "head") -> None:
    """Migrate the database to `revision` (default: the newest)."""
    engine = engine_or_url if isinstance(engine_or_url, Engine) else make_engine(engine_or_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        if engine is not engine_or_url:
            engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The migration revision the database is at, or None if it was never migrated."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        return None if value is None else str(value)

"""Store fixtures: every store test runs on SQLite (a temp file) and on a real PostgreSQL server.

The PostgreSQL server is started once per test session from the local binaries
(/usr/lib/postgresql/*/bin: initdb into a temp folder, pg_ctl on a free loopback port, as the
`postgres` user when running as root) and removed at the end. Set TRIALPLAIN_TEST_POSTGRES_URL to
use an existing server instead (the role needs CREATEDB). Store tests share one database, migrated
once and emptied before each test; migration tests get a new empty database each.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from service import db
from tests.corpus import corpus_path
from tests.service.ports import free_port

POSTGRES_URL_ENV = "TRIALPLAIN_TEST_POSTGRES_URL"
STORE_TABLES = ("studies", "translations", "audit_events", "api_tokens")


# ---------------------------------------------------------------- PostgreSQL server


@dataclass
class PostgresServer:
    admin_url: URL  # a database we can connect to for CREATE / DROP DATABASE
    store: URL | None = None

    def _execute(self, statement: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def create_database(self) -> URL:
        name = f"trialplain_test_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self.admin_url.set(database=name)

    def drop_database(self, url: URL) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    def store_database(self) -> URL:
        """The database the store tests share, migrated once; each test empties it first."""
        if self.store is None:
            self.store = self.create_database()
            db.upgrade(self.store)
        return self.store


def _postgres_bin() -> Path:
    found = sorted(Path(path) for path in glob.glob("/usr/lib/postgresql/*/bin") if Path(path, "initdb").exists())
    if not found:
        pytest.fail(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: the store tests need a real "
            "PostgreSQL. Install it with `make system-deps` (or apt-get install postgresql), or point "
            f"{POSTGRES_URL_ENV} at a server whose role may CREATE DATABASE.",
            pytrace=False,
        )
    return found[-1]


def _start_local_server(folder: Path) -> tuple[list[str], Path, int]:
    """initdb + pg_ctl start; returns the command prefix, data folder and port."""
    bin_dir = _postgres_bin()
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root but there is no `postgres` user to run PostgreSQL as", pytrace=False)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"

    def run(*command: str) -> None:
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=60, check=False)
        if result.returncode != 0:
            log = folder / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            pytest.fail(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}\n{tail}", pytrace=False)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N")
    port = free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-o", options, "-w", "start")
    return prefix, data, port


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if os.environ.get(POSTGRES_URL_ENV):
        server = PostgresServer(db.normalise_url(os.environ[POSTGRES_URL_ENV]))
        yield server
        if server.store is not None:
            server.drop_database(server.store)
        return
    folder = Path(tempfile.mkdtemp(prefix="trialplain-pg-"))  # not under pytest's root-only tmp dirs
    try:
        prefix, data, port = _start_local_server(folder)
        try:
            yield PostgresServer(make_url(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"))
        finally:
            subprocess.run(
                [*prefix, str(_postgres_bin() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
                check=False,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- databases per test


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """A URL of a database with nothing in it."""
    if backend == "sqlite":
        yield make_url(f"sqlite:///{tmp_path / 'store.db'}")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def engine(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database migrated to head, private to the test."""
    if backend == "sqlite":
        url = make_url(f"sqlite:///{tmp_path / 'store.db'}")
        engine = db.make_engine(url)
        db.upgrade(engine)
        yield engine
        engine.dispose()
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    engine = db.make_engine(server.store_database())
    with engine.begin() as connection:  # empty it: faster than a new database per test
        connection.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        connection.exec_driver_sql(f"TRUNCATE {', '.join(STORE_TABLES)} RESTART IDENTITY CASCADE")
        connection.exec_driver_sql("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
        connection.exec_driver_sql("UPDATE change_counter SET value = 0")  # as in a new database
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with db.session_factory(engine)() as session:
        yield session


# ---------------------------------------------------------------- real records


@pytest.fixture(scope="session")
def records() -> list[dict[str, Any]]:
    """40 real records: the first 30 of the corpus (completed / terminated), then 10 recruiting ones."""
    path = corpus_path()
    first: list[dict[str, Any]] = []
    recruiting: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(first) < 30:
                first.append(json.loads(line))
            elif '"overallStatus": "RECRUITING"' in line:
                recruiting.append(json.loads(line))
            if len(recruiting) == 10:
                break
    return first + recruiting

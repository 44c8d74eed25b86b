"""A PostgreSQL role that may not create the pg_trgm extension (hosted databases often refuse it): migration 0008
leaves the trigram index out, the store still migrates to a schema that matches the models, and the queue's search
reads rows and finds the same studies."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL

from service import db, store
from service.tables import SEARCH_INDEX_PG, Base, StudyRow, compared
from tests.service.conftest import PostgresServer
from tests.service.store_samples import findings, make_study, translate

pytestmark = pytest.mark.postgres


def _as_admin(server: PostgresServer, url: URL, *statements: str) -> None:
    admin = create_engine(url.set(username=server.admin_url.username), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        admin.dispose()


@pytest.fixture
def limited_engine(postgres_server: PostgresServer) -> Iterator[Engine]:
    """An engine connected as a role that owns a schema of its own but may not CREATE in the database: a trusted
    extension such as pg_trgm needs that privilege, so CREATE EXTENSION is refused."""
    role = f"tp_limited_{uuid.uuid4().hex[:8]}"
    url = postgres_server.create_database()
    # the role's own schema is first on its default search_path ("$user", public): the tables land there
    _as_admin(postgres_server, url, f"CREATE ROLE {role} LOGIN", f"CREATE SCHEMA {role} AUTHORIZATION {role}")
    engine = db.make_engine(url.set(username=role))
    try:
        yield engine
    finally:
        engine.dispose()
        postgres_server.drop_database(url)
        _as_admin(postgres_server, postgres_server.admin_url, f"DROP ROLE IF EXISTS {role}")


def test_the_store_migrates_and_searches_without_the_trigram_index(
    limited_engine: Engine, records: list[dict[str, Any]]
) -> None:
    with limited_engine.connect() as connection:
        refused = connection.execute(text("SELECT has_database_privilege(current_database(), 'CREATE')")).scalar()
        assert refused is False  # the premise: this role cannot install an extension
    db.upgrade(limited_engine)
    with limited_engine.connect() as connection:
        extensions = connection.execute(text("SELECT extname FROM pg_extension")).scalars().all()
        assert "pg_trgm" not in extensions
        indexes = connection.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'studies'"))
        assert SEARCH_INDEX_PG not in indexes.scalars().all()
        context = MigrationContext.configure(
            connection, opts={"include_object": compared(connection.dialect.name), "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    with db.session_factory(limited_engine)() as session:
        for raw in records[:4]:
            study = make_study(raw)
            store.ingest_study(session, study, actor="loader")
            store.add_translation(session, study.nct_id, translate(study), findings(), actor="bot")
        texts = session.scalars(select(StudyRow.search_text)).all()
        words = sorted({word for t in texts for word in t.split() if len(word) > 4})[::9]
        assert len(words) > 5
        for word in words:
            queue = store.review_queue(session, limit=100, search=word)
            expected = session.scalars(
                select(StudyRow.nct_id).where(StudyRow.search_text.contains(word.lower(), autoescape=True))
            ).all()
            assert sorted(entry.translation.nct_id for entry in queue.items) == sorted(expected), word
            assert expected, word

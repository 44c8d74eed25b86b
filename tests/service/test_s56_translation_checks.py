"""Each translation's kinds of finding (`translation_checks`, migration 0009): filled from the findings stored before
the migration, written with every new set of findings (an edit, a recheck), and what the queue's `check` reads."""

from __future__ import annotations

from typing import Any

from alembic import command
from sqlalchemy import inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from service import db, rechecks, store
from service.tables import TranslationCheckRow, TranslationRow
from tests.service.store_samples import findings, make_study, translate


def _kinds(session: Session, translation_id: int) -> list[str]:
    statement = select(TranslationCheckRow.check_name).where(TranslationCheckRow.translation_id == translation_id)
    return sorted(session.scalars(statement))


def _queue(session: Session, check: str) -> list[int]:
    return [entry.translation.id for entry in store.review_queue(session, check=check).items]


def test_the_migration_fills_the_kinds_of_the_stored_findings(
    empty_database: URL, records: list[dict[str, Any]]
) -> None:
    engine = db.make_engine(empty_database)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            ids = []
            for raw, made in ((records[1], findings(errors=2, concerns=1)), (records[2], findings(warnings=3))):
                study = make_study(raw)
                store.ingest_study(session, study, actor="loader")
                ids.append(store.add_translation(session, study.nct_id, translate(study), made, actor="bot").id)
            assert [_kinds(session, i) for i in ids] == [["double_negative", "fact_missing"], ["reading_grade"]]
        with engine.begin() as connection:
            command.downgrade(db.alembic_config(connection), "0008")
        assert "translation_checks" not in inspect(engine).get_table_names()
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            assert [_kinds(session, i) for i in ids] == [["double_negative", "fact_missing"], ["reading_grade"]]
            assert _queue(session, "fact_missing") == [ids[0]] and _queue(session, "reading_grade") == [ids[1]]
    finally:
        engine.dispose()


def test_the_kinds_follow_every_new_set_of_findings(session: Session, records: list[dict[str, Any]]) -> None:
    study = make_study(records[1])
    store.ingest_study(session, study, actor="loader")
    stored = store.add_translation(session, study.nct_id, translate(study), findings(errors=1, warnings=1), actor="x")
    assert _kinds(session, stored.id) == ["fact_missing", "reading_grade"]
    assert _queue(session, "fact_missing") == [stored.id]
    # an edit with other findings: the kind gone is gone, the kind kept stays, the new one comes
    edited = store.edit_translation(
        session, stored.id, translate(study, wording="Plainly"), findings(warnings=2, concerns=1),
        expected_version=stored.version, actor="editor",
    )
    assert edited.version == stored.version + 1
    assert _kinds(session, stored.id) == ["double_negative", "reading_grade"]
    assert _queue(session, "fact_missing") == [] and _queue(session, "double_negative") == [stored.id]
    # a recheck with today's checks writes today's kinds
    row = session.get(TranslationRow, stored.id)
    assert row is not None
    row.checks_version = "checks-0"
    session.commit()
    rechecks.recheck(session, actor="cli")
    now = store.get_translation(session, stored.id)
    assert _kinds(session, stored.id) == sorted({finding.check for finding in now.findings})

"""The audit trail: complete for a full lifecycle, and append-only, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from service import store
from service.tables import AuditEventRow
from tests.service.store_samples import count, findings, make_study, translate, with_criteria, with_status

WRITES_TO_AUDIT = re.compile(r"^\s*(UPDATE|DELETE\s+FROM|TRUNCATE)\s+\"?audit_events", re.IGNORECASE)


def lifecycle(session: Session, raw: dict[str, Any]) -> tuple[str, list[int]]:
    """Ingest, generate, edit, reject, edit, override-approve, re-ingest changed, regenerate, approve."""
    study = make_study(raw)
    store.ingest_study(session, study, actor="loader")
    store.ingest_study(session, make_study(with_status(raw, "RECRUITING")), actor="loader")
    first = store.add_translation(session, study.nct_id, translate(study), findings(1, 1), actor="bot")
    store.edit_translation(
        session, first.id, translate(study, wording="A"), findings(1), expected_version=1, actor="ann"
    )
    store.reject(session, first.id, actor="bob", reason="still drops the dose")
    store.edit_translation(
        session, first.id, translate(study, wording="B"), findings(1), expected_version=3, actor="ann"
    )
    store.approve(
        session, first.id, actor="bob", override=True, reason="the finding is a false alarm", expected_version=4
    )
    criteria = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    changed = make_study(with_status(with_criteria(raw, criteria + "\n\n  -  No pacemaker"), "RECRUITING"))
    store.ingest_study(session, changed, actor="loader")
    second = store.add_translation(session, study.nct_id, translate(changed), [], actor="bot")
    store.approve(session, second.id, actor="bob")
    return study.nct_id, [first.id, second.id]


def test_full_lifecycle_leaves_a_complete_trail(session: Session, records: list[dict[str, Any]]) -> None:
    nct_id, (first, second) = lifecycle(session, records[1])
    trail = [(e.action, e.actor, e.translation_id, e.reason) for e in store.study_history(session, nct_id)]
    assert trail == [
        ("ingested", "loader", None, None),
        ("record_updated", "loader", None, None),
        ("generated", "bot", first, None),
        ("edited", "ann", first, None),
        ("rejected", "bob", first, "still drops the dose"),
        ("edited", "ann", first, None),
        ("overridden", "bob", first, "the finding is a false alarm"),
        ("published", "bob", first, None),
        ("source_changed", "loader", None, None),
        ("marked_stale", "loader", first, trail[9][3]),
        ("generated", "bot", second, None),
        ("superseded", "bob", first, f"translation {second} was published in its place"),
        ("approved", "bob", second, None),
        ("published", "bob", second, None),
    ]
    assert str(trail[9][3]).startswith("criteria text changed")
    events = store.study_history(session, nct_id)
    assert all(later.at >= earlier.at for earlier, later in pairwise(events))
    rejected = events[4]
    assert (rejected.before, rejected.after) == (
        {"state": "pending", "version": 2},
        {"state": "rejected", "version": 3},
    )
    assert [e.action for e in store.history(session, second)] == ["generated", "approved", "published"]


def test_store_never_updates_or_deletes_audit_events(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", remember)
    try:
        nct_id, _ = lifecycle(session, records[2])
        early = store.study_history(session, nct_id)[:3]
        store.create_token(session, "ann", "editor", actor="admin")
        later = store.study_history(session, nct_id)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert any(statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENTS") for statement in statements)
    assert [statement for statement in statements if WRITES_TO_AUDIT.match(statement)] == []
    assert later[:3] == early
    assert count(session, "audit_events") == len(later) + 1  # + token_created (no study)


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET actor = 'mallory'", "DELETE FROM audit_events"])
def test_database_refuses_to_change_audit_events(
    session: Session, records: list[dict[str, Any]], statement: str
) -> None:
    store.ingest_study(session, make_study(records[0]), actor="loader")
    with pytest.raises(DBAPIError, match="append-only"), store.transaction(session):
        session.execute(text(statement))
    assert [e.actor for e in store.study_history(session, make_study(records[0]).nct_id)] == ["loader"]


def test_orm_refuses_to_flush_a_changed_audit_event(session: Session, records: list[dict[str, Any]]) -> None:
    store.ingest_study(session, make_study(records[0]), actor="loader")
    with pytest.raises(RuntimeError, match="append-only"), store.transaction(session):
        row = session.scalars(select(AuditEventRow)).one()
        row.actor = "mallory"
        session.flush()

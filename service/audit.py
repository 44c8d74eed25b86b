"""The audit trail: one append-only event per change, written in the same transaction as the change.

Nothing here (or anywhere in the store) updates or deletes an event; the database refuses it too
(triggers in the first migration), and `AuditEventRow` refuses it in the ORM.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db import transaction
from service.errors import InvalidRequest
from service.stored import AuditAction, AuditEntry
from service.tables import AuditEventRow, utcnow


def record(
    session: Session,
    action: AuditAction,
    *,
    actor: str,
    nct_id: str | None = None,
    translation_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
    at: datetime | None = None,
) -> AuditEventRow:
    """Add an event to the session (flushed with the change it describes)."""
    row = AuditEventRow(
        at=at or utcnow(),
        actor=require_actor(actor),
        action=action.value,
        nct_id=nct_id,
        translation_id=translation_id,
        before=before,
        after=after,
        reason=reason,
    )
    session.add(row)
    return row


def require_actor(actor: str) -> str:
    if not actor.strip():
        raise InvalidRequest("every change needs an actor: pass the token name of who makes it", field="actor")
    return actor


def history(session: Session, translation_id: int) -> list[AuditEntry]:
    """Every event about one translation, oldest first."""
    statement = select(AuditEventRow).where(AuditEventRow.translation_id == translation_id)
    with transaction(session, write=False):
        return [entry(row) for row in session.scalars(statement.order_by(AuditEventRow.id))]


def study_history(session: Session, nct_id: str) -> list[AuditEntry]:
    """Every event about a study and its translations, oldest first."""
    statement = select(AuditEventRow).where(AuditEventRow.nct_id == nct_id)
    with transaction(session, write=False):
        return [entry(row) for row in session.scalars(statement.order_by(AuditEventRow.id))]


def entry(row: AuditEventRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        nct_id=row.nct_id,
        translation_id=row.translation_id,
        before=row.before,
        after=row.after,
        reason=row.reason,
    )

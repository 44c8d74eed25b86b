"""Editor decisions: approve (which publishes) and reject.

Approval needs zero error findings, or `override=True` with a written reason. It publishes the
translation, supersedes the previously published one, clears the "source changed" flag and records
per-criterion approvals. Each step is an audit event in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from service import approvals, audit
from service.db import transaction
from service.errors import ApprovalBlocked, InvalidRequest, InvalidState, NotFound, SourceMismatch
from service.stored import AuditAction, StoredTranslation
from service.tables import StudyRow, TranslationRow, TranslationState, utcnow
from service.translations import lock, snapshot


def approve(
    session: Session,
    translation_id: int,
    *,
    actor: str,
    override: bool = False,
    reason: str | None = None,
    expected_version: int | None = None,
) -> StoredTranslation:
    """Approve and publish a pending translation of the study's current criteria text."""
    written = (reason or "").strip() or None
    if override and written is None:
        raise InvalidRequest("an override needs a written reason: say why the findings do not matter", field="reason")
    with transaction(session):
        row = _lock_with_study(session, translation_id, expected_version)
        study = _study_of(session, row)
        if row.state is not TranslationState.PENDING:
            raise InvalidState(translation_id, row.state.value, "approve", _hint(row.state))
        if row.source_sha != study.criteria_sha:
            raise SourceMismatch(row.nct_id, row.source_sha, study.criteria_sha)
        overridden = row.error_count > 0
        if overridden and not override:
            checks = sorted({str(finding["check"]) for finding in row.findings if finding.get("severity") == "error"})
            raise ApprovalBlocked(translation_id, row.error_count, checks)

        now = utcnow()
        for previous in session.scalars(
            select(TranslationRow)
            .where(TranslationRow.nct_id == row.nct_id, TranslationRow.state == TranslationState.APPROVED)
            .with_for_update()
        ):
            previous.state, previous.updated_at = TranslationState.SUPERSEDED, now
            audit.record(
                session,
                AuditAction.SUPERSEDED,
                translation_id=previous.id,
                before={"state": "approved", "stale": previous.stale},
                after={"state": "superseded"},
                reason=f"translation {row.id} was published in its place",
                actor=actor,
                nct_id=row.nct_id,
            )
        session.flush()  # the old one must leave "approved" before the new one enters (unique index)

        before = {"state": row.state.value, "version": row.version, "stale": row.stale}
        row.state = TranslationState.APPROVED
        row.approved_by, row.approved_at, row.stale, row.updated_at = actor, now, False, now
        row.override_reason = written if overridden else None
        row.criterion_approvals = approvals.approve_all(
            snapshot(row).translation,
            row.criterion_shas,
            row.criterion_approvals,
            actor=actor,
            at=now,
            translation_id=row.id,
        )
        study.updated_at = now  # the study's public page changed
        session.flush()
        after = {
            "state": row.state.value,
            "version": row.version,
            "error_count": row.error_count,
            "approved_criteria": len(row.criterion_approvals),
        }
        action = AuditAction.OVERRIDDEN if overridden else AuditAction.APPROVED
        audit.record(
            session,
            action,
            translation_id=row.id,
            before=before,
            after=after,
            reason=written,
            actor=actor,
            nct_id=row.nct_id,
        )
        audit.record(
            session,
            AuditAction.PUBLISHED,
            translation_id=row.id,
            after={"published_translation_id": row.id, "source_sha": row.source_sha},
            actor=actor,
            nct_id=row.nct_id,
        )
        return snapshot(row)


def reject(
    session: Session, translation_id: int, *, actor: str, reason: str, expected_version: int | None = None
) -> StoredTranslation:
    """Reject a pending translation; an edit makes it pending again."""
    written = reason.strip()
    if not written:
        raise InvalidRequest("a rejection needs a reason: say what is wrong so it can be fixed", field="reason")
    with transaction(session):
        row = _lock_with_study(session, translation_id, expected_version)
        if row.state is not TranslationState.PENDING:
            raise InvalidState(translation_id, row.state.value, "reject", _hint(row.state))
        before = {"state": row.state.value, "version": row.version}
        row.state, row.updated_at = TranslationState.REJECTED, utcnow()
        session.flush()
        audit.record(
            session,
            AuditAction.REJECTED,
            actor=actor,
            nct_id=row.nct_id,
            translation_id=row.id,
            before=before,
            after={"state": row.state.value, "version": row.version},
            reason=written,
        )
        return snapshot(row)


def _lock_with_study(session: Session, translation_id: int, expected_version: int | None) -> TranslationRow:
    """Lock the study first, then the translation: the same order as adding a translation, so two
    editors working on one study queue instead of deadlocking.
    """
    nct_id = session.scalar(select(TranslationRow.nct_id).where(TranslationRow.id == translation_id))
    if nct_id is None:
        raise NotFound("translation", translation_id)
    session.get(StudyRow, nct_id, with_for_update=True)
    return lock(session, translation_id, expected_version)


def _study_of(session: Session, row: TranslationRow) -> StudyRow:
    study = session.get(StudyRow, row.nct_id)
    if study is None:  # the foreign key makes this impossible; keep mypy and readers honest
        raise NotFound("study", row.nct_id)
    return study


def _hint(state: TranslationState) -> str:
    return {
        TranslationState.APPROVED: "it is already published",
        TranslationState.REJECTED: "edit it first (that makes it pending again)",
        TranslationState.SUPERSEDED: "a newer translation replaced it; review that one",
    }.get(state, "reload it and try again")

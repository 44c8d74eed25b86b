"""Translations in the store: adding, finding for re-use, editing under If-Match, reading, the queue.

Approval and rejection live in `service.review`. A study has at most one pending translation (a
newer one supersedes it) and at most one approved, i.e. published, translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session, object_session

from service import approvals, audit
from service.db import transaction
from service.errors import InvalidRequest, InvalidState, NotFound, SourceMismatch, VersionConflict
from service.finding_filters import CHECK_NAME, has_finding
from service.pagination import SortKey, encode_cursor, keyset, next_cursor
from service.search_index import word_filters
from service.stored import AuditAction, Page, QueueEntry, StoredTranslation
from service.studies import conditions, criteria_text
from service.tables import StudyRow, TranslationCheckRow, TranslationRow, TranslationState, utcnow
from translator.criteria import Criterion
from translator.findings import CHECKS_VERSION, Finding, Severity, is_concern
from translator.outline import parse_criteria
from translator.translation import Translation

_QUEUE = "review_queue"
# Riskiest first: most errors, then most warnings about meaning (see translator.findings.is_concern), then
# trials patients can join now, then most warnings of any kind, then oldest.
_QUEUE_KEYS = (
    SortKey(TranslationRow.error_count, int, descending=True),
    SortKey(TranslationRow.concern_count, int, descending=True),
    SortKey(StudyRow.recruiting, bool, descending=True),
    SortKey(TranslationRow.warning_count, int, descending=True),
    SortKey(TranslationRow.created_at, datetime),
    SortKey(TranslationRow.id, int),
)


def add_translation(
    session: Session,
    nct_id: str,
    translation: Translation,
    findings: Sequence[Finding],
    *,
    actor: str,
    criteria: Sequence[Criterion] | None = None,
) -> StoredTranslation:
    """Store a new pending translation of the study's current criteria text.

    Approval is tracked per criterion (by content sha; approvals of criteria whose text is unchanged
    since the published translation are carried over). `criteria` are the parsed criteria the
    translation renders; when not given, the study's stored criteria text is parsed again.
    """
    _check_nct_id(translation, nct_id)
    with transaction(session):
        study = session.get(StudyRow, nct_id, with_for_update=True)
        if study is None:
            raise NotFound("study", nct_id)
        if translation.provenance.source_sha != study.criteria_sha:
            raise SourceMismatch(nct_id, translation.provenance.source_sha, study.criteria_sha)
        now = utcnow()
        for older in _rows(session, nct_id, TranslationState.PENDING):
            older.state, older.updated_at = TranslationState.SUPERSEDED, now
            audit.record(
                session,
                AuditAction.SUPERSEDED,
                actor=actor,
                nct_id=nct_id,
                translation_id=older.id,
                before={"state": "pending"},
                after={"state": "superseded"},
                reason="a newer translation of the study was added",
            )
        if criteria is None:
            text = criteria_text(study)
            criteria = [] if text is None else parse_criteria(text).criteria
        stored = approvals.criterion_list(criteria)
        published = next(iter(_rows(session, nct_id, TranslationState.APPROVED)), None)
        if published and not published.stale and approvals.split_otherwise(published.criterion_shas, stored):
            # Same text, other criteria (a newer parser): the published bullets cite ids the page no
            # longer shows. Still served, flagged, until the new translation is approved.
            published.stale, published.updated_at = True, now
            study.updated_at = now  # the public page now flags it: a change the listing must report
            audit.record(
                session, AuditAction.MARKED_STALE, actor=actor, nct_id=nct_id, translation_id=published.id,
                before={"stale": False}, after={"stale": True},
                reason="the criteria text now parses into other criteria; a new translation renders them",
            )
        row = TranslationRow(
            nct_id=nct_id,
            payload=translation.model_dump(mode="json"),
            backend=translation.provenance.backend,
            model=translation.provenance.model,
            prompt_sha=translation.provenance.prompt_sha,
            source_sha=translation.provenance.source_sha,
            state=TranslationState.PENDING,
            stale=False,
            criterion_shas=stored,
            criterion_approvals=approvals.carry_over(published.criterion_approvals, stored) if published else {},
            created_at=now,
            updated_at=now,
            **findings_columns(findings),
        )
        session.add(row)
        session.flush()
        after = {"payload": row.payload, **_review_data(row), "carried_approvals": len(row.criterion_approvals)}
        audit.record(session, AuditAction.GENERATED, actor=actor, nct_id=nct_id, translation_id=row.id, after=after)
        return snapshot(row)


def find_translation(
    session: Session, nct_id: str, source_sha: str, prompt_sha: str | None, model: str | None
) -> StoredTranslation | None:
    """The newest translation made from the same text, prompt and model, in any state (for re-use)."""
    statement = select(TranslationRow).where(
        TranslationRow.nct_id == nct_id,
        TranslationRow.source_sha == source_sha,
        TranslationRow.prompt_sha.is_(None) if prompt_sha is None else TranslationRow.prompt_sha == prompt_sha,
        TranslationRow.model.is_(None) if model is None else TranslationRow.model == model,
    )
    with transaction(session, write=False):
        row = session.scalars(statement.order_by(TranslationRow.id.desc()).limit(1)).first()
        return None if row is None else snapshot(row)


def edit_translation(
    session: Session,
    translation_id: int,
    new_payload: Translation,
    new_findings: Sequence[Finding],
    *,
    expected_version: int,
    actor: str,
) -> StoredTranslation:
    """Replace the payload of a pending (or rejected: it becomes pending again) translation.

    An edit of a pending translation that changes none of its wording is a no-op: the translation comes back as
    it is, with the same version and no history event (a new version would only make a conflict for anyone
    else editing it). The version is checked all the same.
    """
    with transaction(session):
        row = lock(session, translation_id, expected_version)
        if row.state not in (TranslationState.PENDING, TranslationState.REJECTED):
            hint = "add a new translation of the study and edit that one instead"
            raise InvalidState(translation_id, row.state.value, "edit", hint)
        _check_nct_id(new_payload, row.nct_id)
        if new_payload.provenance.source_sha != row.source_sha:
            raise InvalidRequest(
                f"the edited payload renders source {new_payload.provenance.source_sha[:12]}…, the translation "
                f"{row.source_sha[:12]}…: keep provenance.source_sha as it was",
                field="provenance.source_sha",
            )
        payload = new_payload.model_dump(mode="json")
        if row.state is TranslationState.PENDING and _wording(payload) == _wording(row.payload):
            return snapshot(row)
        before = {"payload": row.payload, **_review_data(row)}
        row.payload = payload
        apply_findings(row, new_findings)
        row.state, row.updated_at = TranslationState.PENDING, utcnow()
        session.flush()  # bumps the version
        after = {"payload": row.payload, **_review_data(row)}
        audit.record(
            session,
            AuditAction.EDITED,
            actor=actor,
            nct_id=row.nct_id,
            translation_id=row.id,
            before=before,
            after=after,
        )
        return snapshot(row)


def _wording(payload: dict[str, Any]) -> dict[str, Any]:
    """What an edit can change: everything but the backend that made it, which an edit sets to 'edited'."""
    provenance = payload.get("provenance")
    if not isinstance(provenance, dict):
        return payload
    return {**payload, "provenance": {key: value for key, value in provenance.items() if key != "backend"}}


def get_translation(session: Session, translation_id: int) -> StoredTranslation:
    with transaction(session, write=False):
        row = session.get(TranslationRow, translation_id)
        if row is None:
            raise NotFound("translation", translation_id)
        return snapshot(row)


def published_translation(session: Session, nct_id: str) -> StoredTranslation | None:
    """The approved translation of a study (check `.stale`: the source changed since), if any."""
    return published_translations(session, [nct_id]).get(nct_id)


def published_translations(session: Session, nct_ids: Iterable[str]) -> dict[str, StoredTranslation]:
    """NCT id → published translation, for the studies of a page at once."""
    wanted = list(dict.fromkeys(nct_ids))
    statement = select(TranslationRow).where(
        TranslationRow.nct_id.in_(wanted), TranslationRow.state == TranslationState.APPROVED
    )
    with transaction(session, write=False):
        return {row.nct_id: snapshot(row) for row in session.scalars(statement)}


def review_queue(
    session: Session,
    *,
    limit: int = 50,
    cursor: str | None = None,
    recruiting: bool | None = None,
    search: str | None = None,
    check: str | None = None,
) -> Page[QueueEntry]:
    """Pending translations, riskiest first (see `_QUEUE_KEYS`); `recruiting` keeps only the trials that are
    (True) or are not (False) recruiting now; `search` keeps those whose NCT id, titles, acronym, conditions or
    keywords contain every word of it (any case); `check` those with a finding of that check (a CHECK_NAME).
    Filters only narrow a keyset page, so a cursor stays valid.
    `total` counts the whole narrowed queue, so an editor sees how much a search or filter left."""
    # The queue is ordered and counted on the sort keys alone, which the queue indexes cover, then only the page's
    # rows are read: sorting or counting whole rows (payloads, raw records) would read every pending translation.
    keys = _queue_keys().where(TranslationRow.state == TranslationState.PENDING)
    if recruiting is not None:
        keys = keys.where(StudyRow.recruiting.is_(recruiting))
    words = search_words(search)
    if any("\x00" in word for word in words):
        # no stored text holds a NUL, and PostgreSQL refuses one even as a query parameter: it matches no trial
        keys = keys.where(false())
    else:
        for condition in word_filters(session, words):
            keys = keys.where(condition)
    if check is not None:
        keys = keys.where(has_finding(check) if CHECK_NAME.match(check) else false())
    with transaction(session, write=False):
        ordered = session.execute(keyset(keys, _QUEUE, _QUEUE_KEYS, cursor, limit)).all()
        if recruiting is None and not words and check is None:
            # every translation has its study (a foreign key): the queue index alone counts the whole queue
            counted = select(func.count(TranslationRow.id)).where(TranslationRow.state == TranslationState.PENDING)
        else:
            counted = select(func.count()).select_from(keys.subquery())
        total = session.scalar(counted) or 0
        ids = [row.id for row in ordered[:limit]]
        found = session.execute(
            select(TranslationRow, StudyRow)
            .join(StudyRow, StudyRow.nct_id == TranslationRow.nct_id)
            .where(TranslationRow.id.in_(ids))
        ).all()
        by_id = {row.id: (row, study) for row, study in found}
        items = [
            QueueEntry(
                translation=snapshot(row),
                brief_title=study.brief_title,
                conditions=conditions(study),
                overall_status=study.overall_status,
                recruiting=study.recruiting,
            )
            # (a row gone between the two reads, where each statement sees its own snapshot, is left out)
            for row, study in (by_id[translation_id] for translation_id in ids if translation_id in by_id)
        ]
    last = tuple(ordered[limit - 1]) if len(ordered) > limit else None
    return Page(items=items, next_cursor=next_cursor(_QUEUE, limit, len(ordered), last), total=total)


def queue_cursor_at(session: Session, translation_id: int) -> str:
    """A review-queue cursor just past a translation, pending or just decided: the page it opens starts at the
    translation after it in queue order, so an editor can go on down the queue from any trial."""
    with transaction(session, write=False):
        found = session.execute(_queue_keys().where(TranslationRow.id == translation_id)).first()
        if found is None:
            raise NotFound("translation", translation_id)
    return encode_cursor(_QUEUE, tuple(found))


def _queue_keys() -> Select[tuple[Any, ...]]:
    """The queue's sort keys of each translation, in `_QUEUE_KEYS` order (what a cursor holds)."""
    return select(*(key.column for key in _QUEUE_KEYS)).join(StudyRow, StudyRow.nct_id == TranslationRow.nct_id)


def search_words(search: str | None) -> list[str]:
    """The distinct lower-case words of a queue search."""
    return list(dict.fromkeys((search or "").lower().split()))


def lock(session: Session, translation_id: int, expected_version: int | None) -> TranslationRow:
    """Load a translation for change (row lock on PostgreSQL) and check the If-Match version."""
    row = session.get(TranslationRow, translation_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFound("translation", translation_id)
    if expected_version is not None and row.version != expected_version:
        raise VersionConflict(translation_id, expected_version, row.version)
    return row


def _rows(session: Session, nct_id: str, state: TranslationState) -> list[TranslationRow]:
    statement = (
        select(TranslationRow)
        .where(TranslationRow.nct_id == nct_id, TranslationRow.state == state)
        .order_by(TranslationRow.id)
        .with_for_update()
    )
    return list(session.scalars(statement))


def _check_nct_id(translation: Translation, nct_id: str) -> None:
    if translation.nct_id is not None and translation.nct_id != nct_id:
        raise InvalidRequest(
            f"the translation is of {translation.nct_id}, not {nct_id}: store it under its own study",
            field="nct_id",
        )


def findings_columns(findings: Sequence[Finding]) -> dict[str, Any]:
    """A new translation row's findings and what is kept of them for the queue (counts, kinds)."""
    return {
        "findings": [finding.model_dump(mode="json") for finding in findings],
        "error_count": sum(finding.severity is Severity.ERROR for finding in findings),
        "warning_count": sum(finding.severity is Severity.WARNING for finding in findings),
        "concern_count": sum(is_concern(finding) for finding in findings),
        "checks_version": CHECKS_VERSION,
        "check_rows": [TranslationCheckRow(check_name=name) for name in sorted({f.check for f in findings})],
    }


def apply_findings(row: TranslationRow, findings: Sequence[Finding]) -> None:
    """Give a stored translation new findings; its kinds of finding change only where they differ (a kind kept is
    the same row, so no delete and insert of one key meet in a flush)."""
    columns = findings_columns(findings)
    kinds = {kind.check_name for kind in columns.pop("check_rows")}
    session = object_session(row)
    # the kinds are read without an autoflush: flushing a change made before would write the row twice (two versions)
    with session.no_autoflush if session is not None else nullcontext():
        kept = [kind for kind in row.check_rows if kind.check_name in kinds]
    have = {kind.check_name for kind in kept}
    for name, value in columns.items():
        setattr(row, name, value)
    row.check_rows = kept + [TranslationCheckRow(check_name=name) for name in sorted(kinds - have)]


def _review_data(row: TranslationRow) -> dict[str, Any]:
    return {
        "state": row.state.value,
        "version": row.version,
        "error_count": row.error_count,
        "warning_count": row.warning_count,
        "findings": row.findings,
    }


def snapshot(row: TranslationRow) -> StoredTranslation:
    translation = Translation.model_validate(row.payload)
    return StoredTranslation(
        id=row.id,
        nct_id=row.nct_id,
        translation=translation,
        findings=[Finding.model_validate(finding) for finding in row.findings],
        error_count=row.error_count,
        warning_count=row.warning_count,
        concern_count=row.concern_count,
        checks_version=row.checks_version,
        state=row.state,
        version=row.version,
        backend=row.backend,
        model=row.model,
        prompt_sha=row.prompt_sha,
        source_sha=row.source_sha,
        stale=row.stale,
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        override_reason=row.override_reason,
        criterion_shas=approvals.criterion_shas(row.criterion_shas),
        approvals=approvals.approvals_in_order(row.criterion_shas, row.criterion_approvals),
        criteria_to_review=approvals.criteria_to_review(translation, row.criterion_shas, row.criterion_approvals),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )

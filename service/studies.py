"""Studies in the store: ingesting records (new / changed / updated / unchanged) and listing them.

A change of the criteria text is what matters for publication: the published translation is
marked stale (still served, flagged "source changed") and pending translations of the old text are
superseded. If the text changes back, the published translation is fresh again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from service import approvals, audit
from service.bodies import unstorable
from service.db import transaction
from service.errors import NotFound
from service.pagination import SortKey, keyset, next_cursor
from service.stored import AuditAction, IngestOutcome, Page, StoredStudy
from service.tables import StudyRow, TranslationRow, TranslationState, utcnow
from translator.errors import RecordError, TranslatorError
from translator.records import Study

# Statuses under which a patient can join now or soon: their translations are reviewed first.
OPEN_STATUSES = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"})
_LISTING = "studies"
# Change numbers are unique by construction (service.changes); the NCT id keeps the order total regardless.
_KEYS = (SortKey(StudyRow.change, int), SortKey(StudyRow.nct_id, str))


def ingest_study(session: Session, study: Study, *, actor: str) -> IngestOutcome:
    """Insert or refresh one study record and mark what its change makes stale."""
    with transaction(session):
        row = session.get(StudyRow, study.nct_id, with_for_update=True)
        return _ingest(session, study, row, actor=actor)[0]


def ingest_studies(
    session: Session, studies: Iterable[Study], *, actor: str, batch_size: int = 500
) -> Counter[IngestOutcome]:
    """`ingest_study` for many records, one transaction per batch (several times faster); returns
    how many were new, changed, updated and unchanged. A failing batch is rolled back whole.
    """
    outcomes: Counter[IngestOutcome] = Counter()
    iterator = iter(studies)
    while batch := list(islice(iterator, batch_size)):
        with transaction(session):
            wanted = {study.nct_id for study in batch}
            found = session.scalars(select(StudyRow).where(StudyRow.nct_id.in_(wanted)).with_for_update())
            rows: dict[str, StudyRow] = {row.nct_id: row for row in found}
            for study in batch:
                outcome, rows[study.nct_id] = _ingest(session, study, rows.get(study.nct_id), actor=actor)
                outcomes[outcome] += 1
    return outcomes


def _ingest(session: Session, study: Study, row: StudyRow | None, *, actor: str) -> tuple[IngestOutcome, StudyRow]:
    fields = _fields(study)
    now = utcnow()
    if row is None:
        row = StudyRow(nct_id=study.nct_id, raw=study.raw, ingested_at=now, updated_at=now, **fields)
        row.search_text = search_text(study)
        session.add(row)
        audit.record(session, AuditAction.INGESTED, actor=actor, nct_id=study.nct_id, after=fields)
        return IngestOutcome.NEW, row
    before = {name: getattr(row, name) for name in fields}
    if before == fields and row.raw == study.raw:
        return IngestOutcome.UNCHANGED, row
    changed = {name: value for name, value in fields.items() if before[name] != value}
    for name, value in fields.items():
        setattr(row, name, value)
    row.raw, row.search_text = study.raw, search_text(study)
    row.updated_at = now
    old = {name: before[name] for name in changed}
    if "criteria_sha" not in changed:
        audit.record(session, AuditAction.RECORD_UPDATED, actor=actor, nct_id=study.nct_id, before=old, after=changed)
        return IngestOutcome.UPDATED, row
    audit.record(session, AuditAction.SOURCE_CHANGED, actor=actor, nct_id=study.nct_id, before=old, after=changed)
    _follow_source(session, row, actor=actor, now=now)
    return IngestOutcome.CHANGED, row


def _follow_source(session: Session, study: StudyRow, *, actor: str, now: datetime) -> None:
    rows = session.scalars(
        select(TranslationRow)
        .where(
            TranslationRow.nct_id == study.nct_id,
            TranslationRow.state.in_([TranslationState.APPROVED, TranslationState.PENDING]),
        )
        .order_by(TranslationRow.id)
        .with_for_update()
    )
    why = f"criteria text changed to {study.criteria_sha[:12]}…"
    parsed = approvals.parsed(criteria_text(study))
    for row in rows:
        # A translation of this very text made from another parse of it still cites other criteria.
        outdated = row.source_sha != study.criteria_sha or approvals.split_otherwise(row.criterion_shas, parsed)
        common: dict[str, Any] = {"actor": actor, "nct_id": study.nct_id, "translation_id": row.id, "reason": why}
        if row.state is TranslationState.PENDING and outdated:
            row.state, row.updated_at = TranslationState.SUPERSEDED, now
            audit.record(
                session, AuditAction.SUPERSEDED, before={"state": "pending"}, after={"state": "superseded"}, **common
            )
        elif row.state is TranslationState.APPROVED and outdated != row.stale:
            row.stale, row.updated_at = outdated, now
            action = AuditAction.MARKED_STALE if outdated else AuditAction.STALE_CLEARED
            audit.record(session, action, before={"stale": not outdated}, after={"stale": outdated}, **common)


def get_study(session: Session, nct_id: str) -> StoredStudy:
    with transaction(session, write=False):
        row = session.get(StudyRow, nct_id)
        if row is None:
            raise NotFound("study", nct_id)
        return study_snapshot(row)


def page_version(session: Session, nct_id: str) -> tuple[object, ...]:
    """What a study's public page is made of, in one cheap read: the study's last change and the id
    and version of each of its translations (the ORM bumps a translation's version on every UPDATE).
    Equal values mean an unchanged page; NotFound for an unknown study."""
    found = page_versions(session, [nct_id])
    if nct_id not in found:
        raise NotFound("study", nct_id)
    return found[nct_id]


def page_versions(session: Session, nct_ids: Collection[str]) -> dict[str, tuple[object, ...]]:
    """`page_version` of many studies in one read (unknown ids are left out): the page cache checks
    every page asked for at once in one query."""
    statement = (
        select(StudyRow.nct_id, StudyRow.updated_at, StudyRow.criteria_sha, TranslationRow.id, TranslationRow.version)
        .outerjoin(TranslationRow, TranslationRow.nct_id == StudyRow.nct_id)
        .where(StudyRow.nct_id.in_(nct_ids))
        .order_by(StudyRow.nct_id, TranslationRow.id)
    )
    with transaction(session, write=False):
        rows = session.execute(statement).all()
    versions: dict[str, tuple[object, ...]] = {}
    for nct_id, updated_at, criteria_sha, translation_id, version in rows:
        known = versions.setdefault(nct_id, (updated_at, criteria_sha))
        if translation_id is not None:
            versions[nct_id] = (*known, (translation_id, version))
    return versions


def list_studies(
    session: Session,
    *,
    updated_since: datetime | None = None,
    since: int | None = None,
    status: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page[StoredStudy]:
    """Studies by change number, in commit order: a client that stores the `change` of the last item it saw
    can ask `since` it next time and get every later change, however many writers commit at once.
    `updated_since` still filters by time (which a write that commits late can fall behind).
    """
    statement = select(StudyRow)
    if updated_since is not None:
        statement = statement.where(StudyRow.updated_at >= updated_since)
    if since is not None:
        statement = statement.where(StudyRow.change > since)
    if status is not None:
        statement = statement.where(StudyRow.overall_status == normalise_status(status))
    with transaction(session, write=False):
        rows = list(session.scalars(keyset(statement, _LISTING, _KEYS, cursor, limit)))
    last = rows[limit - 1] if len(rows) > limit else None
    return Page(
        items=[study_snapshot(row) for row in rows[:limit]],
        next_cursor=next_cursor(_LISTING, limit, len(rows), None if last is None else (last.change, last.nct_id)),
    )


def normalise_status(status: str) -> str:
    """'Recruiting', 'not yet recruiting' → the CT.gov enum spelling ('RECRUITING', 'NOT_YET_RECRUITING')."""
    return "_".join(status.replace("-", " ").split()).upper()


def study_snapshot(row: StudyRow) -> StoredStudy:
    return StoredStudy(
        nct_id=row.nct_id,
        criteria_sha=row.criteria_sha,
        brief_title=row.brief_title,
        overall_status=row.overall_status,
        recruiting=row.recruiting,
        last_update_posted=row.last_update_posted,
        ingested_at=row.ingested_at,
        updated_at=row.updated_at,
        change=row.change,
        raw=row.raw,
    )


def _fields(study: Study) -> dict[str, Any]:
    """The columns taken from a record."""
    status = study.status.overall_status
    return {
        "criteria_sha": study.criteria_sha,
        "brief_title": study.brief_title,
        "overall_status": normalise_status(status) if status else None,
        "recruiting": status is not None and normalise_status(status) in OPEN_STATUSES,
        "last_update_posted": study.status.last_update_posted,
    }


# The columns of a bounded width, with the record field each holds.
_BOUNDED = {
    "overall_status": "protocolSection.statusModule.overallStatus",
    "last_update_posted": "protocolSection.statusModule.lastUpdatePostDateStruct.date",
}


def unstorable_study(study: Study) -> RecordError | None:
    """Why the store cannot keep this record as it is (naming the field), or None: PostgreSQL refuses NUL
    characters in text, and a status or date longer than its column."""
    problem = unstorable(study.raw)
    if problem is not None:
        return RecordError(problem, source=study.nct_id)
    fields = _fields(study)
    for name, field in _BOUNDED.items():
        column = StudyRow.__table__.c[name].type
        value = fields[name]
        if isinstance(column, String) and column.length and value is not None and len(value) > column.length:
            return RecordError(f"{len(value)} characters where the store keeps at most {column.length}: not a "
                               "ClinicalTrials.gov value", source=study.nct_id, field=field)
    return None


def storable(items: Iterable[Study | TranslatorError]) -> Iterator[Study | TranslatorError]:
    """The records, each one the store cannot keep turned into its RecordError: that record is rejected alone,
    where the database refusing it would roll back its whole batch and end the ingest."""
    for item in items:
        yield (unstorable_study(item) or item) if isinstance(item, Study) else item


def search_text(study: Study) -> str:
    """What an editor may type to find a trial in the review queue, lower-cased. Derived from the raw record,
    so it is kept out of `_fields` (and out of the audit events, which would only repeat the record)."""
    fields = [study.nct_id, study.brief_title, study.official_title, study.acronym, *study.conditions, *study.keywords]
    return "\n".join(field.strip().lower() for field in fields if field and field.strip())


def criteria_text(row: StudyRow) -> str | None:
    """The eligibility criteria text of a stored record (what `criteria_sha` hashes), if it has one."""
    module = row.raw.get("protocolSection", {}).get("eligibilityModule", {})
    text = module.get("eligibilityCriteria") if isinstance(module, dict) else None
    return text if isinstance(text, str) else None


def conditions(row: StudyRow) -> list[str]:
    """The conditions a stored record names: what identifies a trial to an editor when it has no title (most
    older records in the corpus have none)."""
    module = row.raw.get("protocolSection", {}).get("conditionsModule", {})
    names = module.get("conditions") if isinstance(module, dict) else None
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []

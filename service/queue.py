"""The translation queue: jobs in the `translation_jobs` table, claimed by workers under a lease.

    enqueue      one live (queued or running) job per study text; enqueueing again finds it
    claim        up to N ready jobs: queued ones past their backoff, and running ones whose lease
                 expired (their worker crashed or hung), each claim counting one attempt
    renew        extend a claim's lease before working on it
    complete     done, with what came of it (translated / reused / obsolete) and the translation id
    fail         queued again after a backoff that doubles per attempt, or failed after the last one
    release      hand a claimed job back untouched (a worker stopping before it started on it)

On PostgreSQL a claim is `SELECT … FOR UPDATE SKIP LOCKED`: concurrent workers skip the rows another
is claiming instead of waiting for them, so they never claim the same job. SQLite has no row locks;
there a claim is a single-writer BEGIN IMMEDIATE transaction (`db.transaction`), which serialises
claims on one machine. Leases are compared with each worker's clock: keep machines NTP-synced and
leases in minutes.

A claim is fenced by its attempt number: once a lease lapsed and another worker claimed the job,
the first worker's complete / fail / renew raise `LeaseLost` instead of overwriting the newer claim.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import islice

from pydantic import BaseModel, ConfigDict
from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.db import transaction
from service.errors import ServiceError
from service.settings import ServiceSettings
from service.tables import JobState, TranslationJobRow, utcnow

# Retry waits double per attempt up to this.
MAX_RETRY_WAIT = timedelta(hours=1)
# Errors are kept for people to read, not as logs.
_MAX_ERROR_CHARS = 4000
_LIVE = (JobState.QUEUED, JobState.RUNNING)
_INSERT_BATCH = 500
# The live-job index's predicate, spelled as in the index: ON CONFLICT infers a partial index from it.
_LIVE_WHERE = text("state IN ('queued', 'running')")


class Outcome(StrEnum):
    TRANSLATED = "translated"  # a new translation was stored
    REUSED = "reused"  # a translation of the same text, prompt and model was already stored
    OBSOLETE = "obsolete"  # the study's criteria text changed since: a newer job translates it


class LeaseLost(ServiceError):
    def __init__(self, job_id: int, worker: str, attempt: int) -> None:
        self.job_id = job_id
        super().__init__(
            f"translation job {job_id}: {worker}'s claim (attempt {attempt}) is no longer valid: its lease "
            "expired and the job was claimed again or finished; leave it to the newer claim"
        )


@dataclass(frozen=True)
class QueuePolicy:
    """How long a claim lasts, how often a job is tried, and how long a retry waits at first."""

    lease: timedelta = timedelta(minutes=10)
    max_attempts: int = 3
    retry: timedelta = timedelta(seconds=30)

    @classmethod
    def from_settings(cls, settings: ServiceSettings) -> QueuePolicy:
        return cls(
            lease=timedelta(seconds=settings.queue_lease_seconds),
            max_attempts=settings.queue_max_attempts,
            retry=timedelta(seconds=settings.queue_retry_seconds),
        )

    def retry_wait(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed attempt: retry, 2×retry, 4×retry… at most an hour."""
        wait: timedelta = self.retry * 2 ** max(attempts - 1, 0)
        return min(wait, MAX_RETRY_WAIT)


class Job(BaseModel):
    """A snapshot of a job row; `attempts` of a claimed job is its claim's fencing number."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    nct_id: str
    source_sha: str
    backend: str
    state: JobState
    attempts: int
    not_before: datetime
    claimed_by: str | None
    claimed_at: datetime | None
    lease_expires_at: datetime | None
    last_error: str | None
    outcome: str | None
    translation_id: int | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None


def enqueue(
    session: Session, items: Iterable[tuple[str, str]], *, backend: str, now: datetime | None = None
) -> Counter[str]:
    """Queue a job per (NCT id, criteria sha) unless a live one exists; returns how many were
    'queued' and how many 'already queued'. Safe against concurrent enqueuers (ON CONFLICT DO NOTHING
    on the live-job unique index)."""
    counts: Counter[str] = Counter()
    iterator = iter(dict.fromkeys(items))
    when = now or utcnow()
    while batch := list(islice(iterator, _INSERT_BATCH)):
        rows = [
            {
                "nct_id": nct_id,
                "source_sha": source_sha,
                "backend": backend,
                "state": JobState.QUEUED,
                "attempts": 0,
                "not_before": when,
                "created_at": when,
                "updated_at": when,
            }
            for nct_id, source_sha in batch
        ]
        with transaction(session):
            dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            statement = (
                dialect.insert(TranslationJobRow)
                .values(rows)
                .on_conflict_do_nothing(
                    index_elements=["nct_id", "source_sha"],
                    index_where=_LIVE_WHERE,
                )
                .returning(TranslationJobRow.id)
            )
            created = len(session.execute(statement).all())
        counts["queued"] += created
        counts["already queued"] += len(batch) - created
    return counts


def claim(
    session: Session, worker: str, *, policy: QueuePolicy, batch: int = 1, now: datetime | None = None
) -> list[Job]:
    """Claim up to `batch` ready jobs for `worker`, oldest first. A running job whose lease expired
    is claimed again, unless that was its last attempt: then it is marked failed."""
    when = now or utcnow()
    ready = or_(
        and_(TranslationJobRow.state == JobState.QUEUED, TranslationJobRow.not_before <= when),
        and_(TranslationJobRow.state == JobState.RUNNING, TranslationJobRow.lease_expires_at <= when),
    )
    statement = (
        select(TranslationJobRow)
        .where(ready)
        .order_by(TranslationJobRow.id)
        .limit(batch)
        .with_for_update(skip_locked=True)  # rendered as nothing on SQLite (BEGIN IMMEDIATE instead)
    )
    claimed = []
    with transaction(session):
        for row in list(session.scalars(statement)):
            if row.state is JobState.RUNNING:
                row.last_error = f"the lease of {row.claimed_by} expired during attempt {row.attempts}"
                if row.attempts >= policy.max_attempts:
                    _finish(row, JobState.FAILED, when)
                    row.last_error += f" (the last of {policy.max_attempts}): crashed or too slow?"
                    continue
            row.state, row.claimed_by, row.claimed_at = JobState.RUNNING, worker, when
            row.lease_expires_at, row.attempts, row.updated_at = when + policy.lease, row.attempts + 1, when
            claimed.append(row)
        session.flush()
        return [snapshot(row) for row in claimed]


def renew(session: Session, job: Job, *, policy: QueuePolicy, now: datetime | None = None) -> Job:
    """Extend the claim's lease from now; LeaseLost if the claim is no longer valid."""
    when = now or utcnow()
    with transaction(session):
        row = _fenced(session, job)
        row.lease_expires_at, row.updated_at = when + policy.lease, when
        return snapshot(row)


def complete(
    session: Session, job: Job, outcome: Outcome, *, translation_id: int | None = None, now: datetime | None = None
) -> Job:
    """Mark a claimed job done; LeaseLost if the claim is no longer valid."""
    with transaction(session):
        row = _fenced(session, job)
        row.outcome, row.translation_id = outcome.value, translation_id
        _finish(row, JobState.DONE, now or utcnow())
        return snapshot(row)


def fail(session: Session, job: Job, error: str, *, policy: QueuePolicy, now: datetime | None = None) -> Job:
    """Record a failed attempt: queued again after the retry wait, or failed for good after the last
    attempt. The error is kept either way. LeaseLost if the claim is no longer valid."""
    when = now or utcnow()
    with transaction(session):
        row = _fenced(session, job)
        row.last_error = error[:_MAX_ERROR_CHARS]
        if row.attempts >= policy.max_attempts:
            _finish(row, JobState.FAILED, when)
        else:
            _unclaim(row, when)
            row.not_before = when + policy.retry_wait(row.attempts)
        return snapshot(row)


def release(session: Session, job: Job, *, now: datetime | None = None) -> Job:
    """Hand back a claimed job not worked on (the attempt does not count); LeaseLost if not ours."""
    when = now or utcnow()
    with transaction(session):
        row = _fenced(session, job)
        _unclaim(row, when)
        row.attempts -= 1
        return snapshot(row)


def retry_failed(session: Session, *, now: datetime | None = None) -> int:
    """Queue the failed jobs again with fresh attempts (unless their study text got a live job since)."""
    when = now or utcnow()
    live = select(TranslationJobRow.nct_id, TranslationJobRow.source_sha).where(TranslationJobRow.state.in_(_LIVE))
    with transaction(session):
        taken = {(nct_id, sha) for nct_id, sha in session.execute(live)}
        failed = session.scalars(
            select(TranslationJobRow)
            .where(TranslationJobRow.state == JobState.FAILED)
            .order_by(TranslationJobRow.id)
            .with_for_update()
        )
        count = 0
        for row in failed:
            if (row.nct_id, row.source_sha) in taken:
                continue
            taken.add((row.nct_id, row.source_sha))
            _unclaim(row, when)
            row.attempts, row.not_before, row.finished_at = 0, when, None
            count += 1
        return count


def counts(session: Session) -> dict[JobState, int]:
    """How many jobs are in each state (every state listed, zeros included)."""
    statement = select(TranslationJobRow.state, func.count()).group_by(TranslationJobRow.state)
    with transaction(session, write=False):
        found = {state: int(number) for state, number in session.execute(statement)}
    return {state: found.get(state, 0) for state in JobState}


def unfinished(session: Session) -> int:
    """Jobs queued or being worked on: trials whose translation is still to come."""
    statement = select(func.count()).select_from(TranslationJobRow).where(
        TranslationJobRow.state.in_((JobState.QUEUED, JobState.RUNNING))
    )
    with transaction(session, write=False):
        return int(session.scalar(statement) or 0)


def jobs(
    session: Session, *, state: JobState | None = None, nct_id: str | None = None, limit: int = 100
) -> list[Job]:
    """Jobs, newest first, optionally of one state or study."""
    statement = select(TranslationJobRow)
    if state is not None:
        statement = statement.where(TranslationJobRow.state == state)
    if nct_id is not None:
        statement = statement.where(TranslationJobRow.nct_id == nct_id)
    with transaction(session, write=False):
        rows = session.scalars(statement.order_by(TranslationJobRow.id.desc()).limit(limit))
        return [snapshot(row) for row in rows]


def _fenced(session: Session, job: Job) -> TranslationJobRow:
    row = session.get(TranslationJobRow, job.id, with_for_update=True, populate_existing=True)
    valid = (
        row is not None
        and row.state is JobState.RUNNING
        and row.claimed_by == job.claimed_by
        and row.attempts == job.attempts
    )
    if not valid or row is None:
        raise LeaseLost(job.id, job.claimed_by or "?", job.attempts)
    return row


def _unclaim(row: TranslationJobRow, when: datetime) -> None:
    row.state, row.claimed_by, row.claimed_at, row.lease_expires_at, row.updated_at = (
        JobState.QUEUED, None, None, None, when
    )


def _finish(row: TranslationJobRow, state: JobState, when: datetime) -> None:
    row.state, row.lease_expires_at, row.finished_at, row.updated_at = state, None, when, when


def snapshot(row: TranslationJobRow) -> Job:
    return Job.model_validate(row)

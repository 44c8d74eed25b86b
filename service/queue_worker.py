"""A queue worker: claims translation jobs and translates them through the same workflow the API and
inline `ingest` use (`workflow.translate_study`: the reuse check under the study's lock, findings,
audit events), so a job translated twice (a lease that lapsed mid-way) still stores one translation.

While a job is worked on, a heartbeat thread renews its lease every third of the lease, so a translation
that takes longer than the lease (a large trial through a slow LLM) is not claimed again by another worker;
a worker that dies stops renewing, and its job is claimed again once the lease lapses.

A worker stops between jobs when its stop event is set; jobs it claimed but did not start go back
to the queue untouched. A job whose translation raises is recorded as a failed attempt (retried
after a backoff, failed for good after the last attempt) and the worker goes on with the next.
"""

from __future__ import annotations

import os
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from service import queue, store, workflow
from service.queue import Job, LeaseLost, Outcome, QueuePolicy
from service.tables import JobState
from translator.backend import Backend

BackendFor = Callable[[str], Backend]
Clock = Callable[[], datetime]
Log = Callable[[str], None]


def default_name() -> str:
    """host:pid, which names the worker in claims and in the audit trail of what it stores."""
    return f"{socket.gethostname()}:{os.getpid()}"


def cached_backends(make: BackendFor) -> BackendFor:
    """One backend per name, built on first use (a worker thread keeps its own)."""
    built: dict[str, Backend] = {}

    def backend_for(name: str) -> Backend:
        if name not in built:
            built[name] = make(name)
        return built[name]

    return backend_for


@dataclass
class WorkerReport:
    """What a worker did: jobs per outcome ('translated', 'reused', 'obsolete'), 'retried' (failed
    attempts queued again), 'failed' (given up), 'lost' (claims that lapsed), 'released', and
    'database errors' (waited out)."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, other: WorkerReport) -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)

    def summary(self) -> str:
        order = ("translated", "reused", "obsolete", "retried", "failed", "lost", "released", "database errors")
        return ", ".join(f"{self.counts[key]} {key}" for key in order)


class Worker:
    """Claims `batch` jobs at a time from the store behind `sessions` and works through them."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        backend_for: BackendFor,
        *,
        name: str | None = None,
        policy: QueuePolicy | None = None,
        batch: int = 8,
        poll_seconds: float = 2.0,
        clock: Clock | None = None,
        log: Log | None = None,
    ) -> None:
        self.sessions = sessions
        self.backend_for = backend_for
        self.name = name or default_name()
        self.policy = policy or QueuePolicy()
        self.batch = batch
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.log = log or (lambda _message: None)
        self.report = WorkerReport()

    @property
    def actor(self) -> str:
        return f"worker {self.name}"

    def run(self, stop: threading.Event, *, drain: bool = False) -> WorkerReport:
        """Work until `stop` is set, waiting for new jobs when there are none (or for the database
        when it cannot be reached), or, with `drain`, until no job is ready (jobs waiting out a retry
        backoff are left for later)."""
        while not stop.is_set():
            try:
                claimed = self.run_batch(stop)
            except OperationalError as error:  # the database is unreachable or stayed locked: try again later
                if drain:
                    raise
                self.report.counts["database errors"] += 1
                self.log(f"database error, trying again in {self.poll_seconds:g} s: {error.orig}")
                claimed = 0
            if claimed:
                continue
            if drain:
                break
            stop.wait(self.poll_seconds)
        return self.report

    def run_batch(self, stop: threading.Event | None = None) -> int:
        """Claim one batch and work through it; returns how many jobs were claimed (0: none ready)."""
        with self.sessions() as session:
            jobs = queue.claim(session, self.name, policy=self.policy, batch=self.batch, now=self._now())
            for index, job in enumerate(jobs):
                if stop is not None and stop.is_set():
                    for left in jobs[index:]:
                        if self._settle(session, left, partial(queue.release, session, left, now=self._now())):
                            self.report.counts["released"] += 1
                    break
                self._work(session, job)
            return len(jobs)

    def _work(self, session: Session, job: Job) -> None:
        try:
            job = queue.renew(session, job, policy=self.policy, now=self._now())  # a fresh lease for this job
        except LeaseLost as lost:
            self._lost(lost)
            return
        try:
            with self._heartbeat(job):
                outcome, translation_id = self._translate(session, job)
        except Exception as error:  # whatever one job raises is recorded on it; the worker goes on
            session.rollback()
            message = f"{type(error).__name__}: {error}"
            self._settle(session, job, partial(self._failed, session, job, message))
            return
        done = partial(queue.complete, session, job, outcome, translation_id=translation_id, now=self._now())
        if not self._settle(session, job, done):
            return
        self.report.counts[outcome.value] += 1
        self.log(f"{job.nct_id}: {outcome.value}" + (f" (translation {translation_id})" if translation_id else ""))

    @contextmanager
    def _heartbeat(self, job: Job) -> Iterator[None]:
        """Renew `job`'s lease from a thread with its own session until the block ends."""
        done = threading.Event()

        def beat() -> None:
            while not done.wait(self.policy.lease.total_seconds() / 3):
                try:
                    with self.sessions() as session:
                        queue.renew(session, job, policy=self.policy, now=self._now())
                except LeaseLost:
                    return  # claimed by another worker meanwhile: completing will say so
                except OperationalError as error:  # locked or unreachable: the next beat tries again
                    self.log(f"{job.nct_id}: could not renew the lease: {error.orig}")

        thread = threading.Thread(target=beat, name=f"lease-{job.id}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()

    def _translate(self, session: Session, job: Job) -> tuple[Outcome, int | None]:
        study = store.get_study(session, job.nct_id)
        if study.criteria_sha != job.source_sha:  # re-ingested since: the newer text has its own job
            return Outcome.OBSOLETE, None
        result = workflow.translate_study(session, job.nct_id, self.backend_for(job.backend), actor=self.actor)
        translation_id = None if result.stored is None else result.stored.id
        return (Outcome.REUSED if result.reused else Outcome.TRANSLATED), translation_id

    def _failed(self, session: Session, job: Job, message: str) -> Job:
        after = queue.fail(session, job, message, policy=self.policy, now=self._now())
        if after.state is JobState.FAILED:
            self.report.counts["failed"] += 1
            self.report.errors.append(f"{job.nct_id} (job {job.id}): {message}")
            self.log(f"{job.nct_id}: failed after {after.attempts} attempt(s): {message}")
        else:
            self.report.counts["retried"] += 1
            self.log(f"{job.nct_id}: attempt {after.attempts} failed, retried after {after.not_before:%H:%M:%S}: "
                     f"{message}")
        return after

    def _settle(self, session: Session, job: Job, action: Callable[[], Job]) -> bool:
        """Run a complete / fail / release; a claim that lapsed meanwhile is counted, not raised."""
        try:
            action()
        except LeaseLost as lost:
            session.rollback()
            self._lost(lost)
            return False
        return True

    def _lost(self, lost: LeaseLost) -> None:
        self.report.counts["lost"] += 1
        self.log(str(lost))

    def _now(self) -> datetime | None:
        return None if self.clock is None else self.clock()

"""The translation queue on real databases (SQLite and PostgreSQL): enqueueing, claiming under a
lease, several workers at once, reclaiming a crashed worker's job, retries, and the CLI round trip
(`ingest --queue` → `worker --once` → the study has its translation)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from service import db, queue, queue_ingest, store, workflow
from service.cli import app
from service.queue import Job, LeaseLost, Outcome, QueuePolicy
from service.queue_worker import Worker
from service.schemas import EligibilityState
from service.tables import JobState, TranslationJobRow
from tests.service.store_samples import count, findings, make_study, translate, with_criteria
from translator.backend import Backend
from translator.errors import BackendError
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.offline import OfflineBackend
from translator.records import Study

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
POLICY = QueuePolicy(lease=timedelta(minutes=1), max_attempts=3, retry=timedelta(seconds=10))


class Clock:
    """A clock the test moves by hand: leases and backoffs are checked without sleeping."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def _ingest(session: Session, raws: list[dict[str, Any]]) -> list[Study]:
    studies = [make_study(raw) for raw in raws]
    store.ingest_studies(session, studies, actor="test")
    return studies


def _enqueue(session: Session, studies: list[Study], backend: str = "offline") -> Counter[str]:
    return queue.enqueue(session, [(s.nct_id, s.criteria_sha) for s in studies], backend=backend, now=T0)


def _worker(engine: Engine, backend: Backend, name: str = "w1", **options: Any) -> Worker:
    return Worker(db.session_factory(engine), lambda _name: backend, name=name, policy=POLICY, **options)


def _generated(session: Session, nct_id: str) -> int:
    return sum(entry.action == "generated" for entry in store.study_history(session, nct_id))


# ---------------------------------------------------------------- enqueue and claim


def test_enqueue_is_idempotent_while_a_job_is_live(session: Session, records: list[dict[str, Any]]) -> None:
    studies = _ingest(session, records[:3])
    assert _enqueue(session, studies) == Counter({"queued": 3})
    again = queue.enqueue(session, [(s.nct_id, s.criteria_sha) for s in [*studies, studies[0]]], backend="offline")
    assert again == Counter({"already queued": 3})
    assert queue.counts(session)[JobState.QUEUED] == 3
    [claimed] = queue.claim(session, "w1", policy=POLICY, now=T0)
    assert _enqueue(session, [studies[0]])["already queued"] == 1  # running is live too
    queue.complete(session, claimed, Outcome.TRANSLATED, now=T0)
    # Done is not live: the same text can be queued again (ingest --queue first checks for a translation).
    assert _enqueue(session, [studies[0]]) == Counter({"queued": 1})
    assert count(session, "translation_jobs") == 4


def test_claim_takes_the_oldest_ready_jobs_under_a_lease(session: Session, records: list[dict[str, Any]]) -> None:
    _enqueue(session, _ingest(session, records[:3]))
    first = queue.claim(session, "w1", policy=POLICY, batch=2, now=T0)
    assert [job.id for job in first] == [1, 2]
    assert all(job.state is JobState.RUNNING and job.attempts == 1 and job.claimed_by == "w1" for job in first)
    assert first[0].lease_expires_at == T0 + POLICY.lease
    [third] = queue.claim(session, "w2", policy=POLICY, batch=2, now=T0)
    assert third.id == 3
    assert queue.claim(session, "w3", policy=POLICY, batch=2, now=T0) == []
    assert queue.counts(session) == {JobState.QUEUED: 0, JobState.RUNNING: 3, JobState.DONE: 0, JobState.FAILED: 0}


def test_an_expired_lease_is_claimed_again_and_the_first_claim_is_fenced(
    session: Session, records: list[dict[str, Any]]
) -> None:
    _enqueue(session, _ingest(session, records[:1]))
    [crashed] = queue.claim(session, "w1", policy=POLICY, now=T0)
    assert queue.claim(session, "w2", policy=POLICY, now=T0 + POLICY.lease - timedelta(seconds=1)) == []
    [again] = queue.claim(session, "w2", policy=POLICY, now=T0 + POLICY.lease)
    assert (again.id, again.claimed_by, again.attempts) == (crashed.id, "w2", 2)
    assert again.last_error == "the lease of w1 expired during attempt 1"
    late: list[Callable[[], Job]] = [
        partial(queue.complete, session, crashed, Outcome.TRANSLATED),
        partial(queue.fail, session, crashed, "boom", policy=POLICY),
        partial(queue.renew, session, crashed, policy=POLICY),
    ]
    for call in late:
        with pytest.raises(LeaseLost, match=f"job {crashed.id}: w1's claim"):
            call()
    done = queue.complete(session, again, Outcome.REUSED, translation_id=7)
    assert (done.state, done.outcome, done.translation_id) == (JobState.DONE, "reused", 7)


def test_a_lease_that_expires_on_the_last_attempt_fails_the_job(
    session: Session, records: list[dict[str, Any]]
) -> None:
    _enqueue(session, _ingest(session, records[:1]))
    policy = QueuePolicy(lease=timedelta(seconds=5), max_attempts=2)
    when = T0
    for _ in range(policy.max_attempts):
        assert len(queue.claim(session, "w1", policy=policy, now=when)) == 1
        when += policy.lease
    assert queue.claim(session, "w2", policy=policy, now=when) == []
    [failed] = queue.jobs(session, state=JobState.FAILED)
    assert failed.attempts == 2
    assert failed.last_error is not None and "(the last of 2): crashed or too slow?" in failed.last_error


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_postgres_claims_skip_rows_another_transaction_has_locked(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    _enqueue(session, _ingest(session, records[:3]))
    # A claimer that waited for the lock would fail here after 2 s instead of hanging the test.
    other = create_engine(engine.url, connect_args={"options": "-c lock_timeout=2000"})
    try:
        with db.session_factory(engine)() as holder, holder.begin():
            holder.execute(select(TranslationJobRow).where(TranslationJobRow.id == 1).with_for_update())
            with db.session_factory(other)() as claimer:
                claimed = queue.claim(claimer, "w2", policy=POLICY, batch=3, now=T0)
        assert [job.id for job in claimed] == [2, 3]
    finally:
        other.dispose()


# ---------------------------------------------------------------- workers


def test_several_workers_do_every_job_exactly_once(engine: Engine, records: list[dict[str, Any]]) -> None:
    # Twelve jobs for four workers taking two at a time: every worker claims at the same moment and some must wait
    # for more, which is what the test is about; all 40 records only made the offline translation the slow part.
    with db.session_factory(engine)() as session:
        studies = _ingest(session, records[:12])
        _enqueue(session, studies)
    # Each worker its own engine (its own connections), as separate processes would have.
    engines = [db.make_engine(engine.url) for _ in range(4)]
    workers = [
        _worker(own, OfflineBackend(), name=f"w{index}", batch=2) for index, own in enumerate(engines, start=1)
    ]
    start = threading.Barrier(len(workers))
    failures: list[BaseException] = []

    def run(worker: Worker) -> None:
        start.wait()
        try:
            worker.run(threading.Event(), drain=True)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=run, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    for own in engines:
        own.dispose()
    assert not failures
    assert sum(worker.report.counts["translated"] for worker in workers) == len(studies)
    with db.session_factory(engine)() as session:
        jobs = queue.jobs(session, limit=1000)
        assert {job.state for job in jobs} == {JobState.DONE}
        assert all(job.attempts == 1 for job in jobs), "a job was claimed twice"
        assert len({job.claimed_by for job in jobs}) > 1, "one worker did everything: no concurrency was tested"
        assert count(session, "translations") == len(studies)
        assert all(_generated(session, study.nct_id) == 1 for study in studies)
        assert sorted(job.translation_id or 0 for job in jobs) == list(range(1, len(studies) + 1))


def test_a_failing_translation_is_retried_with_backoff_then_failed_and_nothing_is_lost(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    [study] = _ingest(session, records[:1])
    published = store.add_translation(session, study.nct_id, translate(study), findings(), actor="test")
    store.approve(session, published.id, actor="editor")
    changed = make_study(with_criteria(records[0], "Inclusion Criteria:\n\n* Adults aged 18 to 70 years"))
    store.ingest_studies(session, [changed], actor="test")  # the published one is stale now
    history = store.study_history(session, study.nct_id)
    _enqueue(session, [changed], backend="scripted")
    broken = ScriptedBackend(*(BackendError(f"model down ({n})") for n in (1, 2, 3)), default=echo_rendering)
    clock = Clock()
    worker = _worker(engine, broken, clock=clock)
    assert worker.run_batch() == 1
    [job] = queue.jobs(session)
    assert (job.state, job.attempts, job.not_before) == (JobState.QUEUED, 1, T0 + POLICY.retry)
    assert job.last_error == "BackendError: model down (1)"
    clock.advance(9)
    assert worker.run_batch() == 0  # still waiting out the backoff
    clock.advance(1)
    assert worker.run_batch() == 1
    assert queue.jobs(session)[0].not_before == clock.now + 2 * POLICY.retry  # the wait doubles
    clock.advance(20)
    assert worker.run_batch() == 1
    [job] = queue.jobs(session)
    assert (job.state, job.attempts, job.last_error) == (JobState.FAILED, 3, "BackendError: model down (3)")
    assert worker.report.counts == Counter({"retried": 2, "failed": 1})
    # Nothing stored was touched: the study as ingested, the stale published translation still served.
    assert store.get_study(session, study.nct_id).criteria_sha == changed.criteria_sha
    served = store.published_translation(session, study.nct_id)
    assert served is not None and (served.id, served.stale) == (published.id, True)
    assert store.study_history(session, study.nct_id) == history
    # Once the cause is fixed, `queue retry` puts it back and it goes through.
    assert queue.retry_failed(session, now=clock.now) == 1
    assert worker.run_batch() == 1
    [job] = queue.jobs(session)
    assert (job.state, job.outcome, job.attempts) == (JobState.DONE, "translated", 1)


def test_a_job_for_text_that_changed_since_is_obsolete(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    [study] = _ingest(session, records[:1])
    _enqueue(session, [study])
    changed = make_study(with_criteria(records[0], "Inclusion Criteria:\n\n* Adults aged 18 to 70 years"))
    store.ingest_studies(session, [changed], actor="test")
    _enqueue(session, [changed])
    worker = _worker(engine, OfflineBackend())
    worker.run(threading.Event(), drain=True)
    old, new = sorted(queue.jobs(session), key=lambda job: job.id)
    assert (old.outcome, old.translation_id) == ("obsolete", None)
    assert new.outcome == "translated" and new.translation_id is not None
    assert store.get_translation(session, new.translation_id).source_sha == changed.criteria_sha


def test_a_stopping_worker_hands_back_the_jobs_it_did_not_start(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    _enqueue(session, _ingest(session, records[:3]))
    stop = threading.Event()
    worker = _worker(engine, OfflineBackend(), batch=3, log=lambda _line: stop.set())  # stop after one job
    worker.run(stop)
    assert (worker.report.counts["translated"], worker.report.counts["released"]) == (1, 2)
    states = [(job.state, job.attempts, job.claimed_by) for job in sorted(queue.jobs(session), key=lambda j: j.id)]
    assert states == [(JobState.DONE, 1, "w1"), (JobState.QUEUED, 0, None), (JobState.QUEUED, 0, None)]


def test_a_worker_waits_out_a_database_that_stays_locked(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    path = tmp_path / "store.db"
    engine = db.make_engine(f"sqlite:///{path}", busy_timeout_ms=50)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            _enqueue(session, _ingest(session, records[:1]))
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another writer that keeps the lock past the busy timeout
        stop = threading.Event()
        lines: list[str] = []

        def log(line: str) -> None:
            lines.append(line)
            if line.startswith("database error"):
                holder.execute("ROLLBACK")
            else:
                stop.set()

        worker = _worker(engine, OfflineBackend(), log=log, poll_seconds=0.01)
        worker.run(stop)
        holder.close()
    finally:
        engine.dispose()
    assert lines[0] == "database error, trying again in 0.01 s: database is locked"
    assert (worker.report.counts["database errors"], worker.report.counts["translated"]) == (1, 1)


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def database(empty_database: URL, monkeypatch: pytest.MonkeyPatch) -> URL:
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", empty_database.render_as_string(hide_password=False))
    monkeypatch.setenv("TRIALPLAIN_BACKEND", "offline")
    monkeypatch.setenv("TRIALPLAIN_LIVE", "false")
    return empty_database


def test_cli_ingest_queue_then_worker_once_translates_each_study(
    database: URL, tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    runner = CliRunner()
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(raw) + "\n" for raw in records[:3]))
    queued = runner.invoke(app, ["ingest", "--queue", str(source)])
    assert queued.exit_code == 0, queued.output
    assert "3 new" in queued.output and "0 translated" in queued.output
    assert "3 translation jobs queued (0 already queued)" in queued.output
    status = runner.invoke(app, ["queue", "status"])
    assert status.exit_code == 0, status.output
    assert [line.split() for line in status.output.splitlines()] == [["queued", "3"], ["running", "0"], ["done", "0"],
                                                                     ["failed", "0"]]
    worked = runner.invoke(app, ["worker", "--once", "--batch", "2", "--name", "test-worker"])
    assert worked.exit_code == 0, worked.output
    assert "worker test-worker stopped: 3 translated, 0 reused" in worked.output
    engine = db.make_engine(database)
    try:
        with db.session_factory(engine)() as session:
            ids = [make_study(raw).nct_id for raw in records[:3]]
            statuses = workflow.eligibility_statuses(session, ids)
            assert {status.state for status in statuses.values()} == {EligibilityState.PENDING}
            for nct_id in ids:
                [generated] = [e for e in store.study_history(session, nct_id) if e.action == "generated"]
                assert generated.actor == "worker test-worker"
            assert queue.counts(session)[JobState.DONE] == 3
    finally:
        engine.dispose()
    again = runner.invoke(app, ["ingest", "--queue", str(source)])
    assert again.exit_code == 0 and "3 reused" in again.output and "0 translation jobs queued" in again.output


def test_ingest_queue_neither_stores_nor_queues_a_record_the_store_cannot_keep(
    session: Session, records: list[dict[str, Any]]
) -> None:
    section = records[0]["protocolSection"]
    bad = make_study({**records[0], "protocolSection": {**section, "statusModule": {"overallStatus": "X" * 41}}})
    report = queue_ingest.ingest(session, [bad, make_study(records[1])], actor="cli", backend_name="offline",
                                 backend=OfflineBackend())
    assert (report.counts["rejected"], report.counts["new"], report.counts["queued"]) == (1, 1, 1)
    assert count(session, "studies") == 1


def test_cli_worker_threads_share_the_queue(database: URL, tmp_path: Path, records: list[dict[str, Any]]) -> None:
    runner = CliRunner()
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(raw) + "\n" for raw in records[:6]))
    assert runner.invoke(app, ["ingest", "--queue", str(source)]).exit_code == 0
    worked = runner.invoke(app, ["worker", "--once", "--concurrency", "2", "--batch", "1", "--name", "c"])
    assert worked.exit_code == 0, worked.output
    assert "worker c stopped: 6 translated" in worked.output
    engine = db.make_engine(database)
    try:
        with db.session_factory(engine)() as session:
            jobs = queue.jobs(session)
    finally:
        engine.dispose()
    assert len(jobs) == 6 and {job.state for job in jobs} == {JobState.DONE}
    assert {job.claimed_by for job in jobs} <= {"c/1", "c/2"}


def test_cli_worker_stops_cleanly_on_sigterm(database: URL) -> None:
    command = [sys.executable, "-c", "from service.cli import app; app()", "worker", "--name", "idle"]
    worker = subprocess.Popen(
        command, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert worker.stdout is not None
        first = worker.stdout.readline()  # printed once it is migrated and about to claim
        assert "worker idle: 1 thread(s)" in first, first
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, output
    assert "SIGTERM: stopping after the current job" in output
    assert "worker idle stopped: 0 translated" in output


def test_a_job_worked_on_longer_than_its_lease_keeps_it(
    engine: Engine, session: Session, records: list[dict[str, Any]]
) -> None:
    """The heartbeat renews the lease while the translation runs: no other worker claims the job meanwhile."""
    [study] = _ingest(session, records[:1])
    _enqueue(session, [study])
    clock, started, gate = Clock(), threading.Event(), threading.Event()
    policy = QueuePolicy(lease=timedelta(seconds=0.3), max_attempts=3)  # a beat every 0.1 s of real time

    def slow(request: Any) -> Any:
        started.set()
        assert gate.wait(30), "the test never let the translation finish"
        return echo_rendering(request)

    worker = Worker(db.session_factory(engine), lambda _name: ScriptedBackend(default=slow), name="w1",
                    policy=policy, clock=clock)
    working = threading.Thread(target=worker.run_batch)
    working.start()
    try:
        assert started.wait(30)
        claimed_at = T0 + policy.lease
        deadline = datetime.now(UTC) + timedelta(seconds=30)
        clock.advance(10)  # far past the first lease: only a renewal made since can keep the job
        while datetime.now(UTC) < deadline:
            [job] = queue.jobs(session)
            if job.lease_expires_at is not None and job.lease_expires_at > claimed_at:
                break
            threading.Event().wait(0.05)
        assert job.lease_expires_at == clock.now + policy.lease
        assert queue.claim(session, "w2", policy=policy, now=clock.now) == []
    finally:
        gate.set()
        working.join()
    assert (worker.report.counts["translated"], worker.report.counts["lost"]) == (1, 0)

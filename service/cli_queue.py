"""`trialplain worker` and `trialplain queue`: translate the jobs `ingest --queue` put in the store,
on as many machines as share its PostgreSQL database, and see where the queue stands.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError

from service import db, queue
from service.cli_service import _sessions, err, out
from service.queue import QueuePolicy
from service.queue_worker import Worker, WorkerReport, cached_backends, default_name
from service.settings import ServiceSettings
from service.tables import JobState
from translator.backends import make_backend
from translator.settings import TranslatorSettings

queue_app = typer.Typer(no_args_is_help=True, help="Where the translation queue stands; retry failed jobs.")


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT / SIGTERM set `stop` (the current job finishes first); a second SIGINT interrupts at once."""

    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        err.print(f"{signal.Signals(signum).name}: stopping after the current job…")
        stop.set()

    previous = {signum: signal.signal(signum, handle) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def worker(
    once: Annotated[bool, typer.Option("--once", help="Exit when no job is ready instead of waiting for more.")]
    = False,
    batch: Annotated[int, typer.Option(min=1, help="Jobs claimed at a time by each worker thread.")] = 8,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Worker threads (for the LLM backend; run more processes for offline work).")
    ] = 1,
    name: Annotated[str | None, typer.Option(help="Name in claims and in the audit trail (default host:pid).")]
    = None,
) -> None:
    """Claim translation jobs from the store and translate them, until SIGINT / SIGTERM (or --once: none ready).

    Each job is translated with the backend it names. Run one per machine or more: on PostgreSQL workers
    never claim the same job; a crashed worker's jobs are claimed again when their lease expires
    (TRIALPLAIN_QUEUE_LEASE_SECONDS).
    """
    settings = ServiceSettings()
    translator = TranslatorSettings()
    policy = QueuePolicy.from_settings(settings)
    base = name or default_name()
    stop = threading.Event()
    engine = db.engine_from_settings(settings)
    try:
        db.upgrade(engine)
        sessions = db.session_factory(engine)
        workers = [
            Worker(
                sessions,
                cached_backends(lambda backend: make_backend(translator, backend=backend)),
                name=base if concurrency == 1 else f"{base}/{index + 1}",
                policy=policy,
                batch=batch,
                poll_seconds=settings.queue_poll_seconds,
                log=err.print,
            )
            for index in range(concurrency)
        ]
        waiting = "until no job is ready" if once else "until SIGINT / SIGTERM"
        with _stop_on_signals(stop):  # before the banner: a signal from then on stops the worker cleanly
            err.print(f"worker {base}: {concurrency} thread(s), {batch} job(s) a claim, {waiting}")
            report = _run(workers, stop, drain=once)
    except OperationalError as error:  # unreachable at start, or with --once at any time
        err.print(f"[red]error[/] the database cannot be reached or stayed locked: {error.orig}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    out.print(f"worker {base} stopped: {report.summary()}")
    for failure in report.errors[:20]:
        err.print(f"[red]failed[/] {failure}")
    if report.counts["failed"]:
        raise typer.Exit(1)


def _run(workers: list[Worker], stop: threading.Event, *, drain: bool) -> WorkerReport:
    if len(workers) == 1:
        return workers[0].run(stop, drain=drain)
    failures: list[BaseException] = []

    def run(one: Worker) -> None:
        try:
            one.run(stop, drain=drain)
        except BaseException as error:  # a thread's crash stops the others and is raised below
            failures.append(error)
            stop.set()

    threads = [threading.Thread(target=run, args=(one,), name=one.name) for one in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():  # join in slices: the main thread must stay free to take signals
            thread.join(0.5)
    if failures:
        raise failures[0]
    report = WorkerReport()
    for one in workers:
        report.add(one.report)
    return report


@queue_app.command("status")
def status(
    failed: Annotated[int, typer.Option(min=0, help="Also list this many of the latest failed jobs.")] = 10,
) -> None:
    """Print how many translation jobs are queued, running, done and failed, and the latest failures."""
    with _sessions(ServiceSettings()) as session:
        counts = queue.counts(session)
        failures = queue.jobs(session, state=JobState.FAILED, limit=failed) if failed else []
    for state, number in counts.items():
        out.print(f"{state.value:<8} {number}")
    for job in failures:
        err.print(f"[red]failed[/] {job.nct_id} (job {job.id}, {job.attempts} attempts): {job.last_error}")


@queue_app.command("retry")
def retry() -> None:
    """Queue every failed job again with fresh attempts (after fixing what made them fail)."""
    with _sessions(ServiceSettings()) as session:
        number = queue.retry_failed(session)
    out.print(f"{number} failed job(s) queued again")

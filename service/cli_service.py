"""`trialplain ingest`, `serve`, `tokens` and `run`: fill the store, serve the API, hand out tokens,
and the one-command demo behind `make run`.

Every command builds its settings here, at the edge, and migrates the database first (creating it
when it does not exist), so each works on a fresh machine.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.console import Console
from sqlalchemy.orm import Session

from service import db, queue, queue_ingest, rechecks, store, workflow
from service.app import create_app, tune_gc
from service.cli_records import DataOpt, SourcesArg, translator_settings
from service.errors import ServiceError
from service.run_workers import RunWorkers, counts_now, final_line, watch
from service.settings import DEFAULT_DATA_DIR, ServiceSettings
from service.tables import Role
from translator.backends import make_backend
from translator.ctgov import CtgovClient
from translator.errors import RecordError, SourceError, TranslatorError
from translator.pipeline import Translator
from translator.records import Study
from translator.settings import TranslatorSettings
from translator.sources import load_study, read_sources

# soft_wrap: a token or a command must stay on one line to be copied, whatever the terminal width.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
tokens_app = typer.Typer(no_args_is_help=True, help="Create, list and revoke API tokens.")

CLI_ACTOR = "cli"
# Below this many records a process pool costs more to start than it saves.
_POOL_THRESHOLD = 50
# The live API's default set for `run` when there is no record file: a page of recruiting trials.
_LIVE_DEFAULT: dict[str, str | int] = {"filter.overallStatus": "RECRUITING", "pageSize": 100}

HostOpt = Annotated[str | None, typer.Option(help="Interface to bind (default $TRIALPLAIN_HOST, else 127.0.0.1).")]
# Bounded: uvicorn would take 99999 and listen on 99999 mod 65536 while printing 99999.
PortOpt = Annotated[
    int | None, typer.Option(min=1, max=65535, help="Port to listen on (default $TRIALPLAIN_PORT, else 8000).")
]
JobsOpt = Annotated[int, typer.Option(min=0, help="Processes translating at once; 0: one per CPU but one.")]


@contextmanager
def _sessions(settings: ServiceSettings) -> Iterator[Session]:
    """A session on the migrated store; its engine (and every pooled connection) is closed after."""
    engine = db.engine_from_settings(settings)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


# ---------------------------------------------------------------- translating in several processes

_worker: Translator | None = None


def _start_worker(settings: TranslatorSettings, backend: str) -> None:
    global _worker
    _worker = Translator(make_backend(settings, backend=backend))


def _prepare_in_worker(study: Study) -> workflow.Prepared | TranslatorError:
    assert _worker is not None, "the pool initializer builds the translator"
    try:
        return workflow.prepare(study, _worker)
    except TranslatorError as error:
        return error


class _Pool:
    """`workflow.PrepareMany` over a process pool (translating is CPU-bound for the offline backend)."""

    def __init__(self, settings: TranslatorSettings, backend: str, jobs: int) -> None:
        self.jobs = jobs
        self._args = (settings, backend)
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, studies: Sequence[Study]) -> list[workflow.Prepared | TranslatorError]:
        if self._pool is None:  # spawn, not fork: the parent holds database connections and threads
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=get_context("spawn"), initializer=_start_worker, initargs=self._args
            )
        chunk = max(1, len(studies) // (self.jobs * 4))
        return list(self._pool.map(_prepare_in_worker, studies, chunksize=chunk))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _ingest(
    session: Session, items: Iterable[Study | TranslatorError], settings: TranslatorSettings,
    *, backend: str | None, jobs: int, expected: int | None = None,
) -> workflow.IngestReport:
    """Ingest and translate with progress on stderr; several processes when there is enough work."""
    chosen = None if backend is None else make_backend(settings, backend=backend)
    # By default one CPU stays with this process, which stores what the others translate.
    workers = jobs or (os.cpu_count() or 1) - 1
    pool = _Pool(settings, backend, workers) if backend and workers > 1 and (expected or 0) > _POOL_THRESHOLD else None
    try:
        return workflow.ingest(
            session, items, actor=CLI_ACTOR, backend=chosen, prepare_many=pool, on_batch=_progress(expected)
        )
    finally:
        if pool is not None:
            pool.close()


def _progress(expected: int | None) -> Callable[[workflow.IngestReport], None]:
    """A line on stderr per stored batch: records so far (of how many), outcomes, seconds."""
    started = time.perf_counter()

    def show(report: workflow.IngestReport) -> None:
        done = sum(report.counts[key] for key in ("new", "changed", "updated", "unchanged", "rejected"))
        of = f"/{expected}" if expected and expected >= done else ""
        err.print(f"  {done}{of} records · {report.summary()} · {time.perf_counter() - started:.0f} s")

    return show


def _report(report: workflow.IngestReport, seconds: float) -> None:
    out.print(f"ingested in {seconds:.1f} s: {report.summary()}")
    for error in report.errors[:20]:
        err.print(f"[red]error[/] {error}")
    if len(report.errors) > 20:
        err.print(f"… and {len(report.errors) - 20} more errors")


def _count_lines(sources: Sequence[str]) -> int:
    """A cheap upper bound of the records to come (JSONL lines; one per other source)."""
    total = 0
    for source in sources:
        path = Path(source)
        if path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for _ in handle)
        else:
            total += 1 if not path.exists() else _POOL_THRESHOLD + 1
    return total


# ---------------------------------------------------------------- commands


def ingest(
    sources: SourcesArg,
    data: DataOpt = None,
    translate: Annotated[
        bool, typer.Option("--translate/--no-translate", help="Translate new and changed records.")
    ] = True,
    backend: Annotated[str | None, typer.Option(help="offline or llm (default $TRIALPLAIN_BACKEND)")] = None,
    jobs: JobsOpt = 0,
    queue: Annotated[
        bool, typer.Option("--queue", help="Queue translation jobs for `trialplain worker` instead of translating.")
    ] = False,
) -> None:
    """Store records (files, folders, NCT ids) and report new / changed / updated / unchanged / rejected.

    A record whose criteria text changed marks its published translation stale and is translated again;
    only its changed criteria wait for review."""
    settings = translator_settings(data)
    started = time.perf_counter()
    with _sessions(ServiceSettings()) as session:
        try:
            items = read_sources(sources, settings=settings)
            if queue and translate:
                name = backend or settings.backend
                report = queue_ingest.ingest(
                    session, items, actor=CLI_ACTOR, backend_name=name, backend=make_backend(settings, backend=name)
                )
            else:
                report = _ingest(
                    session, items, settings, backend=(backend or settings.backend) if translate else None, jobs=jobs,
                    expected=_count_lines(sources),
                )
        except (SourceError, ValueError) as error:
            err.print(f"[red]error[/] {error}")
            raise typer.Exit(2) from None
    _report(report, time.perf_counter() - started)
    if queue and translate:
        out.print(f"{report.counts['queued']} translation jobs queued ({report.counts['already queued']} already "
                  "queued): run `trialplain worker` to translate them")
    if report.counts["rejected"] or report.counts["failed"]:
        raise typer.Exit(1)


def serve(
    host: HostOpt = None,
    port: PortOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (each a stateless copy).")] = 1,
    access_log: Annotated[
        bool | None,
        typer.Option("--access-log/--no-access-log", help="Log each request (default $TRIALPLAIN_ACCESS_LOG: on)."),
    ] = None,
) -> None:
    """Serve the JSON API (/v1, docs at /docs) and the editor pages."""
    settings = ServiceSettings()
    if access_log is not None:
        settings = settings.model_copy(update={"access_log": access_log})
    with _sessions(settings) as session:  # create and migrate the database once, before any worker starts
        _warn_outdated(session)
    _serve(settings, host or settings.host, port or settings.port, workers)


def _warn_outdated(session: Session) -> None:
    count = rechecks.outdated(session)
    if count:
        err.print(f"[yellow]{count} translations carry findings of older fidelity checks[/]: run `trialplain recheck` "
                  "to check them again")


def _serve(
    settings: ServiceSettings, host: str, port: int, workers: int = 1, translator: TranslatorSettings | None = None
) -> None:
    if workers > 1:  # each worker builds its app from the environment; uvicorn passes it the options
        uvicorn.run(
            "service.app:app_factory", factory=True, workers=workers, host=host, port=port,
            access_log=settings.access_log,
        )
    else:
        app = create_app(settings, translator_settings=translator)
        tune_gc()
        uvicorn.run(app, host=host, port=port, access_log=settings.access_log)


@tokens_app.command("create")
def create_token(
    role: Annotated[Role, typer.Option(help="reader (site build), editor or admin.")],
    name: Annotated[str, typer.Option(help="Who holds it; the audit trail names every change by it.")],
) -> None:
    """Create an API token and print it. It is shown once: only its hash is stored."""
    with _sessions(ServiceSettings()) as session:
        token_id, secret = store.create_token(session, name, role, actor=CLI_ACTOR)
    err.print(f"token {token_id} for {name!r} ({role.value}); it is shown only now:")
    out.print(secret)


@tokens_app.command("list")
def list_tokens() -> None:
    """List the tokens (never their secrets)."""
    with _sessions(ServiceSettings()) as session:
        for token in store.list_tokens(session):
            revoked = f" revoked {token.revoked_at:%Y-%m-%d}" if token.revoked_at else ""
            out.print(f"{token.id}\t{token.role.value}\t{token.name}{revoked}")


@tokens_app.command("revoke")
def revoke_token(token_id: Annotated[int, typer.Argument(help="The id `tokens list` shows.")]) -> None:
    """Revoke a token for good."""
    with _sessions(ServiceSettings()) as session:
        try:
            token = store.revoke(session, token_id, actor=CLI_ACTOR)
        except ServiceError as error:
            err.print(f"[red]error[/] {error}")
            raise typer.Exit(1) from None
    err.print(f"revoked token {token.id} ({token.name})")


def _default_data() -> Path:
    shared = os.environ.get("TRIALPLAIN_SHARED_DATA")
    return (Path(shared) if shared else Path("../shared/data")) / "ctgov" / "studies.jsonl"


def _live_default(settings: TranslatorSettings) -> list[Study | TranslatorError]:
    with CtgovClient.from_settings(settings) as client:
        records, _ = client.fetch_page(_LIVE_DEFAULT)
    items: list[Study | TranslatorError] = []
    for record in records:
        try:
            items.append(load_study(record))
        except RecordError as error:
            items.append(error)
    return items


def run(
    data: Annotated[Path | None, typer.Option(help="Record file (default ../shared/data/ctgov/studies.jsonl).")]
    = None,
    host: HostOpt = None,
    port: PortOpt = None,
    jobs: JobsOpt = 0,
    serve_after: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve when done.")] = True,
    background: Annotated[
        bool,
        typer.Option(
            "--background/--wait",
            help="Serve at once and translate in worker processes beside the server (default), or translate "
            "every record before serving. Without --serve the records are always translated first.",
        ),
    ] = True,
) -> None:
    """The demo: ingest and translate (offline) the records, print an editor token, serve the API and pages.

    Creates the database when missing; the records come from --data, else ../shared/data/ctgov/studies.jsonl.
    By default it serves as soon as the records are stored and translates them in the background: the
    review queue fills as translations land, and what a stopped run left is translated by the next.
    """
    settings = ServiceSettings()
    # The demo translates offline and serves what it translated: POST /v1/translations then finds it.
    translator = TranslatorSettings().model_copy(update={"backend": "offline"})
    path = data or _default_data()
    in_background = background and serve_after
    started = time.perf_counter()
    with _sessions(settings) as session:
        try:
            if path.exists():
                doing = "storing and queueing" if in_background else "ingesting and translating"
                err.print(f"{doing} {path} (offline backend)…")
                items: Iterable[Study | TranslatorError] = read_sources([str(path)], settings=translator)
                expected = _count_lines([str(path)])
            else:
                if not translator.live:
                    raise SourceError("TRIALPLAIN_LIVE is false")
                err.print(f"{path} does not exist; fetching {_LIVE_DEFAULT['pageSize']} recruiting trials from "
                          "ClinicalTrials.gov…")
                items = _live_default(translator)
                expected = len(items)
            if in_background:
                report = queue_ingest.ingest(
                    session, items, actor=CLI_ACTOR, backend_name="offline",
                    backend=make_backend(translator, backend="offline"), on_batch=_progress(expected),
                )
            else:
                report = _ingest(session, items, translator, backend="offline", jobs=jobs, expected=expected)
            _report(report, time.perf_counter() - started)
            # A store kept from an earlier run may hold findings of older checks: the demo shows today's.
            rechecked = rechecks.recheck(session, actor=CLI_ACTOR)
            if rechecked.checked:
                err.print(f"rechecked: {rechecked.summary()}")
        except SourceError as error:
            err.print(
                f"[red]no records[/]: {path} does not exist and ClinicalTrials.gov cannot be reached ({error}).\n"
                "Point it at data: `make run DATA=/path/to/studies.jsonl` or `trialplain run --data PATH` "
                "(ClinicalTrials.gov API v2 records: one JSON study per line, a study, or a folder of them)."
            )
            if not store.list_studies(session, limit=1).items:
                raise typer.Exit(1) from None
            err.print("serving the records already in the database.")
        _, secret = store.create_token(session, "make-run editor", Role.EDITOR, actor=CLI_ACTOR)
        # Running jobs too: those of a run killed outright are claimed again once their lease lapses.
        waiting = queue.unfinished(session) if in_background else 0
    host, port = host or settings.host, port or settings.port
    out.print(f"\neditor token (shown once): [bold]{secret}[/]")
    out.print(f"API docs:     http://{host}:{port}/docs")
    out.print(f"review queue: curl -H 'Authorization: Bearer {secret}' http://{host}:{port}/v1/review/queue")
    out.print(f"editor pages: http://{host}:{port}/review\n")
    if not serve_after:
        return
    if not waiting:
        _serve(settings, host, port, translator=translator)
        return
    # One CPU stays with the server, as with the inline pool; one worker at least.
    workers = RunWorkers(count=jobs or max(1, (os.cpu_count() or 1) - 1), log_path=DEFAULT_DATA_DIR / "run-workers.log")
    engine = db.engine_from_settings(settings)
    sessions, stopping = db.session_factory(engine), threading.Event()
    try:
        workers.start()
        err.print(f"translating {waiting} records in the background ({workers.count} worker process(es), log "
                  f"{workers.log_path}); the review queue fills as they land")
        watch(workers, sessions, err.print, stopping)
        _serve(settings, host, port, translator=translator)
    finally:
        stopping.set()
        stopped_early = workers.running()
        workers.stop()
        found = counts_now(sessions) if stopped_early else None
        if found is not None:
            err.print(final_line(found))
        engine.dispose()

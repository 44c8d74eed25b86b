"""`trialplain run` (what `make run` does) serves at once and translates in worker processes beside the
server: run as a user runs it, in its own process, answering real HTTP, over real corpus records and a
real SQLite store; stopped with SIGINT as Ctrl-C stops it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import URL

from service import db, queue
from service.tables import JobState
from tests.service.ports import free_port
from tests.service.store_samples import count

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def _state(url: URL) -> tuple[dict[JobState, int], int]:
    """The queue's counts per state, and how many translations are stored."""
    engine = db.make_engine(url)
    try:
        with db.session_factory(engine)() as session:
            return queue.counts(session), count(session, "translations")
    finally:
        engine.dispose()


def _wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds:g} s for {what}"
        time.sleep(0.2)


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
        return [int(child) for child in handle.read().split()]


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


class Run:
    """A `trialplain run` process: its port, its output files, and the editor token it printed."""

    def __init__(self, process: subprocess.Popen[bytes], port: int, out: Path, err: Path) -> None:
        self.process, self.port, self.out, self.err = process, port, out, err

    def output(self) -> str:
        return self.out.read_text() + self.err.read_text()

    def serving(self) -> bool:
        assert self.process.poll() is None, self.output()
        try:
            return httpx.get(f"http://127.0.0.1:{self.port}/healthz").status_code == 200
        except httpx.TransportError:
            return False

    def token(self) -> str:
        lines = self.out.read_text().splitlines()
        return next(line.split(":", 1)[1].strip() for line in lines if "editor token" in line)

    def interrupt(self) -> int:
        """SIGINT, as Ctrl-C sends it; the exit status."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(60)


@pytest.fixture
def start_run(empty_database: URL, tmp_path: Path) -> Iterator[Callable[[list[dict[str, Any]]], Run]]:
    started: list[Run] = []
    env = {**os.environ, "TRIALPLAIN_DATABASE_URL": empty_database.render_as_string(hide_password=False),
           "TRIALPLAIN_ACCESS_LOG": "false"}

    def start(records: list[dict[str, Any]]) -> Run:
        data = tmp_path / "studies.jsonl"
        data.write_text("".join(json.dumps(record) + "\n" for record in records))
        port, number = free_port(), len(started)
        out, err = tmp_path / f"out{number}.txt", tmp_path / f"err{number}.txt"
        command = [sys.executable, "-m", "service.cli", "run", "--data", str(data), "--port", str(port), "--jobs", "1"]
        with out.open("wb") as stdout, err.open("wb") as stderr:
            # cwd: the workers' log goes under ./trialplain-data, as it does for a user's `make run`
            process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=stdout, stderr=stderr)
        started.append(Run(process, port, out, err))
        return started[-1]

    yield start
    for run in started:
        if run.process.poll() is None:
            run.process.kill()
            run.process.wait()


@contextmanager
def _serving(run: Run) -> Iterator[list[int]]:
    """Wait until the run serves; yield its worker processes' ids."""
    _wait(run.serving, 120, "the server to listen")
    yield _children(run.process.pid)


def test_run_serves_before_the_translations_are_done_hands_back_the_rest_on_ctrl_c_and_the_next_run_finishes(
    start_run: Callable[[list[dict[str, Any]]], Run], records: list[dict[str, Any]], empty_database: URL,
) -> None:
    # One test, two runs: each run costs a server and a worker process started from scratch.
    first = start_run(records[:10])
    with _serving(first) as workers:
        jobs, translations = _state(empty_database)
        # Serving while the work is still queued: the point of translating in the background.
        assert translations < 10 and jobs[JobState.QUEUED] + jobs[JobState.RUNNING] > 0, (jobs, translations)
        assert len(workers) == 1, workers
        headers = {"Authorization": f"Bearer {first.token()}"}
        nct_id = records[0]["protocolSection"]["identificationModule"]["nctId"]
        page = httpx.get(f"http://127.0.0.1:{first.port}/v1/trials/{nct_id}", headers=headers)
        assert page.status_code == 200 and page.json()["eligibility"]["original_text"], page.text
        assert "translating 10 records in the background" in first.output()
    assert first.interrupt() in (0, -signal.SIGINT, 130), first.output()
    assert all(_gone(pid) for pid in workers), "a worker outlived the server it was started beside"
    jobs, translations = _state(empty_database)
    left = jobs[JobState.QUEUED]
    assert jobs[JobState.RUNNING] == 0 and left > 0 and translations == 10 - left, (jobs, translations)
    assert f"{left} left for the next `trialplain run`" in first.output(), first.output()
    assert "Traceback" not in first.output(), first.output()

    second = start_run(records[:10])
    with _serving(second) as workers:
        assert f"translating {left} records in the background" in second.output(), second.output()
        assert "10 unchanged" in second.output()
        _wait(lambda: _state(empty_database)[1] == 10, 240, "the 10 translations")
        _wait(lambda: "the background translation is done" in second.output(), 30, "the done line")
        assert _state(empty_database)[0][JobState.DONE] == 10
        _wait(lambda: all(_gone(pid) for pid in workers), 30, "the worker to exit once the queue is empty")
        queue_page = httpx.get(f"http://127.0.0.1:{second.port}/v1/review/queue",
                               headers={"Authorization": f"Bearer {second.token()}"})
        assert queue_page.status_code == 200 and queue_page.json()["translating"] == 0, queue_page.text
    assert second.interrupt() in (0, -signal.SIGINT, 130)
    assert "Traceback" not in second.output(), second.output()
    assert "translated" in (second.out.parent / "trialplain-data" / "run-workers.log").read_text()

"""The translation worker processes `trialplain run` starts beside its server.

Translating the whole corpus offline takes minutes; the demo used to make an editor wait through all of
it before the first page served. Now `run` stores the records, queues their translation jobs and serves
at once, while worker processes (`trialplain worker --once`, the same command an operator runs) drain
the queue: the review queue fills as translations land. Processes, not threads: offline translation is
CPU-bound, and in the server's process it would hold the GIL against the requests it serves.

The workers stop by themselves when no job is left; when the server stops first (Ctrl-C), they are
asked to stop (SIGTERM: a worker finishes its job, hands back the jobs it claimed but did not start)
and the next `run` picks up what is left.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from service import queue
from service.tables import JobState

Log = Callable[[str], None]


@dataclass
class RunWorkers:
    """`count` worker processes draining the translation queue, their output appended to `log_path`."""

    count: int
    log_path: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _log: IO[bytes] | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        for number in range(1, self.count + 1):
            # The child reads the same environment and working directory, so the same database.
            command = [sys.executable, "-m", "service.cli", "worker", "--once", "--name", f"run-{number}"]
            self.processes.append(subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT))

    def running(self) -> bool:
        return any(process.poll() is None for process in self.processes)

    def stop(self, timeout: float = 30.0) -> None:
        """Ask each worker to stop after its current job; kill one that has not within `timeout` s."""
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + timeout
        for process in self.processes:
            try:
                process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


def progress_line(counts: dict[JobState, int]) -> str:
    finished = counts[JobState.DONE] + counts[JobState.FAILED]
    total = finished + counts[JobState.QUEUED] + counts[JobState.RUNNING]
    failed = f", {counts[JobState.FAILED]} failed" if counts[JobState.FAILED] else ""
    return f"translated {finished} of {total} queued records{failed}"


def counts_now(sessions: sessionmaker[Session]) -> dict[JobState, int] | None:
    try:
        with sessions() as session:
            return queue.counts(session)
    except OperationalError:  # a locked or busy store: say nothing this time round
        return None


def final_line(counts: dict[JobState, int]) -> str:
    left = counts[JobState.QUEUED] + counts[JobState.RUNNING]
    if left:
        return f"{progress_line(counts)}; {left} left for the next `trialplain run` or `trialplain worker`"
    return f"{progress_line(counts)}; the background translation is done"


def watch(
    workers: RunWorkers, sessions: sessionmaker[Session], log: Log, stopping: threading.Event, *, every: float = 15.0
) -> threading.Thread:
    """A daemon thread that says how far the workers are when that changes, and when they are done
    by themselves (when the server stops them, `stopping` is set and the caller says where they got)."""

    def loop() -> None:
        said, last = "", time.monotonic()
        while workers.running():
            # Look often whether the workers are done; say how far they are only every `every` seconds.
            if stopping.wait(1.0):
                return
            if time.monotonic() - last < every:
                continue
            last = time.monotonic()
            found = counts_now(sessions)
            line = progress_line(found) if found else said
            if line != said and workers.running():
                log(line)
                said = line
        found = counts_now(sessions)
        if found is not None and not stopping.is_set():
            log(final_line(found))

    thread = threading.Thread(target=loop, name="run-progress", daemon=True)
    thread.start()
    return thread

"""What makes trial pages cheap to serve: page-version reads shared by the requests waiting for them
(yet never older than a request), on the real store. (`serve --no-access-log` is tested with the
other commands, in test_cli_service.py.)"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Collection, Hashable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from service import store
from service.page_cache import VersionChecks
from tests.service.store_samples import with_status
from translator.sources import load_study


class Versions:
    """A version source the test changes, counting the reads and able to hold one until released."""

    def __init__(self, **versions: int) -> None:
        self.versions = dict(versions)
        self.reads: list[list[str]] = []
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def read(self, keys: Collection[str]) -> Mapping[str, Hashable]:
        snapshot = {key: self.versions[key] for key in keys if key in self.versions}
        self.reads.append(sorted(keys))
        self.started.set()
        self.release.wait(timeout=30)
        return snapshot


def test_requests_waiting_together_share_one_read() -> None:
    source = Versions(a=1, b=2)
    checks = VersionChecks(source.read)

    async def ask() -> list[Hashable | None]:
        return list(await asyncio.gather(*(checks.version(key) for key in ["a", "b", "a", "nope", "b"])))

    assert asyncio.run(ask()) == [1, 2, 1, None, 2]
    assert source.reads == [["a", "b", "nope"]]  # one read, each key once; an unknown key has no version


def test_a_request_arriving_during_a_read_waits_for_a_read_of_its_own() -> None:
    """The read in flight may predate a change the late request must see: it gets the next read."""
    source = Versions(a=1)
    source.release.clear()
    checks = VersionChecks(source.read)

    async def scenario() -> tuple[Hashable | None, Hashable | None]:
        early = asyncio.ensure_future(checks.version("a"))
        await asyncio.to_thread(source.started.wait, 30)  # the first read has taken its snapshot
        source.versions["a"] = 2  # a change commits while that read is still running
        late = asyncio.ensure_future(checks.version("a"))
        await asyncio.sleep(0)
        source.release.set()
        return await early, await late

    assert asyncio.run(scenario()) == (1, 2)
    assert source.reads == [["a"], ["a"]]


def test_a_failed_read_fails_its_requests_and_the_next_one_reads_again() -> None:
    calls = 0

    def read(keys: Collection[str]) -> Mapping[str, Hashable]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("the database went away")
        return dict.fromkeys(keys, 7)

    checks = VersionChecks(read)

    async def ask() -> list[Any]:
        return list(await asyncio.gather(checks.version("a"), checks.version("b"), return_exceptions=True))

    failed = asyncio.run(ask())
    assert all(isinstance(result, ConnectionError) for result in failed) and len(failed) == 2
    assert asyncio.run(ask()) == [7, 7]  # a new event loop too: nothing of the old one is waited for


def test_page_versions_reads_many_studies_as_page_version_reads_one(
    session: Session, records: list[dict[str, Any]]
) -> None:
    studies = [load_study(raw) for raw in records[:3]]
    for study in studies:
        store.ingest_study(session, study, actor="loader")
    ids = [study.nct_id for study in studies]
    versions = store.page_versions(session, [*ids, "NCT00000000"])
    assert set(versions) == set(ids)  # the unknown id is left out
    assert all(versions[nct_id] == store.page_version(session, nct_id) for nct_id in ids)
    store.ingest_study(session, load_study(with_status(records[1], "WITHDRAWN")), actor="loader")
    changed = store.page_versions(session, ids)
    assert [changed[nct_id] == versions[nct_id] for nct_id in ids] == [True, False, True]


def test_a_crowd_of_pages_is_read_in_bounded_batches() -> None:
    source = Versions(**{f"k{i}": i for i in range(1200)})
    checks = VersionChecks(source.read)

    async def ask() -> list[Hashable | None]:
        return list(await asyncio.gather(*(checks.version(f"k{i}") for i in range(1200))))

    assert asyncio.run(ask()) == list(range(1200))
    assert [len(keys) for keys in source.reads] == [500, 500, 200]

"""Rendered trial pages, kept while the rows they were made of are unchanged.

A trial page takes four reads and a few milliseconds of building and serialising; the site build
asks for the same pages over and over. `store.page_versions` (one small read) says whether anything
behind a page changed, so a cached page is never served after a change — no expiry time to tune.

`VersionChecks` makes that read once for many requests: the requests that arrive while a read runs
wait for the next one, which then checks all their pages at once. Each request still gets versions
read after it arrived (a change committed before a request came is always seen), and under load
the cost of a read and of its hop to a worker thread is shared by every request waiting for it.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Mapping
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool


@dataclass(frozen=True)
class CachedPage:
    body: bytes
    etag: str


class PageCache:
    """Pages by key up to `max_bytes` of bodies in all, least recently used out first; thread-safe
    (sync endpoints run in a thread pool). Bytes, not a count, bound it: a page with a thousand
    locations weighs a hundred small ones. 0 keeps nothing."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._pages: OrderedDict[str, tuple[Hashable, CachedPage]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, version: Hashable) -> CachedPage | None:
        with self._lock:
            found = self._pages.get(key)
            if found is None or found[0] != version:
                return None
            self._pages.move_to_end(key)
            return found[1]

    def put(self, key: str, version: Hashable, page: CachedPage) -> None:
        """Keep `page` as what `key` looks like at `version` (read the version before the page:
        a change in between then only costs a rebuild on the next request)."""
        if len(page.body) > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.bytes -= len(old[1].body)
            self._pages[key] = (version, page)
            self.bytes += len(page.body)
            while self.bytes > self.max_bytes:
                _, (_, dropped) = self._pages.popitem(last=False)
                self.bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._pages)


ReadVersions = Callable[[Collection[str]], Mapping[str, Hashable]]
# Keys per read: far below the bound parameters a statement may take (SQLite before 3.32: 999).
_MOST_KEYS_PER_READ = 500


class VersionChecks:
    """The current version of pages, read for many requests at once by `read` (run in a worker
    thread, given the keys asked for; a key it leaves out has no version: `version` returns None).
    Use it from one event loop at a time."""

    def __init__(self, read: ReadVersions) -> None:
        self._read = read
        self._waiting: dict[str, list[asyncio.Future[Hashable | None]]] = {}
        self._reader: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def version(self, key: str) -> Hashable | None:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new loop (a test client's): what the old one left is dead
            self._loop, self._waiting, self._reader = loop, {}, None
        future: asyncio.Future[Hashable | None] = loop.create_future()
        self._waiting.setdefault(key, []).append(future)
        if self._reader is None or self._reader.done():
            self._reader = loop.create_task(self._read_while_asked())
        return await future

    async def _read_while_asked(self) -> None:
        while self._waiting:
            if len(self._waiting) <= _MOST_KEYS_PER_READ:
                batch, self._waiting = self._waiting, {}
            else:  # the rest wait for the next read
                batch = {key: self._waiting.pop(key) for key in list(self._waiting)[:_MOST_KEYS_PER_READ]}
            futures = [future for waiting in batch.values() for future in waiting]
            try:
                versions = await run_in_threadpool(self._read, list(batch))
            except Exception as error:  # each request of the batch answers with the error
                for future in futures:
                    if not future.done():
                        future.set_exception(error)
                continue
            except BaseException:  # cancelled (the loop is closing): so are the requests
                for future in futures:
                    future.cancel()
                raise
            for key, waiting in batch.items():
                for future in waiting:
                    if not future.done():  # a request whose client went away is cancelled
                        future.set_result(versions.get(key))


@dataclass(frozen=True)
class TrialPages:
    """What serving a trial page takes: the pages kept rendered and the reads of their versions."""

    cache: PageCache
    versions: VersionChecks

"""Rendered trial pages, kept while the rows they were made of are unchanged.

A trial page takes four reads and a few milliseconds of building and serialising; the site build
asks for the same pages over and over. `store.page_version` (one small read) says whether anything
behind a page changed, so a cached page is never served after a change — no expiry time to tune.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass


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

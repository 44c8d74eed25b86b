"""CachedBackend: a disk cache in front of any Backend, itself a Backend (and AsyncBackend).

The key is the request's content key (kind, refs, texts, logic: no trial data) plus the inner
backend's identity key (backend, model, prompt sha, output parameters), so identical criteria in
different trials are translated once, and a prompt or model change misses the old entries.

A hit returns the stored rendering with `usage = Usage(cached_calls=1)`: the tokens were paid
for once, when it was stored. A rendering flagged `llm_fallback` is never stored, so the next run
asks the LLM again. `diskcache` (SQLite underneath) is safe across threads and processes; the async
path runs its disk work in a worker thread so the event loop is not blocked on a lock.

`ModelCache` is the diskcache wrapper underneath: pydantic models stored as JSON under a key. The
LLM judge caches its verdicts with it too.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from pathlib import Path
from typing import Protocol, Self, TypeVar

import diskcache
from pydantic import BaseModel, ValidationError

from translator.backend import AsyncBackend, Backend, BackendIdentity, CriterionRequest, Rendering
from translator.translation import Usage

UNCACHEABLE_FLAGS = frozenset({"llm_fallback"})

M = TypeVar("M", bound=BaseModel)


class _Closable(Protocol):
    def __len__(self) -> int: ...
    def clear(self) -> object: ...
    def close(self) -> None: ...


class _Store:
    """Size, clearing and closing of the store underneath; usable as a context manager."""

    def __init__(self, store: _Closable) -> None:
        self._store = store

    def __len__(self) -> int:
        return len(self._store)

    def clear(self) -> None:
        self._store.clear()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ModelCache(_Store):
    """Pydantic models stored as JSON in a diskcache folder, looked up by a string key."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._cache = diskcache.Cache(str(self.directory))
        super().__init__(self._cache)

    def get(self, key: str, model: type[M]) -> M | None:
        # Entries are JSON, not pickles: readable, and an entry written by an older model version
        # that no longer validates is a miss instead of a crash.
        stored = self._cache.get(key)
        if not isinstance(stored, str):
            return None
        try:
            return model.model_validate_json(stored)
        except ValidationError:
            return None

    def set(self, key: str, value: BaseModel) -> None:
        self._cache.set(key, value.model_dump_json())



class CachedBackend(_Store):
    """Wraps `inner`; `hits`/`misses` count this process's lookups."""

    def __init__(self, inner: Backend, directory: str | Path) -> None:
        self.inner = inner
        self.directory = Path(directory)
        self._cache = ModelCache(self.directory)
        super().__init__(self._cache)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def identity(self) -> BackendIdentity:
        return self.inner.identity

    def key(self, request: CriterionRequest) -> str:
        material = f"{request.content_key}\x1f{self.inner.identity.key}"
        return hashlib.sha256(material.encode()).hexdigest()

    def get(self, request: CriterionRequest) -> Rendering | None:
        """The stored rendering for `request`, marked as a cached call, or None."""
        rendering = self._cache.get(self.key(request), Rendering)
        with self._lock:
            if rendering is None:
                self.misses += 1
            else:
                self.hits += 1
        if rendering is None:
            return None
        return rendering.model_copy(update={"usage": Usage(cached_calls=1)})

    def store(self, request: CriterionRequest, rendering: Rendering) -> bool:
        """Store `rendering` unless a flag says it must be retried; True when stored."""
        if any(flag.code in UNCACHEABLE_FLAGS for flag in rendering.flags):
            return False
        self._cache.set(self.key(request), rendering)
        return True

    def render(self, request: CriterionRequest) -> Rendering:
        cached = self.get(request)
        if cached is not None:
            return cached
        rendering = self.inner.render(request)
        self.store(request, rendering)
        return rendering

    async def arender(self, request: CriterionRequest) -> Rendering:
        cached = await asyncio.to_thread(self.get, request)
        if cached is not None:
            return cached
        if isinstance(self.inner, AsyncBackend):
            rendering = await self.inner.arender(request)
        else:
            rendering = await asyncio.to_thread(self.inner.render, request)
        await asyncio.to_thread(self.store, request, rendering)
        return rendering



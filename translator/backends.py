"""Choose and build the translation backend from settings: offline, or the LLM with the offline
backend as its fallback, behind the disk cache."""

from __future__ import annotations

from translator.backend import AsyncBackend, Backend
from translator.cache import CachedBackend
from translator.offline import OfflineBackend
from translator.settings import TranslatorSettings


def make_backend(settings: TranslatorSettings, *, backend: str | None = None, cache: bool | None = None) -> Backend:
    """The backend named by `backend` (default: `settings.backend`), cached in `settings.cache_dir`.

    By default only the LLM backend is cached: the offline rules are cheaper to re-run than to read
    back, and the pipeline already renders each distinct criterion once per run.
    """
    name = backend or settings.backend
    cache = name == "llm" if cache is None else cache
    offline = OfflineBackend()
    chosen: Backend
    if name == "offline":
        chosen = offline
    elif name == "llm":
        from translator.llm import LLMBackend  # openai and instructor load only when asked for

        chosen = LLMBackend(settings.llm_config(), fallback=offline)
    else:
        raise ValueError(f"unknown backend {name!r}: use 'offline' or 'llm'")
    return CachedBackend(chosen, settings.cache_dir) if cache else chosen


async def aclose_clients(backend: Backend | AsyncBackend) -> None:
    """Close the HTTP clients `backend` opened in the running event loop (the LLM backend's, inside a cache or
    not), before that loop ends: asyncio.run closes the loop, and a client left open then leaks its sockets."""
    inner = backend.inner if isinstance(backend, CachedBackend) else backend
    closer = getattr(inner, "aclose", None)
    if closer is not None:
        await closer()

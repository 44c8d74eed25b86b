"""CachedBackend: hits skip the inner backend (and HTTP), fallbacks are never cached, keys follow identity."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import BaseModel, SecretStr

from translator.backend import BackendIdentity, CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.cache import CachedBackend, ModelCache
from translator.criteria import SectionKind
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.llm import LLMBackend
from translator.llm_config import LLMConfig
from translator.llm_models import PlainBullet, PlainRendering
from translator.openai_server import OpenAIServer
from translator.translation import Flag, Usage

AGE = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="Age 18 years or older")])
ANSWER = PlainRendering(bullets=[PlainBullet(text="You are 18 years or older.", refs=["1"])])


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


def llm_backend(server: OpenAIServer, model: str = "test-model") -> LLMBackend:
    config = LLMConfig(base_url=server.base_url, api_key=SecretStr("local"), model=model, timeout=2.0)
    return LLMBackend(config, ScriptedBackend(default=echo_rendering))


def test_render_makes_no_http_call_when_cached(server: OpenAIServer, tmp_path: Path) -> None:
    server.enqueue(ANSWER)
    with llm_backend(server) as llm, CachedBackend(llm, tmp_path) as cached:
        first = cached.render(AGE)
        calls = len(server.history)
        second = cached.render(AGE)
    assert calls == 1 and len(server.history) == 1
    assert second.bullets == first.bullets
    assert second.usage == Usage(cached_calls=1)
    assert first.usage.calls == 1 and first.usage.prompt_tokens > 0
    assert (cached.hits, cached.misses) == (1, 1)


def test_render_hits_across_instances_when_same_directory(server: OpenAIServer, tmp_path: Path) -> None:
    server.enqueue(ANSWER)
    with llm_backend(server) as llm:
        with CachedBackend(llm, tmp_path) as cached:
            cached.render(AGE)
        with CachedBackend(llm, tmp_path) as reopened:
            assert reopened.render(AGE).usage.cached_calls == 1
    assert len(server.history) == 1


def test_render_misses_when_model_changes(server: OpenAIServer, tmp_path: Path) -> None:
    server.enqueue(ANSWER, ANSWER)
    with llm_backend(server) as first, CachedBackend(first, tmp_path) as cached:
        cached.render(AGE)
    with llm_backend(server, model="other-model") as second, CachedBackend(second, tmp_path) as cached:
        assert cached.render(AGE).usage.calls == 1
    assert len(server.history) == 2


def test_render_hits_when_same_criterion_in_another_trial(tmp_path: Path) -> None:
    inner = ScriptedBackend(default=echo_rendering)
    same_text = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="Age 18 years or older")])
    with CachedBackend(inner, tmp_path) as cached:
        cached.render(AGE)
        assert cached.render(same_text).usage.cached_calls == 1
    assert len(inner.history) == 1


def test_render_misses_when_section_kind_differs(tmp_path: Path) -> None:
    inner = ScriptedBackend(default=echo_rendering)
    exclusion = CriterionRequest(kind=SectionKind.EXCLUSION, items=AGE.items)
    with CachedBackend(inner, tmp_path) as cached:
        cached.render(AGE)
        cached.render(exclusion)
    assert inner.history == [AGE, exclusion]


def test_render_never_caches_when_rendering_is_a_fallback(tmp_path: Path) -> None:
    flagged = echo_rendering(AGE).model_copy(
        update={"flags": [Flag(criterion_id=None, code="llm_fallback", message="LLM timed out")]}
    )
    inner = ScriptedBackend(flagged, default=echo_rendering)
    with CachedBackend(inner, tmp_path) as cached:
        assert cached.render(AGE).flags == flagged.flags
        assert cached.render(AGE).flags == []  # asked the inner backend again, and this one is kept
        assert cached.render(AGE).usage.cached_calls == 1
    assert len(inner.history) == 2


class _StaleRendering(BaseModel):
    """An entry as an older, incompatible Rendering model would have written it."""

    bullets: str


def test_get_treats_unreadable_entry_as_miss(tmp_path: Path) -> None:
    inner = ScriptedBackend(default=echo_rendering)
    with CachedBackend(inner, tmp_path) as cached:
        with ModelCache(tmp_path) as store:  # a second handle on the same folder, as another process
            store.set(cached.key(AGE), _StaleRendering(bullets="not a list"))
        assert cached.get(AGE) is None
        assert cached.render(AGE).bullets == echo_rendering(AGE).bullets
    assert len(inner.history) == 1


def test_render_is_consistent_when_used_from_many_threads(tmp_path: Path) -> None:
    requests = [
        CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text=f"Age {n} years or older")])
        for n in range(20)
    ]
    inner = ScriptedBackend(default=echo_rendering)
    with CachedBackend(inner, tmp_path) as cached, ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(cached.render, requests * 5))
        assert len(cached) == 20
    for request, rendering in zip(requests * 5, results, strict=True):
        assert rendering.bullets[0].text == request.items[0].text
    assert len(inner.history) >= 20


def test_arender_makes_no_http_call_when_cached(server: OpenAIServer, tmp_path: Path) -> None:
    server.enqueue(ANSWER)

    async def run() -> tuple[Rendering, Rendering]:
        async with llm_backend(server) as llm:
            cached = CachedBackend(llm, tmp_path)
            try:
                return await cached.arender(AGE), await cached.arender(AGE)
            finally:
                cached.close()

    first, second = asyncio.run(run())
    assert len(server.history) == 1
    assert first.usage.calls == 1 and second.usage == Usage(cached_calls=1)


def test_arender_uses_sync_inner_when_not_async(tmp_path: Path) -> None:
    class SyncOnly:
        identity = BackendIdentity(backend="sync-only")

        def render(self, request: CriterionRequest) -> Rendering:
            return Rendering(bullets=[RenderedBullet(text="x", refs=["1"])])

    async def run() -> Rendering:
        with CachedBackend(SyncOnly(), tmp_path) as cached:
            await cached.arender(AGE)
            return await cached.arender(AGE)

    assert asyncio.run(run()).usage.cached_calls == 1


def test_identity_is_the_inner_identity(tmp_path: Path) -> None:
    inner = ScriptedBackend(name="offline")
    with CachedBackend(inner, tmp_path) as cached:
        assert cached.identity == inner.identity

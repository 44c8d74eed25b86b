"""ScriptedBackend: scripted renderings and errors in order, a default, and the requests it saw."""

from __future__ import annotations

import asyncio

import pytest

from translator.backend import AsyncBackend, Backend, CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.errors import BackendError
from translator.fake_backend import ScriptedBackend, echo_rendering

REQUEST = CriterionRequest(
    kind=SectionKind.INCLUSION,
    items=[RequestItem(ref="1", text="Either of:"), RequestItem(ref="1.1", text="Age 18 or older")],
)
ONE = Rendering(bullets=[RenderedBullet(text="one", refs=["1", "1.1"])])


def test_render_returns_scripted_replies_in_order() -> None:
    backend = ScriptedBackend(ONE)
    backend.enqueue(BackendError("down"))
    assert backend.render(REQUEST) == ONE
    with pytest.raises(BackendError, match="down"):
        backend.render(REQUEST)
    assert backend.history == [REQUEST, REQUEST]


def test_render_raises_when_queue_empty_and_no_default() -> None:
    with pytest.raises(BackendError, match="enqueue"):
        ScriptedBackend().render(REQUEST)


def test_render_uses_default_when_queue_empty() -> None:
    rendering = ScriptedBackend(default=echo_rendering).render(REQUEST)
    assert [(b.text, b.refs, b.depth) for b in rendering.bullets] == [
        ("Either of:", ["1"], 0),
        ("Age 18 or older", ["1.1"], 1),
    ]


def test_arender_shares_the_queue() -> None:
    backend = ScriptedBackend(ONE)
    assert asyncio.run(backend.arender(REQUEST)) == ONE
    assert backend.pending == 0


def test_scripted_backend_implements_both_protocols() -> None:
    backend = ScriptedBackend(name="offline")
    assert isinstance(backend, Backend) and isinstance(backend, AsyncBackend)
    assert backend.identity.backend == "offline"

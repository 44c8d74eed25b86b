"""ScriptedBackend: a Backend whose renderings are scripted, for tests that need no HTTP.

    backend = ScriptedBackend()
    backend.enqueue(Rendering(bullets=[...]), BackendError("down"))
    backend.render(request)   # the first rendering
    backend.render(request)   # raises BackendError
    backend.history           # the requests seen, in order

With an empty queue it answers with `default` (e.g. `echo_rendering`, one bullet per item that
repeats the item's text), or raises BackendError when there is none.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from translator.backend import BackendIdentity, CriterionRequest, RenderedBullet, Rendering
from translator.errors import BackendError


def echo_rendering(request: CriterionRequest) -> Rendering:
    """One bullet per item with the item's own text: faithful by construction, plain by no means."""
    return Rendering(
        bullets=[
            RenderedBullet(text=item.text, refs=[item.ref], depth=item.ref.count(".")) for item in request.items
        ]
    )


class ScriptedBackend:
    """Implements Backend and AsyncBackend from a queue of renderings and exceptions."""

    def __init__(
        self,
        *replies: Rendering | Exception,
        default: Callable[[CriterionRequest], Rendering] | None = None,
        name: str = "scripted",
    ) -> None:
        self.default = default
        self.history: list[CriterionRequest] = []
        self._queue: deque[Rendering | Exception] = deque(replies)
        self._identity = BackendIdentity(backend=name)
        self._lock = threading.Lock()

    @property
    def identity(self) -> BackendIdentity:
        return self._identity

    def enqueue(self, *replies: Rendering | Exception) -> None:
        """Script the next answers, in order; an exception is raised when its turn comes."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def render(self, request: CriterionRequest) -> Rendering:
        with self._lock:
            self.history.append(request)
            reply = self._queue.popleft() if self._queue else None
        if reply is None:
            if self.default is None:
                raise BackendError("ScriptedBackend has no scripted rendering left; enqueue one or pass default=")
            return self.default(request)
        if isinstance(reply, Exception):
            raise reply
        return reply

    async def arender(self, request: CriterionRequest) -> Rendering:
        return self.render(request)

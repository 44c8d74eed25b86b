"""The offline backend: deterministic plain-English rewriting with no network (the embedded default).

FIRST CUT: renders each criterion with its own clean text (faithful, not yet plain). The rule-based
rewrite lands with the offline-backend work; the class name, constructor and identity stay.
"""

from __future__ import annotations

import hashlib

from translator.backend import BackendIdentity, CriterionRequest, RenderedBullet, Rendering

RULES_VERSION = "offline-rules-0"


class OfflineBackend:
    def __init__(self) -> None:
        self._identity = BackendIdentity(
            backend="offline",
            prompt_id=RULES_VERSION,
            prompt_sha=hashlib.sha256(RULES_VERSION.encode()).hexdigest(),
        )

    @property
    def identity(self) -> BackendIdentity:
        return self._identity

    def render(self, request: CriterionRequest) -> Rendering:
        return Rendering(
            bullets=[
                RenderedBullet(text=item.text, refs=[item.ref], depth=item.ref.count(".")) for item in request.items
            ]
        )

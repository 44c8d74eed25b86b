"""The translation seam: one criterion in, its plain-English rendering out.

Backends work per top-level criterion (with its sub-items) so that identical criteria across
trials are translated once and cached (the request carries no trial-specific data; the pipeline puts
the criterion ids back on the bullets). The offline backend, the LLM backend, the scripted fake
and the cache wrapper all implement `Backend`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from translator.criteria import Logic, SectionKind
from translator.facts import Fact
from translator.translation import Definition, Flag, Usage


class RequestItem(BaseModel):
    """One criterion of a request, named by a local reference that mirrors the tree ("1", "1.2")."""

    model_config = ConfigDict(frozen=True)

    ref: str = Field(description="Local reference: '1' for the top criterion, '1.1', '1.2' for its sub-items.")
    text: str = Field(description="The criterion's clean text.")
    logic: Logic | None = Field(default=None, description="How its sub-items combine, if it has any.")
    facts: list[Fact] = Field(default_factory=list, description="Facts found in `text` that must survive.")


class CriterionRequest(BaseModel):
    """A top-level criterion and its sub-items: the unit a backend renders and the cache stores.

    It carries no trial-specific data (no NCT id, no criterion ids), so identical criteria in
    different trials share one cache entry; the pipeline maps `ref`s back to criterion ids.
    """

    model_config = ConfigDict(frozen=True)

    kind: SectionKind = Field(description="Which section the criterion is in: inclusion, exclusion or other.")
    items: list[RequestItem] = Field(description="The criterion first, then its sub-items in order.")

    @property
    def content_key(self) -> str:
        """Hash of what the rendering depends on: the same key means the same translation."""
        material = json.dumps(
            [self.kind.value, [[i.ref, i.text, i.logic.value if i.logic else None] for i in self.items]],
            ensure_ascii=False,
        )
        return hashlib.sha256(material.encode()).hexdigest()


class RenderedBullet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    refs: list[str] = Field(description="Refs of the request items this bullet renders.")
    definitions: list[Definition] = Field(default_factory=list)
    depth: int = Field(default=0, ge=0)


class Rendering(BaseModel):
    """A backend's answer for one request: usually one bullet per item."""

    bullets: list[RenderedBullet]
    flags: list[Flag] = Field(default_factory=list, description="Things an editor must check (e.g. fallback).")
    usage: Usage = Field(default_factory=Usage)


class BackendIdentity(BaseModel):
    """What goes into provenance and into every cache key."""

    model_config = ConfigDict(frozen=True)

    backend: str
    model: str | None = None
    prompt_id: str | None = None
    prompt_sha: str | None = None
    params: str = Field(default="", description="Canonical JSON of parameters that change the output.")

    @property
    def key(self) -> str:
        return "|".join([self.backend, self.model or "", self.prompt_sha or "", self.params])


@runtime_checkable
class Backend(Protocol):
    @property
    def identity(self) -> BackendIdentity: ...

    def render(self, request: CriterionRequest) -> Rendering:
        """Render one criterion. Raise BackendError only when no rendering at all is possible."""
        ...


@runtime_checkable
class AsyncBackend(Protocol):
    @property
    def identity(self) -> BackendIdentity: ...

    async def arender(self, request: CriterionRequest) -> Rendering: ...

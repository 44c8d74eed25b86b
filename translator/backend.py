"""The translation seam: one criterion in, its plain-English rendering out.

Backends work per criterion so that identical criteria across trials are translated once and
cached (the request carries no trial-specific data; the pipeline puts the criterion ids back on
the bullets). The offline backend, the LLM backend, the scripted fake and the cache wrapper all
implement `Backend`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from translator.criteria import Logic, SectionKind
from translator.facts import Fact
from translator.translation import Definition, Flag, Usage


class CriterionRequest(BaseModel):
    """Everything a backend may use to render one criterion."""

    model_config = ConfigDict(frozen=True)

    kind: SectionKind = Field(description="Which section the criterion is in: inclusion, exclusion or other.")
    text: str = Field(description="The criterion's clean text.")
    logic: Logic | None = Field(default=None, description="How its children combine, if it has children.")
    parent_text: str | None = Field(default=None, description="The parent criterion's text, for sub-items.")
    facts: list[Fact] = Field(default_factory=list, description="Facts found in `text` that must survive.")

    @property
    def content_key(self) -> str:
        """Hash of what the rendering depends on: the same key means the same translation."""
        material = json.dumps(
            [self.kind.value, self.text, self.logic.value if self.logic else None, self.parent_text],
            ensure_ascii=False,
        )
        return hashlib.sha256(material.encode()).hexdigest()


class RenderedBullet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    definitions: list[Definition] = Field(default_factory=list)


class Rendering(BaseModel):
    """A backend's answer for one criterion: usually one bullet, sometimes a few."""

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

"""The Translation model: what every backend produces and what evals and the service read.

Its JSON is a contract other tools read:
{"nct_id", "sections": [{"kind", "label", "bullets": [{"text", "source_ids", "definitions"}]}],
 "summary", "provenance"}. Fields may be added; none may be renamed or removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from translator.criteria import SectionKind


class Definition(BaseModel):
    """A lexicon-backed explanation of a term. Elaboration, not source: it may add words the source lacks."""

    model_config = ConfigDict(extra="forbid")

    term: str = Field(description="The term as it appears in the bullet, e.g. 'ECOG'.")
    plain: str = Field(description="Its plain-English meaning, from the project's lexicon.")


class Bullet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="One plain-English sentence or two, in the second person.")
    source_ids: list[str] = Field(description="Ids of the criteria this bullet renders, e.g. ['I3', 'I3.1'].")
    definitions: list[Definition] = Field(
        default_factory=list, description="Lexicon-backed definitions of terms used in the bullet."
    )
    depth: int = Field(default=0, ge=0, description="Nesting level, 0 for a top-level bullet.")


class TranslatedSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: SectionKind
    label: str = Field(description="Heading shown to readers, e.g. 'You may be able to join if…'.")
    source_label: str | None = Field(default=None, description="The source section's own label, if any.")
    bullets: list[Bullet] = Field(default_factory=list)


class Summary(BaseModel):
    """Who can join, from the structured eligibility fields (not from the criteria text)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="One line, e.g. 'Ages 18 to 75 · All sexes · No healthy volunteers'.")
    minimum_age: str | None = None
    maximum_age: str | None = None
    sex: str | None = None
    healthy_volunteers: bool | None = None


class Usage(BaseModel):
    """Tokens and estimated cost of the LLM calls behind a translation (zero for offline work)."""

    model_config = ConfigDict(extra="forbid")

    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            cached_calls=self.cached_calls + other.cached_calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost_usd=self.cost_usd + other.cost_usd,
        )


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: str = Field(description="'offline' or 'llm' (or 'edited' once an editor changed it).")
    model: str | None = None
    prompt_id: str | None = None
    prompt_sha: str | None = None
    source_sha: str = Field(description="sha256 of the eligibilityCriteria text that was translated.")
    created_at: datetime
    usage: Usage = Field(default_factory=Usage)


class Flag(BaseModel):
    """Something an editor must look at before publishing, raised by the pipeline itself."""

    model_config = ConfigDict(extra="forbid")

    criterion_id: str | None
    code: str = Field(description="Machine-readable reason, e.g. 'llm_fallback', 'not_shown'.")
    message: str


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nct_id: str | None
    sections: list[TranslatedSection]
    summary: Summary
    provenance: Provenance
    flags: list[Flag] = Field(default_factory=list)
    not_shown: dict[str, str] = Field(
        default_factory=dict, description="Criterion id → why it is deliberately not rendered."
    )

    def bullets(self) -> Iterator[tuple[int, TranslatedSection, Bullet]]:
        """Every bullet with its flat index (the index findings refer to) and its section."""
        index = 0
        for section in self.sections:
            for bullet in section.bullets:
                yield index, section, bullet
                index += 1

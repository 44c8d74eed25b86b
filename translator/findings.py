"""Finding: one result of a fidelity check, shared by the checks, the evals and the service."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    check: str = Field(description="Which check found it, e.g. 'fact_missing', 'negation_dropped'.")
    severity: Severity
    criterion_id: str | None = None
    bullet_index: int | None = Field(default=None, description="Flat index into Translation.bullets().")
    message: str
    source_span: tuple[int, int] | None = Field(default=None, description="Span in the raw criteria text.")
    bullet_span: tuple[int, int] | None = Field(default=None, description="Span in the bullet's text.")

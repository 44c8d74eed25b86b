"""What a suite run produces: metrics, per-trial rows and failing examples — the contract the
reports (JSON, HTML, JUnit) and the CI gate read."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field


class Metric(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    value: float
    higher_is_better: bool = True
    description: str = ""


class Example(BaseModel):
    """A finding shown with its evidence: the source criterion and the bullet, spans marked."""

    model_config = ConfigDict(frozen=True)

    nct_id: str
    case_id: str
    check: str
    severity: str
    message: str
    criterion_id: str | None = None
    source_text: str = ""
    source_span: tuple[int, int] | None = Field(default=None, description="Span within source_text.")
    bullet_text: str = ""
    bullet_span: tuple[int, int] | None = Field(default=None, description="Span within bullet_text.")
    mutation: str | None = Field(default=None, description="The planted error, for the mutation suite.")


class TrialRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    criteria: int
    bullets: int
    errors: int
    warnings: int
    grade_source: float | None = None
    grade_bullets: float | None = None


class SuiteResult(BaseModel):
    suite: str
    source: str | None = None
    backend: str | None = None
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    metrics: list[Metric] = Field(default_factory=list)
    tables: dict[str, list[dict[str, str | float | int]]] = Field(
        default_factory=dict, description="Named tables for display, e.g. detection per mutation type."
    )
    trials: list[TrialRow] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)

    def metric(self, name: str) -> Metric | None:
        return next((m for m in self.metrics if m.name == name), None)

    def values(self) -> dict[str, float]:
        return {m.name: m.value for m in self.metrics}

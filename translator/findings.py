"""Finding: one result of a fidelity check, shared by the checks, the evals and the service."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Warnings about how a bullet reads, not what it says. Nearly every bullet longer than a line draws a reading
# grade warning, so counted with the others they would rank a long trial above one whose ages contradict
# its text; the review queue ranks the other warnings ("concerns") first.
STYLE_CHECKS = frozenset({"reading_grade", "term_unexplained"})

# Which edition of the checks made a set of findings. Stored with every translation's findings, so that
# `trialplain recheck` finds those made by older checks and computes them again: a check that learned to see a
# dropped word must also look at what editors approved before it could. Bump it whenever a change to the checks
# (or to what they read: the parser, the fact extraction, the lexicon) changes their findings;
# tests/evals/test_checks_version.py fails until you do.
CHECKS_VERSION = "checks-50"


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    check: str = Field(description="Which check found it, e.g. 'fact_missing', 'negation_dropped'.")
    severity: Severity
    criterion_id: str | None = None
    bullet_index: int | None = Field(default=None, description="Flat index into Translation.bullets().")
    message: str
    source_span: tuple[int, int] | None = Field(default=None, description="Span in the raw criteria text.")
    bullet_span: tuple[int, int] | None = Field(default=None, description="Span in the bullet's text.")


def is_concern(finding: Finding) -> bool:
    """A warning about what a bullet says (a double negative, a part shown as written, a structured age that
    disagrees with the text), not about how it reads."""
    return finding.severity is Severity.WARNING and finding.check not in STYLE_CHECKS

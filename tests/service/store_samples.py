"""Helpers for the store tests: real records as Study objects, simple translations and findings."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from service import db
from translator.criteria import Criterion, SectionKind
from translator.findings import Finding, Severity
from translator.outline import parse_criteria
from translator.records import Study
from translator.sources import load_study
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation


def make_study(raw: dict[str, Any]) -> Study:
    return load_study(raw)


def criteria_of(study: Study) -> list[Criterion]:
    return parse_criteria(study.eligibility.criteria).criteria


def with_criteria(raw: dict[str, Any], criteria: str) -> dict[str, Any]:
    """A copy of a record whose eligibility criteria text is replaced."""
    copy = json.loads(json.dumps(raw))
    copy["protocolSection"]["eligibilityModule"]["eligibilityCriteria"] = criteria
    return copy


def with_status(raw: dict[str, Any], status: str) -> dict[str, Any]:
    copy = json.loads(json.dumps(raw))
    copy["protocolSection"].setdefault("statusModule", {})["overallStatus"] = status
    return copy


def translate(study: Study, *, model: str | None = None, wording: str = "In plain words") -> Translation:
    """A translation with one bullet per criterion (the text itself: the store does not judge wording)."""
    bullets = [
        Bullet(text=f"{wording}: {criterion.text}", source_ids=[criterion.id]) for criterion in criteria_of(study)
    ]
    return Translation(
        nct_id=study.nct_id,
        sections=[TranslatedSection(kind=SectionKind.OTHER, label="Who can join", bullets=bullets)],
        summary=Summary(text="Ages and sexes as in the record"),
        provenance=Provenance(
            backend="llm" if model else "offline",
            model=model,
            prompt_sha="p" * 64 if model else None,
            source_sha=study.criteria_sha,
            created_at=datetime.now(UTC),
        ),
    )


def findings(errors: int = 0, warnings: int = 0, concerns: int = 0) -> list[Finding]:
    made = [
        Finding(check="fact_missing", severity=Severity.ERROR, message="a number is missing") for _ in range(errors)
    ]
    made += [Finding(check="reading_grade", severity=Severity.WARNING, message="hard to read") for _ in range(warnings)]
    made += [
        Finding(check="double_negative", severity=Severity.WARNING, message="two negations") for _ in range(concerns)
    ]
    return made


def count(session: Session, table: str) -> int:
    with db.transaction(session, write=False):
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

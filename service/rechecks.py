"""Findings made by older checks, computed again (`trialplain recheck`).

Every stored translation keeps its findings (the review queue ranks by them, the trial page sums them up) and the
edition of the checks that made them (`translator.findings.CHECKS_VERSION`). When the checks change, what they say
about a stored translation can change too: a new check may find a dropped word in a translation an editor approved
before that check existed. A recheck computes the findings of such translations again, against the study's stored
criteria text:

- pending and rejected translations get their new findings, and the queue ranks them by those;
- a published translation stays published (an editor approved it, and a new finding can be a false alarm; taking
  it down would leave the trial's page with no plain text at all) and its page shows the new findings. When the new
  checks find an error it did not have, a copy of it goes back into the review queue, pending, with the criteria
  the new errors are about no longer counted as approved: an editor then edits the copy, or approves it (with an
  override and a written reason when the error is a false alarm), which publishes it in place of the old one;
- a translation of a criteria text the study no longer has (a stale one) cannot be checked again and is counted as
  skipped: the study's translation of its current text carries current findings.

A translation whose findings come out the same only has its checks edition stamped: no new version, no audit event,
no change to its trial's page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from service import audit, translations
from service.db import transaction
from service.stored import AuditAction
from service.studies import criteria_text
from service.tables import StudyRow, TranslationRow, TranslationState, utcnow
from translator import fidelity
from translator.criteria import CriteriaDoc
from translator.findings import CHECKS_VERSION, Finding, Severity
from translator.outline import parse_criteria
from translator.records import Study
from translator.sources import load_study
from translator.translation import Translation

# Superseded translations are history: what the checks of their day said is what the editors saw then.
RECHECKED_STATES = (TranslationState.PENDING, TranslationState.APPROVED, TranslationState.REJECTED)
_BATCH = 100


@dataclass
class RecheckReport:
    checks_version: str = CHECKS_VERSION
    checked: int = 0
    changed: int = 0  # findings differ from the stored ones (stored, with an audit event)
    unchanged: int = 0
    skipped_stale: int = 0  # renders a criteria text the study no longer has
    reopened: list[int] = field(default_factory=list)  # ids of the pending copies of published translations

    def summary(self) -> str:
        return (
            f"{self.checked} checked by {self.checks_version}: {self.changed} with new findings, {self.unchanged} "
            f"unchanged, {len(self.reopened)} published sent back for review, {self.skipped_stale} stale skipped"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "checks_version": self.checks_version,
            "checked": self.checked,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "skipped_stale": self.skipped_stale,
            "reopened": self.reopened,
        }


def outdated(session: Session) -> int:
    """How many translations carry findings of other checks than today's (what a recheck would look at)."""
    with transaction(session, write=False):
        return session.scalar(select(func.count()).select_from(_wanted(everything=False).subquery())) or 0


def recheck(
    session: Session,
    *,
    actor: str,
    everything: bool = False,
    nct_ids: Iterable[str] | None = None,
    on_batch: Callable[[RecheckReport], None] | None = None,
) -> RecheckReport:
    """Compute again the findings of the translations made by other checks (`everything`: of all of them), of the
    given studies only when `nct_ids` is given; one transaction per batch, so an interrupted run keeps its work."""
    statement = _wanted(everything=everything)
    if nct_ids is not None:
        statement = statement.where(TranslationRow.nct_id.in_(list(dict.fromkeys(nct_ids))))
    with transaction(session, write=False):
        ids = list(session.scalars(statement.order_by(TranslationRow.id)))
    report = RecheckReport()
    for start in range(0, len(ids), _BATCH):
        with transaction(session):
            _recheck_batch(session, ids[start : start + _BATCH], report, actor=actor)
        if on_batch is not None:
            on_batch(report)
    return report


def _wanted(*, everything: bool) -> Select[int]:
    statement = select(TranslationRow.id).where(TranslationRow.state.in_(RECHECKED_STATES))
    if everything:
        return statement
    return statement.where(
        or_(TranslationRow.checks_version.is_(None), TranslationRow.checks_version != CHECKS_VERSION)
    )


@dataclass
class _Source:
    row: StudyRow
    study: Study
    doc: CriteriaDoc


def _recheck_batch(session: Session, ids: Sequence[int], report: RecheckReport, *, actor: str) -> None:
    rows = session.scalars(
        select(TranslationRow)
        .where(TranslationRow.id.in_(ids), TranslationRow.state.in_(RECHECKED_STATES))
        .order_by(TranslationRow.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    sources: dict[str, _Source] = {}
    same: list[int] = []
    for row in rows:
        source = sources.get(row.nct_id) or _source(session, row.nct_id)
        sources[row.nct_id] = source
        report.checked += 1
        if row.source_sha != source.row.criteria_sha:
            report.skipped_stale += 1
            continue
        translation = Translation.model_validate(row.payload)
        findings = fidelity.check(source.doc, translation, source.study)
        if [finding.model_dump(mode="json") for finding in findings] == row.findings:
            same.append(row.id)
            report.unchanged += 1
            continue
        _store(session, row, source, translation, findings, report, actor=actor)
        report.changed += 1
    if same:
        # A bulk UPDATE, not the ORM's: it leaves `version` as it is, so nobody's open copy turns into a conflict.
        session.execute(
            update(TranslationRow).where(TranslationRow.id.in_(same)).values(checks_version=CHECKS_VERSION),
            execution_options={"synchronize_session": False},
        )


def _source(session: Session, nct_id: str) -> _Source:
    row = session.get(StudyRow, nct_id, with_for_update=True)
    if row is None:  # a translation's study cannot go away (foreign key, ON DELETE CASCADE)
        raise LookupError(nct_id)
    return _Source(row, load_study(row.raw), parse_criteria(criteria_text(row) or ""))


def _store(
    session: Session,
    row: TranslationRow,
    source: _Source,
    translation: Translation,
    findings: Sequence[Finding],
    report: RecheckReport,
    *,
    actor: str,
) -> None:
    old_findings, old_version = row.findings, row.checks_version
    before = {**_counts(row), "checks_version": old_version}
    translations.apply_findings(row, findings)
    now = utcnow()
    row.updated_at = now
    session.flush()  # bumps the version: an editor's open copy shows findings that are no longer current
    audit.record(
        session,
        AuditAction.RECHECKED,
        actor=actor,
        nct_id=row.nct_id,
        translation_id=row.id,
        before={**before, "findings": old_findings},
        after={**_counts(row), "checks_version": CHECKS_VERSION, "findings": row.findings},
        reason=f"findings made by {old_version or 'checks older than versioning'} computed again by {CHECKS_VERSION}",
    )
    if row.state is not TranslationState.APPROVED:
        return
    source.row.updated_at = now  # the public page's findings changed: a change the listing must report
    new_errors = _new_errors(old_findings, findings)
    if new_errors and not _pending_of_same_text(session, row):
        report.reopened.append(_reopen(session, row, source, translation, findings, new_errors, actor=actor))


def _counts(row: TranslationRow) -> dict[str, int]:
    return {"error_count": row.error_count, "warning_count": row.warning_count, "concern_count": row.concern_count}


def _new_errors(old: Sequence[dict[str, Any]], new: Sequence[Finding]) -> list[Finding]:
    """Errors of the new findings that no old error finding had: the same check about the same criterion."""
    seen = {(item.get("check"), item.get("criterion_id")) for item in old if item.get("severity") == "error"}
    return [f for f in new if f.severity is Severity.ERROR and (f.check, f.criterion_id) not in seen]


def _pending_of_same_text(session: Session, row: TranslationRow) -> bool:
    """A pending translation of the same criteria text is already in the queue: it is what an editor reviews."""
    found = session.scalar(
        select(TranslationRow.id).where(
            TranslationRow.nct_id == row.nct_id,
            TranslationRow.state == TranslationState.PENDING,
            TranslationRow.source_sha == row.source_sha,
        )
    )
    return found is not None


def _reopen(
    session: Session,
    published: TranslationRow,
    source: _Source,
    translation: Translation,
    findings: Sequence[Finding],
    new_errors: Sequence[Finding],
    *,
    actor: str,
) -> int:
    copy = translations.add_translation(
        session, published.nct_id, translation, findings, actor=actor, criteria=source.doc.criteria
    )
    row = session.get(TranslationRow, copy.id)
    assert row is not None  # just added in this transaction
    about = {finding.criterion_id for finding in new_errors}
    # An error about no one criterion (a bullet citing none, say) puts the whole translation back for review.
    if None in about:
        row.criterion_approvals = {}
    else:
        doubtful = {item["sha"] for item in row.criterion_shas if item["id"] in about}
        row.criterion_approvals = {sha: a for sha, a in row.criterion_approvals.items() if sha not in doubtful}
    session.flush()
    checks = ", ".join(sorted({finding.check for finding in new_errors}))
    audit.record(
        session,
        AuditAction.REOPENED,
        actor=actor,
        nct_id=published.nct_id,
        translation_id=row.id,
        before={"published": published.id},
        after={"state": row.state.value, "criteria_to_review": sorted(str(c) for c in about if c is not None)},
        reason=f"{CHECKS_VERSION} finds errors ({checks}) in published translation {published.id} that it did not "
        "have when it was approved; it stays published until an editor decides on this copy",
    )
    return row.id

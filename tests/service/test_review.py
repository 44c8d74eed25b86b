"""Approving (publishing) and rejecting translations, and per-criterion approval, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from service import store
from service.errors import ApprovalBlocked, InvalidRequest, InvalidState, SourceMismatch, VersionConflict
from service.tables import StudyRow, TranslationState
from tests.service.store_samples import criteria_of, findings, make_study, translate, with_criteria
from translator.records import Study


def ingested(session: Session, raw: dict[str, Any]) -> Study:
    study = make_study(raw)
    store.ingest_study(session, study, actor="loader")
    return study


def test_approve_refuses_a_translation_with_error_findings(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(2, 1), actor="bot")
    with pytest.raises(ApprovalBlocked) as caught:
        store.approve(session, stored.id, actor="editor")
    assert (caught.value.error_count, caught.value.checks) == (2, ["fact_missing"])
    assert "override and a written reason" in str(caught.value)
    assert store.get_translation(session, stored.id).state is TranslationState.PENDING
    assert store.published_translation(session, study.nct_id) is None


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_override_without_a_written_reason_is_refused(
    session: Session, records: list[dict[str, Any]], reason: str | None
) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(1), actor="bot")
    with pytest.raises(InvalidRequest, match="written reason"):
        store.approve(session, stored.id, actor="editor", override=True, reason=reason)
    assert store.get_translation(session, stored.id).state is TranslationState.PENDING


def test_override_with_a_reason_publishes_and_records_it(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(1), actor="bot")
    published = store.approve(
        session, stored.id, actor="editor", override=True, reason="the 'missing' number is a dose code"
    )
    assert (published.state, published.approved_by, published.override_reason) == (
        TranslationState.APPROVED,
        "editor",
        "the 'missing' number is a dose code",
    )
    assert store.published_translation(session, study.nct_id) == published
    actions = [(event.action, event.reason) for event in store.history(session, stored.id)]
    assert actions[-2:] == [("overridden", "the 'missing' number is a dose code"), ("published", None)]


def test_approve_without_errors_publishes_and_supersedes_the_previous(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = ingested(session, records[1])
    first = store.approve(
        session, store.add_translation(session, study.nct_id, translate(study), [], actor="bot").id, actor="ann"
    )
    second = store.add_translation(session, study.nct_id, translate(study, model="m"), findings(0, 4), actor="bot")
    published = store.approve(session, second.id, actor="bob", expected_version=1)
    assert published.version == 2 and published.override_reason is None
    assert store.get_translation(session, first.id).state is TranslationState.SUPERSEDED
    current = store.published_translation(session, study.nct_id)
    assert current is not None and current.id == second.id
    assert [event.action for event in store.history(session, first.id)][-1] == "superseded"


def test_approve_with_a_stale_version_raises_version_conflict(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    store.edit_translation(session, stored.id, translate(study, wording="B"), [], expected_version=1, actor="ann")
    with pytest.raises(VersionConflict) as caught:
        store.approve(session, stored.id, actor="bob", expected_version=1)
    assert caught.value.current_version == 2


def test_approve_refuses_twice_and_after_rejection(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    store.approve(session, stored.id, actor="editor")
    with pytest.raises(InvalidState, match="already published"):
        store.approve(session, stored.id, actor="editor")
    other = store.add_translation(session, study.nct_id, translate(study, model="m"), [], actor="bot")
    store.reject(session, other.id, actor="editor", reason="bullets too long")
    with pytest.raises(InvalidState, match="edit it first"):
        store.approve(session, other.id, actor="editor")


def test_approve_clears_stale_by_publishing_a_translation_of_the_new_text(
    session: Session, records: list[dict[str, Any]]
) -> None:
    raw = records[1]
    study = ingested(session, raw)
    old = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    store.approve(session, old.id, actor="editor")
    criteria = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    changed = ingested(session, with_criteria(raw, criteria + "\n\n  -  No prior chemotherapy"))
    stale = store.published_translation(session, study.nct_id)
    assert stale is not None and stale.stale and stale.id == old.id
    new = store.add_translation(session, study.nct_id, translate(changed), [], actor="bot")
    fresh = store.approve(session, new.id, actor="editor")
    assert not fresh.stale
    assert store.published_translation(session, study.nct_id) == fresh


def test_approve_refuses_a_pending_translation_whose_source_changed(
    session: Session, records: list[dict[str, Any]]
) -> None:
    """A pending translation of old text is superseded on re-ingest, so this checks the guard directly."""
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    with store.transaction(session):  # change the text without the ingest's clean-up
        row = session.get(StudyRow, study.nct_id)
        assert row is not None
        row.criteria_sha = "f" * 64
    with pytest.raises(SourceMismatch):
        store.approve(session, stored.id, actor="editor")


def test_reject_needs_a_reason_and_an_edit_reopens_it(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(1), actor="bot")
    with pytest.raises(InvalidRequest, match="needs a reason"):
        store.reject(session, stored.id, actor="editor", reason="  ")
    rejected = store.reject(session, stored.id, actor="editor", reason="drops the age limit", expected_version=1)
    assert (rejected.state, rejected.version) == (TranslationState.REJECTED, 2)
    assert store.review_queue(session).items == []
    reopened = store.edit_translation(session, stored.id, translate(study), [], expected_version=2, actor="editor")
    assert (reopened.state, reopened.version) == (TranslationState.PENDING, 3)
    assert [entry.translation.id for entry in store.review_queue(session).items] == [stored.id]


def test_unchanged_criteria_keep_their_approval_after_a_source_change(
    session: Session, records: list[dict[str, Any]]
) -> None:
    raw = records[1]
    study = ingested(session, raw)
    first = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    approved = store.approve(session, first.id, actor="ann")
    assert approved.criteria_to_review == []
    assert {approval.criterion_sha for approval in approved.approvals} == set(approved.criterion_shas.values())

    # The source changes: one criterion reworded, one added at the end.
    criteria = criteria_of(study)
    target = criteria[2]
    text = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    reworded = text[: target.start] + "Newly " + text[target.start :] + "\n\n  -  No prior chemotherapy"
    changed = ingested(session, with_criteria(raw, reworded))
    new_criteria = criteria_of(changed)
    unchanged_ids = {c.id for c in new_criteria if c.sha in {old.sha for old in criteria}}
    changed_ids = [c.id for c in new_criteria if c.id not in unchanged_ids]
    assert 1 <= len(changed_ids) < len(new_criteria) // 2

    second = store.add_translation(session, study.nct_id, translate(changed), [], actor="bot")
    assert {approval.criterion_id for approval in second.approvals} == unchanged_ids
    assert all(approval.carried and approval.approved_by == "ann" for approval in second.approvals)
    assert second.criteria_to_review == changed_ids

    published = store.approve(session, second.id, actor="bob")
    assert published.criteria_to_review == []
    by_id = {approval.criterion_id: approval for approval in published.approvals}
    assert all(by_id[criterion_id].approved_by == "bob" for criterion_id in changed_ids)
    assert all(by_id[criterion_id].approved_by == "ann" for criterion_id in unchanged_ids)


def test_carried_approval_does_not_cover_a_changed_rendering(session: Session, records: list[dict[str, Any]]) -> None:
    raw = records[1]
    study = ingested(session, raw)
    store.approve(
        session, store.add_translation(session, study.nct_id, translate(study), [], actor="bot").id, actor="ann"
    )
    reworded = translate(study, model="m", wording="Said differently")
    second = store.add_translation(session, study.nct_id, reworded, [], actor="bot")
    assert len(second.approvals) == len(second.criterion_shas)  # every text still approved…
    assert second.criteria_to_review == list(second.criterion_shas)  # …but every rendering changed

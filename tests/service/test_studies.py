"""Ingesting real CT.gov records and listing them, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from service import store
from service.errors import InvalidCursor, InvalidRequest, NotFound
from service.stored import IngestOutcome
from service.tables import TranslationState
from tests.service.store_samples import findings, make_study, translate, with_criteria, with_status


def publish(session: Session, raw: dict[str, Any]) -> int:
    study = make_study(raw)
    stored = store.add_translation(
        session,
        study.nct_id,
        translate(study),
        findings(),
        actor="bot",
    )
    return store.approve(session, stored.id, actor="editor").id


def test_ingest_reports_new_then_unchanged(session: Session, records: list[dict[str, Any]]) -> None:
    study = make_study(records[0])
    assert store.ingest_study(session, study, actor="loader") is IngestOutcome.NEW
    assert store.ingest_study(session, make_study(records[0]), actor="loader") is IngestOutcome.UNCHANGED
    stored = store.get_study(session, study.nct_id)
    assert stored.raw == records[0]
    assert stored.criteria_sha == study.criteria_sha
    assert stored.brief_title == "Antidepressant Treatment of Melancholia in Late Life"
    assert (stored.overall_status, stored.recruiting, stored.last_update_posted) == ("COMPLETED", False, "2015-10-07")
    assert [event.action for event in store.study_history(session, study.nct_id)] == ["ingested"]


def test_ingest_reports_changed_when_the_criteria_text_changes(session: Session, records: list[dict[str, Any]]) -> None:
    raw = records[1]
    store.ingest_study(session, make_study(raw), actor="loader")
    criteria = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    changed = make_study(with_criteria(raw, criteria + "\n\nPregnant women are excluded."))
    assert store.ingest_study(session, changed, actor="loader") is IngestOutcome.CHANGED
    assert store.get_study(session, changed.nct_id).criteria_sha == changed.criteria_sha
    last = store.study_history(session, changed.nct_id)[-1]
    assert last.action == "source_changed"
    assert last.before == {"criteria_sha": make_study(raw).criteria_sha}
    assert last.after == {"criteria_sha": changed.criteria_sha}


def test_ingest_reports_updated_when_only_the_status_changes(session: Session, records: list[dict[str, Any]]) -> None:
    raw = records[2]
    store.ingest_study(session, make_study(raw), actor="loader")
    outcome = store.ingest_study(session, make_study(with_status(raw, "Recruiting")), actor="loader")
    assert outcome is IngestOutcome.UPDATED
    stored = store.get_study(session, make_study(raw).nct_id)
    assert (stored.overall_status, stored.recruiting) == ("RECRUITING", True)
    assert store.study_history(session, stored.nct_id)[-1].after == {"overall_status": "RECRUITING", "recruiting": True}


def test_source_change_marks_the_published_translation_stale(session: Session, records: list[dict[str, Any]]) -> None:
    raw = records[3]
    store.ingest_study(session, make_study(raw), actor="loader")
    published_id = publish(session, raw)
    criteria = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    store.ingest_study(session, make_study(with_criteria(raw, criteria + "\n\nNo prior surgery.")), actor="loader")

    published = store.published_translation(session, make_study(raw).nct_id)
    assert published is not None
    assert (published.id, published.state, published.stale) == (published_id, TranslationState.APPROVED, True)
    actions = [event.action for event in store.history(session, published_id)]
    assert actions[-1] == "marked_stale"


def test_source_change_back_clears_the_stale_flag(session: Session, records: list[dict[str, Any]]) -> None:
    raw = records[3]
    store.ingest_study(session, make_study(raw), actor="loader")
    published_id = publish(session, raw)
    criteria = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    store.ingest_study(session, make_study(with_criteria(raw, criteria + "\n\nNo prior surgery.")), actor="loader")
    assert store.ingest_study(session, make_study(raw), actor="loader") is IngestOutcome.CHANGED

    published = store.published_translation(session, make_study(raw).nct_id)
    assert published is not None and not published.stale
    assert [event.action for event in store.history(session, published_id)][-2:] == ["marked_stale", "stale_cleared"]


def test_source_change_supersedes_pending_translations_of_the_old_text(
    session: Session, records: list[dict[str, Any]]
) -> None:
    raw = records[4]
    study = make_study(raw)
    store.ingest_study(session, study, actor="loader")
    pending = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    store.ingest_study(session, make_study(with_criteria(raw, "Adults only.")), actor="loader")
    assert store.get_translation(session, pending.id).state is TranslationState.SUPERSEDED
    assert store.review_queue(session).items == []


def test_list_studies_pages_through_everything_once(session: Session, records: list[dict[str, Any]]) -> None:
    for raw in records[:12]:
        store.ingest_study(session, make_study(raw), actor="loader")
    seen: list[str] = []
    cursor = None
    while True:
        page = store.list_studies(session, cursor=cursor, limit=5)
        seen += [study.nct_id for study in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(make_study(raw).nct_id for raw in records[:12])
    assert len(seen) == len(set(seen))


def test_list_studies_stays_stable_when_rows_arrive_between_pages(
    session: Session, records: list[dict[str, Any]]
) -> None:
    for raw in records[:10]:
        store.ingest_study(session, make_study(raw), actor="loader")
    first = store.list_studies(session, limit=4)
    for raw in records[10:16]:  # newer rows sort after every existing one
        store.ingest_study(session, make_study(raw), actor="loader")
    seen = [study.nct_id for study in first.items]
    cursor = first.next_cursor
    while cursor is not None:
        page = store.list_studies(session, cursor=cursor, limit=4)
        seen += [study.nct_id for study in page.items]
        cursor = page.next_cursor
    expected = [make_study(raw).nct_id for raw in records[:16]]
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen))
    assert seen[:4] == [study.nct_id for study in first.items]


def test_list_studies_filters_by_status_and_update_time(session: Session, records: list[dict[str, Any]]) -> None:
    for raw in records:
        store.ingest_study(session, make_study(raw), actor="loader")
    recruiting = store.list_studies(session, status="recruiting", limit=100).items
    assert {study.nct_id for study in recruiting} == {make_study(raw).nct_id for raw in records[30:]}
    assert all(study.recruiting for study in recruiting)
    everything = store.list_studies(session, limit=100).items
    later = store.list_studies(session, updated_since=everything[10].updated_at, limit=100).items
    assert [study.nct_id for study in later] == [study.nct_id for study in everything[10:]]


def test_list_studies_refuses_a_cursor_of_another_listing(session: Session, records: list[dict[str, Any]]) -> None:
    with pytest.raises(InvalidCursor):
        store.list_studies(session, cursor="bm90IGEgY3Vyc29y", limit=5)
    with pytest.raises(InvalidRequest, match="limit"):
        store.list_studies(session, limit=0)


def test_get_study_raises_not_found_for_unknown_id(session: Session) -> None:
    with pytest.raises(NotFound, match="NCT99999999"):
        store.get_study(session, "NCT99999999")


def test_ingest_studies_counts_outcomes_like_single_ingests(session: Session, records: list[dict[str, Any]]) -> None:
    store.ingest_study(session, make_study(records[0]), actor="loader")
    batch = [make_study(raw) for raw in records[:12]]
    batch.append(make_study(with_status(records[1], "WITHDRAWN")))  # the same study twice in one batch
    criteria = records[2]["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    batch.append(make_study(with_criteria(records[2], criteria + "\n\nNo smokers.")))
    outcomes = store.ingest_studies(session, batch, actor="loader", batch_size=5)
    assert outcomes == {
        IngestOutcome.UNCHANGED: 1,
        IngestOutcome.NEW: 11,
        IngestOutcome.UPDATED: 1,
        IngestOutcome.CHANGED: 1,
    }
    assert store.get_study(session, batch[1].nct_id).overall_status == "WITHDRAWN"
    assert store.get_study(session, batch[2].nct_id).criteria_sha == batch[-1].criteria_sha
    assert store.ingest_studies(session, [make_study(raw) for raw in records[3:12]], actor="loader") == {
        IngestOutcome.UNCHANGED: 9
    }
    assert [e.action for e in store.study_history(session, batch[2].nct_id)] == ["ingested", "source_changed"]

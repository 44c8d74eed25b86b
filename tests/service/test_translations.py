"""Adding, re-using, editing and queueing translations, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from service import db, store
from service.errors import InvalidCursor, InvalidRequest, InvalidState, NotFound, SourceMismatch, VersionConflict
from service.tables import TranslationState
from tests.service.store_samples import findings, make_study, translate, with_criteria, with_status
from translator.records import Study


def ingested(session: Session, raw: dict[str, Any]) -> Study:
    study = make_study(raw)
    store.ingest_study(session, study, actor="loader")
    return study


def test_add_translation_stores_a_pending_version_one(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(1, 2), actor="bot")
    assert (stored.state, stored.version, stored.error_count, stored.warning_count) == (
        TranslationState.PENDING,
        1,
        1,
        2,
    )
    assert stored.translation == translate(study).model_copy(update={"provenance": stored.translation.provenance})
    assert stored.source_sha == study.criteria_sha
    assert stored.criteria_to_review == list(stored.criterion_shas)  # nothing approved yet
    assert len(stored.criterion_shas) > 10
    assert store.get_translation(session, stored.id) == stored


def test_add_translation_refuses_a_translation_of_older_text(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    old = translate(study)
    ingested(session, with_criteria(records[1], "Adults with melanoma."))
    with pytest.raises(SourceMismatch, match="translate the current criteria text"):
        store.add_translation(session, study.nct_id, old, [], actor="bot")


def test_add_translation_refuses_unknown_study_and_foreign_payload(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = make_study(records[1])
    with pytest.raises(NotFound):
        store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    other = ingested(session, records[2])
    with pytest.raises(InvalidRequest, match="store it under its own study"):
        store.add_translation(session, other.nct_id, translate(study), [], actor="bot")
    with pytest.raises(InvalidRequest, match="actor"):
        store.add_translation(session, other.nct_id, translate(other), [], actor=" ")


def test_add_translation_supersedes_the_previous_pending_one(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    first = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    second = store.add_translation(session, study.nct_id, translate(study, model="m1"), [], actor="bot")
    assert store.get_translation(session, first.id).state is TranslationState.SUPERSEDED
    assert [entry.translation.id for entry in store.review_queue(session).items] == [second.id]


def test_find_translation_matches_text_prompt_and_model(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    offline = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    llm = store.add_translation(session, study.nct_id, translate(study, model="gpt-x"), [], actor="bot")
    sha = study.criteria_sha
    assert store.find_translation(session, study.nct_id, sha, None, None) == store.get_translation(session, offline.id)
    found = store.find_translation(session, study.nct_id, sha, "p" * 64, "gpt-x")
    assert found is not None and found.id == llm.id
    assert store.find_translation(session, study.nct_id, sha, "p" * 64, "other-model") is None
    assert store.find_translation(session, study.nct_id, "0" * 64, None, None) is None


def test_edit_bumps_the_version_and_keeps_before_and_after(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), findings(1), actor="bot")
    edited_payload = translate(study, wording="Put simply")
    edited = store.edit_translation(session, stored.id, edited_payload, [], expected_version=1, actor="editor")
    assert (edited.version, edited.error_count, edited.state) == (2, 0, TranslationState.PENDING)
    assert edited.translation.sections[0].bullets[0].text.startswith("Put simply")
    event = store.history(session, stored.id)[-1]
    assert (event.action, event.actor) == ("edited", "editor")
    assert event.before is not None and event.after is not None
    assert event.before["version"] == 1 and event.after["version"] == 2
    assert event.before["payload"] == stored.translation.model_dump(mode="json")
    assert event.after["payload"] == edited_payload.model_dump(mode="json")


def test_an_edit_to_the_same_wording_is_a_no_op_but_reopens_a_rejected_one(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = ingested(session, records[1])
    payload = translate(study)
    stored = store.add_translation(session, study.nct_id, payload, [], actor="bot")
    as_edited = payload.model_copy(update={"provenance": payload.provenance.model_copy(update={"backend": "edited"})})
    same = store.edit_translation(session, stored.id, as_edited, findings(2), expected_version=1, actor="editor")
    assert (same.version, same.error_count, same.translation) == (1, 0, payload)
    assert [event.action for event in store.history(session, stored.id)] == ["generated"]
    with pytest.raises(VersionConflict):
        store.edit_translation(session, stored.id, payload, [], expected_version=2, actor="editor")
    rejected = store.reject(session, stored.id, actor="editor", reason="too technical")
    reopened = store.edit_translation(session, stored.id, payload, [], expected_version=rejected.version, actor="ed")
    assert (reopened.state, reopened.version) == (TranslationState.PENDING, rejected.version + 1)


def test_edit_with_a_stale_version_raises_version_conflict(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    store.edit_translation(session, stored.id, translate(study, wording="A"), [], expected_version=1, actor="ann")
    with pytest.raises(VersionConflict) as caught:
        store.edit_translation(session, stored.id, translate(study, wording="B"), [], expected_version=1, actor="bob")
    assert (caught.value.expected_version, caught.value.current_version) == (1, 2)
    assert "reload it" in str(caught.value)
    assert store.get_translation(session, stored.id).translation.sections[0].bullets[0].text.startswith("A:")


def test_edit_refuses_a_published_translation(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    published = store.approve(session, stored.id, actor="editor")
    with pytest.raises(InvalidState, match="add a new translation"):
        store.edit_translation(session, stored.id, translate(study), [], expected_version=published.version, actor="x")


def test_edit_refuses_a_payload_of_another_source(session: Session, records: list[dict[str, Any]]) -> None:
    study = ingested(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    other = make_study(with_criteria(records[1], "Something else entirely."))
    payload = translate(other)
    with pytest.raises(InvalidRequest, match="source_sha"):
        store.edit_translation(session, stored.id, payload, [], expected_version=1, actor="editor")


def test_review_queue_ranks_errors_then_concerns_then_recruiting_then_warnings_then_age(
    session: Session, records: list[dict[str, Any]]
) -> None:
    plan = [  # (record, errors, reading-grade warnings, warnings about meaning, recruiting)
        (records[0], 0, 0, 0, False),
        (records[1], 0, 3, 0, False),
        (records[2], 2, 0, 0, False),
        (records[3], 0, 3, 0, True),
        (records[4], 2, 0, 0, True),
        (records[5], 0, 0, 0, True),
        (records[6], 5, 0, 0, False),
        (records[7], 0, 0, 0, False),
        (records[8], 0, 0, 1, False),  # one double negative outranks any number of long bullets
        (records[9], 0, 9, 0, True),
    ]
    ids = {}
    for raw, errors, warnings, concerns, recruiting in plan:
        study = ingested(session, with_status(raw, "RECRUITING" if recruiting else "COMPLETED"))
        ids[study.nct_id] = store.add_translation(
            session, study.nct_id, translate(study), findings(errors, warnings, concerns), actor="bot"
        ).id
    order = [make_study(raw).nct_id for raw in (records[6], records[4], records[2], records[8], records[9])]
    order += [make_study(raw).nct_id for raw in (records[3], records[5], records[1], records[0], records[7])]

    seen: list[str] = []
    cursor = None
    while True:
        page = store.review_queue(session, limit=3, cursor=cursor)
        seen += [entry.translation.nct_id for entry in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == order
    first = store.review_queue(session, limit=1).items[0]
    assert (first.translation.id, first.recruiting, first.overall_status) == (
        ids[order[0]],
        False,
        "COMPLETED",
    )


@pytest.mark.parametrize("query", [{}, {"recruiting": True}, {"search": "cancer"}])
def test_review_queue_is_ordered_and_counted_from_indexes_alone_on_sqlite(
    engine: Engine, session: Session, records: list[dict[str, Any]], query: dict[str, Any]
) -> None:
    # bench/scale.py: sorting or counting whole rows made the queue as slow as the store was large. Here every
    # statement that orders or counts the queue must read indexes only; rows are read for the page alone.
    if engine.dialect.name != "sqlite":
        pytest.skip("the plans asserted are SQLite's; PostgreSQL keeps large records out of line")
    for raw in records[:12]:
        study = ingested(session, with_status(raw, "RECRUITING"))
        store.add_translation(session, study.nct_id, translate(study), findings(0, 2), actor="bot")
    db.refresh_statistics(session)  # as an ingest of new records does
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and ("ORDER BY" in statement or "count(" in statement):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = store.review_queue(session, limit=5, **query)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert page.items and page.total == (12 if "search" not in query else len(page.items))  # 5 about a cancer
    # the page's keys, and the count; a search word also counts the studies and reads the index's term counts
    # (service.search_index), which must read no rows either
    assert len([statement for statement, _ in statements if "translations" in statement]) == 2
    with engine.connect() as connection:
        for statement, parameters in statements:
            plan = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            tables = [line for line in plan if " translations " in f"{line} " or " studies " in f"{line} "]
            terms = "studies_search_terms" in statement
            assert (tables or terms) and all("COVERING INDEX" in line for line in tables), (statement, plan)


def test_review_queue_refuses_a_studies_cursor(session: Session, records: list[dict[str, Any]]) -> None:
    for raw in records[:3]:
        ingested(session, raw)
    cursor = store.list_studies(session, limit=1).next_cursor
    assert cursor is not None
    with pytest.raises(InvalidCursor):
        store.review_queue(session, cursor=cursor)


def test_published_translations_returns_only_approved_ones(session: Session, records: list[dict[str, Any]]) -> None:
    studies = [ingested(session, raw) for raw in records[:3]]
    added = [store.add_translation(session, study.nct_id, translate(study), [], actor="bot") for study in studies]
    store.approve(session, added[0].id, actor="editor")
    store.approve(session, added[2].id, actor="editor")
    published = store.published_translations(session, [study.nct_id for study in studies])
    assert {nct_id: item.id for nct_id, item in published.items()} == {
        studies[0].nct_id: added[0].id,
        studies[2].nct_id: added[2].id,
    }
    assert store.published_translation(session, studies[1].nct_id) is None


def test_concurrent_edits_of_one_version_let_exactly_one_win(engine: Engine, records: list[dict[str, Any]]) -> None:
    factory = db.session_factory(engine)
    with factory() as session:
        study = ingested(session, records[1])
        translation_id = store.add_translation(session, study.nct_id, translate(study), [], actor="bot").id
    barrier = threading.Barrier(2)
    results: list[str] = []

    def edit(wording: str) -> None:
        with factory() as session:
            barrier.wait()
            try:
                payload = translate(study, wording=wording)
                store.edit_translation(session, translation_id, payload, [], expected_version=1, actor=wording)
                results.append("saved")
            except VersionConflict:
                results.append("conflict")
            except Exception as error:  # reported by the assert below, not lost in the thread
                results.append(repr(error))

    threads = [threading.Thread(target=edit, args=(wording,)) for wording in ("ann", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results) == ["conflict", "saved"]
    with factory() as session:
        assert store.get_translation(session, translation_id).version == 2

"""The workflow behind the API: ingest and translate, source changes, re-use, edits, statuses."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from service import store, workflow
from service.errors import SourceMismatch
from service.schemas import EligibilityState
from service.tables import TranslationRow, TranslationState
from tests.service.api_support import without_numbers
from tests.service.store_samples import count, make_study, with_criteria, with_status
from translator.errors import BackendError, RecordError
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.offline import OfflineBackend

TEXT = (
    "Inclusion Criteria:\n\n* Adults aged 18 to 65 years\n* Able to give consent\n\n"
    "Exclusion Criteria:\n\n* Pregnancy"
)


def echo() -> ScriptedBackend:
    return ScriptedBackend(default=echo_rendering)


def test_ingest_reports_each_outcome_and_translates_what_is_new(
    session: Session, records: list[dict[str, Any]]
) -> None:
    backend = echo()
    first = workflow.ingest(session, [make_study(r) for r in records[:3]], actor="cli", backend=backend)
    assert (first.counts["new"], first.counts["translated"]) == (3, 3)
    items = [
        make_study(records[0]),
        make_study(with_status(records[1], "WITHDRAWN")),
        make_study(with_criteria(records[2], TEXT)),
        RecordError("not a study", source="x.jsonl", line=4),
    ]
    second = workflow.ingest(session, items, actor="cli", backend=backend)
    assert {key: second.counts[key] for key in ("unchanged", "updated", "changed", "rejected")} == dict.fromkeys(
        ("unchanged", "updated", "changed", "rejected"), 1
    )
    assert (second.counts["reused"], second.counts["translated"]) == (2, 1)
    assert [str(error) for error in second.errors] == ["x.jsonl:4: not a study"]
    assert "1 changed" in second.summary()
    assert count(session, "translations") == 4


def _changed(raw: dict[str, Any], module: str, key: str, value: object) -> dict[str, Any]:
    section = raw["protocolSection"]
    return {**raw, "protocolSection": {**section, module: {**section.get(module, {}), key: value}}}


@pytest.mark.parametrize(
    ("module", "key", "value", "field", "says"),
    [
        ("identificationModule", "briefTitle", "A\x00B", None, "NUL character (\\u0000) at protocolSection."),
        ("statusModule", "overallStatus", "RECRUITING" * 5, "protocolSection.statusModule.overallStatus",
         "50 characters where the store keeps at most 40"),
        ("statusModule", "lastUpdatePostDateStruct", {"date": "2022-11-04T10:00:00"},
         "protocolSection.statusModule.lastUpdatePostDateStruct.date", "19 characters where the store keeps at most"),
    ],
)  # fmt: skip
def test_ingest_rejects_alone_a_record_the_store_cannot_keep(
    session: Session, records: list[dict[str, Any]], module: str, key: str, value: object, field: str | None, says: str
) -> None:
    # PostgreSQL refused these values with a DataError that rolled back the whole batch and ended the ingest.
    bad = make_study(_changed(records[0], module, key, value))
    report = workflow.ingest(session, [bad, make_study(records[1])], actor="cli", backend=echo())
    assert (report.counts["rejected"], report.counts["new"], report.counts["translated"]) == (1, 1, 1)
    [error] = report.errors
    assert isinstance(error, RecordError) and (error.source, error.field) == (bad.nct_id, field)
    assert says in error.reason
    assert count(session, "studies") == 1


def test_ingest_without_a_backend_only_stores(session: Session, records: list[dict[str, Any]]) -> None:
    report = workflow.ingest(session, [make_study(r) for r in records[:2]], actor="cli")
    assert (report.counts["new"], report.counts["translated"], count(session, "translations")) == (2, 0, 0)


def test_ingest_counts_translations_that_fail(session: Session, records: list[dict[str, Any]]) -> None:
    backend = ScriptedBackend(BackendError("model down"))
    report = workflow.ingest(session, [make_study(records[0])], actor="cli", backend=backend)
    assert (report.counts["new"], report.counts["failed"], report.counts["translated"]) == (1, 1, 0)
    assert "model down" in str(report.errors[0])


def test_a_source_change_stales_the_published_translation_and_requeues_only_changed_criteria(
    session: Session, records: list[dict[str, Any]]
) -> None:
    backend = echo()
    study = make_study(with_criteria(records[1], TEXT))
    workflow.ingest(session, [study], actor="cli", backend=backend)
    pending = store.review_queue(session).items[0].translation
    published = workflow.approve(session, pending.id, actor="editor")
    changed = make_study(with_criteria(records[1], TEXT.replace("18 to 65", "18 to 70")))
    report = workflow.ingest(session, [changed], actor="cli", backend=backend)
    assert (report.counts["changed"], report.counts["translated"]) == (1, 1)
    still = store.published_translation(session, study.nct_id)
    assert still is not None and (still.id, still.stale) == (published.id, True)
    redone = store.review_queue(session).items[0].translation
    assert redone.criteria_to_review == ["I1"]
    assert [(a.criterion_id, a.carried, a.approved_by) for a in redone.approvals] == [
        ("I2", True, "editor"),
        ("E1", True, "editor"),
    ]
    republished = workflow.approve(session, redone.id, actor="editor2")
    assert (republished.stale, republished.criteria_to_review) == (False, [])


def test_a_translation_of_another_parse_of_the_text_is_made_again_and_stales_the_published_one(
    session: Session, records: list[dict[str, Any]]
) -> None:
    backend = echo()
    study = make_study(with_criteria(records[1], TEXT))
    workflow.ingest(session, [study], actor="cli", backend=backend)
    published = workflow.approve(session, store.review_queue(session).items[0].translation.id, actor="editor")
    # Stored as an older parser would have split the same text: both inclusion items as one criterion.
    row = session.get(TranslationRow, published.id)
    assert row is not None and [item["id"] for item in row.criterion_shas] == ["I1", "I2", "E1"]
    glued = "0" * 16
    exclusion = row.criterion_shas[2]
    row.criterion_shas = [{"id": "I1", "sha": glued}, exclusion]
    kept = row.criterion_approvals[exclusion["sha"]]
    row.criterion_approvals = {glued: kept | {"criterion_sha": glued, "criterion_id": "I1"}, exclusion["sha"]: kept}
    session.commit()
    listed = store.get_study(session, study.nct_id)

    report = workflow.ingest(session, [study], actor="cli", backend=backend)
    assert (report.counts["unchanged"], report.counts["reused"], report.counts["translated"]) == (1, 0, 1)
    still = store.published_translation(session, study.nct_id)
    assert still is not None and (still.id, still.stale) == (published.id, True)
    # The public page now flags the translation: the listing's change feed reports the study again.
    relisted = store.get_study(session, study.nct_id)
    assert relisted.change > listed.change and relisted.updated_at > listed.updated_at
    assert store.history(session, published.id)[-1].reason == (
        "the criteria text now parses into other criteria; a new translation renders them"
    )
    redone = store.review_queue(session).items[0].translation
    assert redone.criteria_to_review == ["I1", "I2"]
    assert [(a.criterion_id, a.carried) for a in redone.approvals] == [("E1", True)]
    again = workflow.translate_study(session, study.nct_id, backend, actor="bot")
    assert again.reused and again.stored is not None and again.stored.id == redone.id
    assert not workflow.approve(session, redone.id, actor="editor2").stale


def test_translate_study_reuses_the_same_text_prompt_and_model(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = make_study(records[3])
    store.ingest_study(session, study, actor="cli")
    made = workflow.translate_study(session, study.nct_id, OfflineBackend(), actor="editor")
    again = workflow.translate_study(session, study.nct_id, OfflineBackend(), actor="editor")
    assert (made.reused, again.reused) == (False, True)
    assert made.stored is not None and again.stored is not None and made.stored.id == again.stored.id
    other = workflow.translate_study(session, study.nct_id, echo(), actor="editor")  # another backend: new
    assert not other.reused and other.stored is not None and other.stored.id != made.stored.id


def test_translate_text_checks_free_text_without_storing_it(session: Session) -> None:
    done = workflow.translate_text(TEXT, ScriptedBackend(default=without_numbers), minimum_age="18 Years", sex="MALE")
    assert done.stored is None and done.translation.nct_id is None
    assert any(finding.check == "fact_missing" for finding in done.findings)
    assert done.translation.summary.sex == "Male only"
    assert count(session, "translations") == 0


def test_edit_recomputes_findings_and_bumps_the_version(session: Session, records: list[dict[str, Any]]) -> None:
    study = make_study(with_criteria(records[1], TEXT))
    store.ingest_study(session, study, actor="cli")
    made = workflow.translate_study(session, study.nct_id, echo(), actor="bot").stored
    assert made is not None and made.error_count == 0
    sections = [
        section.model_copy(
            update={"bullets": [bullet.model_copy(update={"text": "Adults"}) for bullet in section.bullets]}
        )
        for section in made.translation.sections
    ]
    edited = workflow.edit(session, made.id, sections=sections, expected_version=made.version, actor="editor")
    assert edited.version == made.version + 1 and edited.error_count > 0
    assert edited.translation.provenance.backend == "edited"
    assert edited.translation.summary == made.translation.summary


def test_edit_refuses_a_translation_of_text_that_has_changed(session: Session, records: list[dict[str, Any]]) -> None:
    study = make_study(with_criteria(records[1], TEXT))
    store.ingest_study(session, study, actor="cli")
    made = workflow.translate_study(session, study.nct_id, echo(), actor="bot").stored
    assert made is not None
    workflow.reject(session, made.id, actor="editor", reason="unclear")
    store.ingest_study(session, make_study(with_criteria(records[1], TEXT + "\n* Smokers")), actor="cli")
    with pytest.raises(SourceMismatch):
        workflow.edit(session, made.id, sections=made.translation.sections, expected_version=2, actor="editor")


def test_eligibility_statuses_name_each_state(session: Session, records: list[dict[str, Any]]) -> None:
    backend = echo()
    ids = [make_study(raw).nct_id for raw in records[:5]]
    workflow.ingest(session, [make_study(raw) for raw in records[:5]], actor="cli")
    for nct_id in ids[1:]:
        workflow.translate_study(session, nct_id, backend, actor="bot")
    queued = {entry.translation.nct_id: entry.translation for entry in store.review_queue(session).items}
    workflow.reject(session, queued[ids[2]].id, actor="editor", reason="unclear")
    workflow.approve(session, queued[ids[3]].id, actor="editor", override=True, reason="ok")
    workflow.approve(session, queued[ids[4]].id, actor="editor", override=True, reason="ok")
    store.ingest_study(session, make_study(with_criteria(records[4], TEXT)), actor="cli")
    statuses = workflow.eligibility_statuses(session, ids)
    assert [(s.state, s.stale) for s in statuses.values()] == [
        (EligibilityState.UNTRANSLATED, False),
        (EligibilityState.PENDING, False),
        (EligibilityState.REJECTED, False),
        (EligibilityState.PUBLISHED, False),
        (EligibilityState.PUBLISHED, True),
    ]
    assert statuses[ids[3]].translation_id == queued[ids[3]].id
    assert store.get_translation(session, queued[ids[2]].id).state is TranslationState.REJECTED


def test_ingesting_new_records_leaves_sqlite_the_statistics_its_planner_needs(
    session: Session, records: list[dict[str, Any]]
) -> None:
    # Without them SQLite reads each study's whole row to order the review queue (see db.refresh_statistics).
    workflow.ingest(session, [make_study(r) for r in records[:3]], actor="cli", backend=echo())
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its own statistics")
    indexes = {row[0] for row in session.execute(text("SELECT idx FROM sqlite_stat1"))}
    assert {"ix_studies_queue", "ix_translations_queue"} <= indexes

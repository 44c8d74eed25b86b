"""`trialplain recheck`: stored findings made by older checks computed again, on SQLite and PostgreSQL.

Each test stores a translation with the findings an older edition of the checks could have made (none), marks them
as made by that edition, and lets today's checks look again: the translation drops the "18" of "18 years or older",
which today's checks call an error.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from service import db, rechecks, store
from service.cli import app
from service.stored import StoredTranslation
from service.tables import TranslationRow, TranslationState
from tests.service.store_samples import make_study, translate, with_criteria
from translator import fidelity
from translator.findings import CHECKS_VERSION, Severity
from translator.outline import parse_criteria
from translator.records import Study
from translator.translation import Translation

CRITERIA = "Inclusion Criteria:\n\n* Age 18 years or older\n* Diagnosis of asthma\n\nExclusion Criteria:\n\n* Pregnancy"
OLD = "checks-0"


def study_of(session: Session, raw: dict[str, Any], criteria: str = CRITERIA) -> Study:
    study = make_study(with_criteria(raw, criteria))
    store.ingest_study(session, study, actor="loader")
    return study


def dropping_the_age(study: Study) -> Translation:
    """Every criterion in its own words, but the first without its number."""
    faithful = translate(study)
    bullets = list(faithful.sections[0].bullets)
    bullets[0] = bullets[0].model_copy(update={"text": "In plain words: you are an adult"})
    section = faithful.sections[0].model_copy(update={"bullets": bullets})
    return faithful.model_copy(update={"sections": [section]})


def made_by_older_checks(session: Session, *translation_ids: int, version: str | None = OLD) -> None:
    with db.transaction(session):
        session.execute(
            update(TranslationRow).where(TranslationRow.id.in_(translation_ids)).values(checks_version=version),
            execution_options={"synchronize_session": False},
        )


def published_by_older_checks(session: Session, raw: dict[str, Any]) -> tuple[Study, StoredTranslation]:
    """A study whose published translation drops the age, approved when the checks did not see it."""
    study = study_of(session, raw)
    stored = store.add_translation(session, study.nct_id, dropping_the_age(study), [], actor="bot")
    published = store.approve(session, stored.id, actor="editor")
    made_by_older_checks(session, published.id)
    return study, published


def actions(session: Session, translation_id: int) -> list[str]:
    return [event.action for event in store.history(session, translation_id)]


def test_new_translations_carry_todays_checks_version(session: Session, records: list[dict[str, Any]]) -> None:
    study = study_of(session, records[1])
    stored = store.add_translation(session, study.nct_id, translate(study), [], actor="bot")
    assert stored.checks_version == CHECKS_VERSION
    assert rechecks.outdated(session) == 0
    assert rechecks.recheck(session, actor="cli").checked == 0


def test_a_pending_translation_gets_the_findings_of_todays_checks(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = study_of(session, records[1])
    stored = store.add_translation(session, study.nct_id, dropping_the_age(study), [], actor="bot")
    made_by_older_checks(session, stored.id)
    assert rechecks.outdated(session) == 1

    report = rechecks.recheck(session, actor="cli")

    assert (report.checked, report.changed, report.unchanged, report.reopened) == (1, 1, 0, [])
    now = store.get_translation(session, stored.id)
    assert now.error_count >= 1 and any(f.check == "fact_missing" and f.criterion_id == "I1" for f in now.findings)
    assert (now.checks_version, now.state) == (CHECKS_VERSION, TranslationState.PENDING)
    assert now.version == stored.version + 1
    event = store.history(session, stored.id)[-1]
    assert event.action == "rechecked" and event.actor == "cli"
    assert event.before is not None and event.after is not None
    assert (event.before["error_count"], event.before["checks_version"]) == (0, OLD)
    assert (event.after["error_count"], event.after["checks_version"]) == (now.error_count, CHECKS_VERSION)
    assert rechecks.outdated(session) == 0
    queue = store.review_queue(session)
    assert [entry.translation.error_count for entry in queue.items] == [now.error_count]


def test_findings_that_come_out_the_same_are_only_stamped(session: Session, records: list[dict[str, Any]]) -> None:
    study = study_of(session, records[1])
    translation = translate(study)
    found = fidelity.check(parse_criteria(study.eligibility.criteria), translation, study)
    stored = store.add_translation(session, study.nct_id, translation, found, actor="bot")
    made_by_older_checks(session, stored.id, version=None)  # stored before the checks had editions

    report = rechecks.recheck(session, actor="cli")

    assert (report.checked, report.changed, report.unchanged) == (1, 0, 1)
    now = store.get_translation(session, stored.id)
    assert (now.version, now.checks_version, now.findings) == (stored.version, CHECKS_VERSION, stored.findings)
    assert actions(session, stored.id) == ["generated"]
    assert rechecks.recheck(session, actor="cli").checked == 0
    # --all looks again at what is current as well
    assert rechecks.recheck(session, actor="cli", everything=True).unchanged == 1


def test_a_published_translation_with_a_new_error_stays_published_and_a_copy_goes_back_for_review(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study, published = published_by_older_checks(session, records[1])
    change_before = store.get_study(session, study.nct_id).change

    report = rechecks.recheck(session, actor="cli")

    assert (report.changed, len(report.reopened)) == (1, 1)
    served = store.published_translation(session, study.nct_id)
    assert served is not None and served.id == published.id and not served.stale
    assert served.error_count >= 1 and served.translation == published.translation
    assert store.get_study(session, study.nct_id).change > change_before  # the trial's page changed
    copy = store.get_translation(session, report.reopened[0])
    assert copy.state is TranslationState.PENDING
    assert (copy.translation, copy.findings) == (served.translation, served.findings)
    # Only the criterion the new error is about waits for an editor; the others keep their approval.
    assert copy.criteria_to_review == ["I1"]
    assert {approval.criterion_id for approval in copy.approvals} == {"I2", "E1"}
    assert actions(session, copy.id) == ["generated", "reopened"]
    assert actions(session, published.id)[-1] == "rechecked"
    assert [entry.translation.id for entry in store.review_queue(session).items] == [copy.id]

    # Approving the copy needs an override (its error is still there), then it is what the page serves.
    with pytest.raises(Exception, match="override"):
        store.approve(session, copy.id, actor="editor")
    store.approve(session, copy.id, actor="editor", override=True, reason="'adult' is how the sponsor defines it")
    assert store.get_translation(session, published.id).state is TranslationState.SUPERSEDED


def test_a_second_recheck_does_not_queue_the_published_translation_twice(
    session: Session, records: list[dict[str, Any]]
) -> None:
    published_by_older_checks(session, records[1])
    first = rechecks.recheck(session, actor="cli")
    second = rechecks.recheck(session, actor="cli", everything=True)
    assert (len(first.reopened), second.reopened, second.changed) == (1, [], 0)


def test_a_published_translation_whose_errors_were_overridden_is_not_sent_back(
    session: Session, records: list[dict[str, Any]]
) -> None:
    study = study_of(session, records[1])
    translation = dropping_the_age(study)
    found = fidelity.check(parse_criteria(study.eligibility.criteria), translation, study)
    assert any(finding.severity is Severity.ERROR for finding in found)
    stored = store.add_translation(session, study.nct_id, translation, found, actor="bot")
    published = store.approve(session, stored.id, actor="editor", override=True, reason="seen and judged")
    made_by_older_checks(session, published.id)
    report = rechecks.recheck(session, actor="cli")
    assert (report.unchanged, report.reopened) == (1, [])


def test_a_stale_translation_is_skipped(session: Session, records: list[dict[str, Any]]) -> None:
    _, published = published_by_older_checks(session, records[1])
    study_of(session, records[1], CRITERIA + "\n* Smoking")  # the source changed: the published one is stale

    report = rechecks.recheck(session, actor="cli")

    assert (report.checked, report.skipped_stale, report.changed, report.reopened) == (1, 1, 0, [])
    assert store.get_translation(session, published.id).findings == []


def test_only_the_studies_asked_for_are_rechecked(session: Session, records: list[dict[str, Any]]) -> None:
    ids = []
    for raw in records[1:3]:
        study = study_of(session, raw)
        ids.append(store.add_translation(session, study.nct_id, dropping_the_age(study), [], actor="bot").id)
    made_by_older_checks(session, *ids)
    first_study = store.get_translation(session, ids[0]).nct_id
    report = rechecks.recheck(session, actor="cli", nct_ids=[first_study])
    assert (report.checked, report.changed) == (1, 1)
    assert rechecks.outdated(session) == 1


# ---------------------------------------------------------------- the command


@pytest.fixture
def database(empty_database: URL, monkeypatch: pytest.MonkeyPatch) -> URL:
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", empty_database.render_as_string(hide_password=False))
    return empty_database


def test_the_command_prints_its_counts_and_fails_when_it_sends_a_published_translation_back(
    database: URL, records: list[dict[str, Any]]
) -> None:
    engine = db.make_engine(database)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            published_by_older_checks(session, records[1])
    finally:
        engine.dispose()

    result = CliRunner().invoke(app, ["recheck", "--json"])
    assert result.exit_code == 1, result.output
    counts = json.loads(result.stdout)
    assert (counts["checks_version"], counts["checked"], counts["changed"], len(counts["reopened"])) == (
        CHECKS_VERSION, 1, 1, 1
    )
    again = CliRunner().invoke(app, ["recheck"])
    assert again.exit_code == 0, again.output
    assert "0 checked" in again.stdout


def test_the_command_names_an_nct_id_it_cannot_recheck(database: URL, records: list[dict[str, Any]]) -> None:
    engine = db.make_engine(database)
    try:
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            study, _ = published_by_older_checks(session, records[1])
    finally:
        engine.dispose()
    malformed = CliRunner().invoke(app, ["recheck", "--nct", "NCT123"])
    assert malformed.exit_code == 2 and "NCT123: not an NCT id" in malformed.output, malformed.output
    missing = CliRunner().invoke(app, ["recheck", "--nct", study.nct_id, "--nct", "NCT99999999"])
    assert missing.exit_code == 2 and "NCT99999999: no such study" in missing.output, missing.output
    assert study.nct_id not in missing.output.split(":")[0]
    lower = CliRunner().invoke(app, ["recheck", "--json", "--nct", study.nct_id.lower()])
    assert lower.exit_code == 1 and json.loads(lower.stdout)["checked"] == 1, lower.output

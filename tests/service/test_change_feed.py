"""The listing's change feed (`GET /v1/trials?since=`): change numbers given at commit, in commit order, so a
client that stores its last position never misses a change, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import URL

from service import db, store
from service.pagination import encode_cursor
from service.tables import ChangeCounterRow, Role, StudyRow
from tests.service.api_support import Api, api_on
from tests.service.store_samples import make_study, translate, with_criteria, with_status


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine)


def _id(raw: dict[str, Any]) -> str:
    nct_id: str = raw["protocolSection"]["identificationModule"]["nctId"]
    return nct_id


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _read_all(api: Api, **params: Any) -> tuple[list[dict[str, Any]], int | None]:
    """Every page from `params` on, as a site build reads them: the items and the `next_since` to store."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {"limit": 2, **params} | ({"cursor": cursor} if cursor else {})
        response = api.client.get("/v1/trials", params=query, headers=api.auth(Role.READER))
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items, page["next_since"]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_a_change_stamped_earlier_that_commits_after_the_client_read_on_is_listed_next_time(
    engine: Engine, api: Api, records: list[dict[str, Any]]
) -> None:
    for raw in records[:4]:
        api.ingest(raw)
    # A second writer that had to wait for the first one's lock would fail after 2 s instead of hanging the test.
    other = create_engine(engine.url, connect_args={"options": "-c lock_timeout=2000"})
    slow_change = with_criteria(records[0], "Inclusion Criteria:\n\n- Adults with a changed criterion\n")
    try:
        with db.session_factory(engine)() as slow, slow.begin():
            # An ingest batch that starts first (its updated_at is taken now) and commits last.
            store.ingest_study(slow, make_study(slow_change), actor="slow-ingest")
            with db.session_factory(other)() as quick:
                store.ingest_study(quick, make_study(with_status(records[1], "RECRUITING")), actor="quick-ingest")
            seen, since = _read_all(api)
            assert _id(records[1]) == seen[-1]["nct_id"] and seen[-1]["overall_status"] == "RECRUITING"
            assert [item for item in seen if item["criteria_sha"] == make_study(slow_change).criteria_sha] == []
            last_time = seen[-1]["updated_at"]
        # The slow batch has committed now, with an updated_at before the last one the client read.
        later, _ = _read_all(api, since=since)
        assert [(item["nct_id"], item["criteria_sha"]) for item in later] == [
            (_id(records[0]), make_study(slow_change).criteria_sha)
        ]
        assert _time(later[0]["updated_at"]) < _time(last_time) and later[0]["change"] > since
        # What a client asking by time from the last updated_at it saw got before: the change slipped behind it.
        by_time, _ = _read_all(api, updated_since=last_time)
        assert _id(records[0]) not in [item["nct_id"] for item in by_time]
    finally:
        other.dispose()


def test_change_numbers_follow_commits_and_a_stored_position_gets_only_what_changed_since(
    api: Api, records: list[dict[str, Any]]
) -> None:
    for raw in records[:5]:
        api.ingest(raw)
    first, since = _read_all(api)
    numbers = [item["change"] for item in first]
    assert len(first) == 5 and numbers == sorted(set(numbers)) and since == numbers[-1]
    assert _read_all(api, since=since) == ([], since)  # nothing new: the same position to store
    api.ingest(records[2])  # unchanged record: not a change
    api.ingest(with_status(records[3], "RECRUITING"))
    api.publish(_id(records[1]))  # a published translation changes the public page
    api.translate(_id(records[4]))  # a pending translation does not
    later, after = _read_all(api, since=since)
    assert [item["nct_id"] for item in later] == [_id(records[3]), _id(records[1])]
    assert since < later[0]["change"] < later[1]["change"] == after
    assert later[1]["state"] == "published"


def test_an_ingest_batch_numbers_each_changed_study_once_and_nothing_for_a_failed_batch(
    api: Api, records: list[dict[str, Any]]
) -> None:
    studies = [make_study(raw) for raw in records[:6]]
    store.ingest_studies(api.session, studies, actor="loader", batch_size=4)
    with db.transaction(api.session, write=False):
        rows = {row.nct_id: row.change for row in api.session.scalars(select(StudyRow))}
    assert sorted(rows.values()) == list(range(1, 7))  # one number each, none shared, none skipped
    batch_ids = sorted(study.nct_id for study in studies[:4])
    assert [rows[nct_id] for nct_id in batch_ids] == [1, 2, 3, 4]  # a batch in NCT id order
    broken = make_study(with_status(records[0], "RECRUITING"))
    with pytest.raises(ZeroDivisionError), db.transaction(api.session):
        store.ingest_study(api.session, broken, actor="loader")
        raise ZeroDivisionError  # the batch fails after the change: rolled back, numbered nothing
    store.ingest_study(api.session, make_study(records[6]), actor="loader")
    with db.transaction(api.session, write=False):
        assert api.session.scalar(select(ChangeCounterRow.value)) == 7  # the failed change was not numbered later
    assert store.get_study(api.session, studies[0].nct_id).change == rows[studies[0].nct_id]
    assert store.get_study(api.session, _id(records[6])).change == 7


def test_since_and_the_page_size_used_are_checked_and_reported(engine: Engine, records: list[dict[str, Any]]) -> None:
    for api in api_on(engine, max_page_size=2):
        for raw in records[:3]:
            api.ingest(raw)
        negative = api.client.get("/v1/trials", params={"since": -1}, headers=api.auth(Role.READER))
        assert negative.status_code == 422 and negative.json()["errors"][0]["field"] == "query.since"
        asked = api.client.get("/v1/trials", params={"limit": 100}, headers=api.auth(Role.READER)).json()
        assert (len(asked["items"]), asked["limit"]) == (2, 2)
        within = api.client.get("/v1/trials", params={"limit": 1}, headers=api.auth(Role.READER)).json()
        assert (len(within["items"]), within["limit"]) == (1, 1)
        queue = api.client.get("/v1/review/queue", params={"limit": 100}, headers=api.auth(Role.EDITOR)).json()
        assert queue["limit"] == 2


def test_an_old_cursor_by_time_is_refused_not_misread(api: Api, records: list[dict[str, Any]]) -> None:
    api.ingest(records[0])
    stored = store.get_study(api.session, _id(records[0]))
    old = encode_cursor("studies", [stored.updated_at, stored.nct_id])  # what the listing issued before
    response = api.client.get("/v1/trials", params={"cursor": old}, headers=api.auth(Role.READER))
    assert response.status_code == 400 and response.json()["errors"][0]["field"] == "query.cursor"


def test_the_change_number_migration_numbers_stored_studies_by_time(
    empty_database: URL, records: list[dict[str, Any]]
) -> None:
    """0006 numbers the studies stored before it in `updated_at` order and starts the counter after them."""
    engine = db.make_engine(empty_database)
    try:
        db.upgrade(engine)
        studies = [make_study(raw) for raw in records[:3]]
        with db.session_factory(engine)() as session:
            for study in reversed(studies):  # ingested last → first: updated_at order is the reverse of NCT ids
                store.ingest_study(session, study, actor="loader")
        with engine.begin() as connection:
            command.downgrade(db.alembic_config(connection), "0005")
        db.upgrade(engine)
        with db.session_factory(engine)() as session:
            numbered = {study.nct_id: store.get_study(session, study.nct_id).change for study in studies}
            assert [numbered[study.nct_id] for study in reversed(studies)] == [1, 2, 3]
            store.add_translation(session, studies[0].nct_id, translate(studies[0]), [], actor="bot")
            store.ingest_study(session, make_study(with_status(records[0], "RECRUITING")), actor="loader")
            assert store.get_study(session, studies[0].nct_id).change == 4
    finally:
        engine.dispose()

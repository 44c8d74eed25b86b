"""GET /v1/trials/{nct_id} and GET /v1/trials, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from service import store
from service.app import create_app
from service.page_cache import CachedPage, PageCache
from service.settings import ServiceSettings
from service.tables import ApiTokenRow, Role, utcnow
from tests.service.api_support import Api, api_on, database_url
from tests.service.store_samples import with_criteria, with_status


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine)


def test_get_trial_serves_metadata_and_the_criteria_byte_for_byte(api: Api, records: list[dict[str, Any]]) -> None:
    raw = next(r for r in records if r["protocolSection"].get("armsInterventionsModule"))
    study = api.ingest(raw)
    response = api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER))
    assert response.status_code == 200
    page = response.json()
    assert (page["nct_id"], page["brief_title"]) == (study.nct_id, study.brief_title)
    assert page["status"]["overall_status"] == study.status.overall_status
    assert len(page["arms"]) == len(study.arms) and len(page["interventions"]) == len(study.interventions)
    eligibility = page["eligibility"]
    original = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    assert eligibility["original_text"] == original
    for criterion in eligibility["criteria"]:
        assert 0 <= criterion["start"] < criterion["end"] <= len(original)
    assert (eligibility["state"], eligibility["translation"], eligibility["stale"]) == ("untranslated", None, False)


def test_get_trial_shows_the_published_translation_with_its_approval(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[3])
    pending = api.translate(study.nct_id)
    page = api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER)).json()
    assert (page["eligibility"]["state"], page["eligibility"]["translation"]) == ("pending", None)
    published = api.publish(study.nct_id)
    eligibility = api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER)).json()["eligibility"]
    assert eligibility["state"] == "published"
    assert eligibility["translation_id"] == published["id"] == pending["id"]
    assert eligibility["translation"] == published["translation"]
    assert eligibility["approved_by"] == "editor-token"
    assert eligibility["findings"]["error_count"] == published["error_count"]


def test_get_trial_answers_304_while_the_etag_is_current(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[4])
    first = api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER))
    etag = first.headers["ETag"]
    again = api.client.get(f"/v1/trials/{study.nct_id}", headers={**api.auth(Role.READER), "If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["ETag"]) == (304, b"", etag)
    weak = api.client.get(
        f"/v1/trials/{study.nct_id}", headers={**api.auth(Role.READER), "If-None-Match": f'"other", W/{etag}'}
    )
    assert weak.status_code == 304
    api.publish(study.nct_id)
    changed = api.client.get(f"/v1/trials/{study.nct_id}", headers={**api.auth(Role.READER), "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_head_answers_every_get_with_its_headers_and_no_body(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[4])
    reader = api.auth(Role.READER)
    for path in (f"/v1/trials/{study.nct_id}", "/v1/trials", "/healthz"):
        got, head = api.client.get(path, headers=reader), api.client.head(path, headers=reader)
        assert (head.status_code, head.content) == (200, b""), path
        assert head.headers["Content-Length"] == str(len(got.content)) == got.headers["Content-Length"], path
        assert head.headers["Content-Type"] == got.headers["Content-Type"], path
    page = f"/v1/trials/{study.nct_id}"
    etag = api.client.get(page, headers=reader).headers["ETag"]
    assert api.client.head(page, headers=reader).headers["ETag"] == etag
    assert api.client.head(page, headers={**reader, "If-None-Match": etag}).status_code == 304
    assert (api.client.head(page).status_code, api.client.head(page).content) == (401, b"")
    missing = api.client.head("/v1/trials/NCT99999999", headers=reader)
    assert (missing.status_code, missing.content, missing.headers["Content-Type"]) == (
        404, b"", "application/json"
    )


def test_get_trial_flags_a_stale_translation_after_the_source_changed(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[5])
    published = api.publish(study.nct_id)
    api.ingest(with_criteria(records[5], "Inclusion Criteria:\n\n* Adults aged 18 to 65 years"))
    eligibility = api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER)).json()["eligibility"]
    assert (eligibility["state"], eligibility["stale"], eligibility["translation_id"]) == (
        "published",
        True,
        published["id"],
    )
    assert eligibility["original_text"] == "Inclusion Criteria:\n\n* Adults aged 18 to 65 years"


def test_get_trial_names_the_problem_for_unknown_and_malformed_ids(api: Api) -> None:
    missing = api.client.get("/v1/trials/NCT99999999", headers=api.auth(Role.READER))
    assert missing.status_code == 404
    assert missing.json()["type"] == "not_found" and "ingest the study first" in missing.json()["detail"]
    malformed = api.client.get("/v1/trials/nct-1", headers=api.auth(Role.READER))
    assert malformed.status_code == 422
    assert [error["field"] for error in malformed.json()["errors"]] == ["path.nct_id"]


def test_trials_need_a_valid_token(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[0])
    anonymous = api.client.get(f"/v1/trials/{study.nct_id}")
    assert anonymous.status_code == 401 and anonymous.headers["WWW-Authenticate"] == "Bearer"
    assert "tokens create" in anonymous.json()["detail"]
    wrong = api.client.get(f"/v1/trials/{study.nct_id}", headers={"Authorization": "Bearer tp_nothing"})
    assert wrong.status_code == 401


def test_a_token_revoked_in_this_process_is_refused_at_once(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[0])
    url = f"/v1/trials/{study.nct_id}"
    assert api.client.get(url, headers=api.auth(Role.READER)).status_code == 200  # now remembered
    token_id = next(t.id for t in store.list_tokens(api.session) if t.role is Role.READER)
    store.revoke(api.session, token_id, actor="admin")
    revoked = api.client.get(url, headers=api.auth(Role.READER))
    assert revoked.status_code == 401 and "revoked" in revoked.json()["detail"]
    assert api.client.get(url, headers=api.auth(Role.EDITOR)).status_code == 200  # the others still work


def test_a_token_revoked_by_another_process_lasts_only_as_long_as_configured(
    engine: Engine, records: list[dict[str, Any]]
) -> None:
    """Another process's revocation is only in the database: a server trusting checked tokens for a
    few seconds still takes it within them; with TRIALPLAIN_TOKEN_CACHE_SECONDS=0 it is refused at once."""
    for seconds, status in ((5, 200), (0, 401)):
        for api in api_on(engine, token_cache_seconds=seconds):
            study = api.ingest(records[0])
            url = f"/v1/trials/{study.nct_id}"
            assert api.client.get(url, headers=api.auth(Role.READER)).status_code == 200
            with store.transaction(api.session):  # what `trialplain tokens revoke` does, elsewhere
                api.session.execute(update(ApiTokenRow).where(ApiTokenRow.name == "reader-token")
                                    .values(revoked_at=utcnow()))
            assert api.client.get(url, headers=api.auth(Role.READER)).status_code == status


def test_a_reader_token_cannot_write_however_recently_it_was_checked(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[0])
    assert api.client.get(f"/v1/trials/{study.nct_id}", headers=api.auth(Role.READER)).status_code == 200
    refused = api.client.post("/v1/translations", json={"nct_id": study.nct_id}, headers=api.auth(Role.READER))
    assert refused.status_code == 403 and "editor" in refused.json()["detail"]


def test_list_trials_pages_through_every_trial_once(api: Api, records: list[dict[str, Any]]) -> None:
    for raw in records[:7]:
        api.ingest(raw)
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = api.client.get("/v1/trials", params=params, headers=api.auth(Role.READER)).json()
        seen += [item["nct_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted({r["protocolSection"]["identificationModule"]["nctId"] for r in records[:7]})


def test_a_listing_walked_while_records_change_misses_none_and_repeats_only_what_changed_behind_it(
    api: Api, records: list[dict[str, Any]]
) -> None:
    for raw in records[:7]:
        api.ingest(raw)
    seen: list[tuple[str, str]] = []
    cursor: str | None = None
    changed: list[str] = []
    while True:
        params: dict[str, Any] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = api.client.get("/v1/trials", params=params, headers=api.auth(Role.READER)).json()
        seen += [(item["nct_id"], item["criteria_sha"]) for item in page["items"]]
        if not changed:  # another process re-ingests one trial already listed and one still ahead
            behind, ahead = seen[0][0], next(r for r in records[:7] if _id(r) not in {n for n, _ in seen})
            for raw in (next(r for r in records if _id(r) == behind), ahead):
                api.ingest(with_criteria(raw, "Inclusion Criteria:\n\n- Adults with a changed criterion\n"))
            changed = [behind, _id(ahead)]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    ids = [nct_id for nct_id, _ in seen]
    assert set(ids) == {_id(r) for r in records[:7]}  # none missed
    # The trial that changed behind the cursor comes again, with its new text: the site build keeps the
    # last copy of each id. The one that changed ahead of the cursor comes once, already changed.
    assert sorted(nct_id for nct_id in set(ids) if ids.count(nct_id) > 1) == [changed[0]]
    last = {nct_id: sha for nct_id, sha in seen}
    assert seen[0][1] != last[changed[0]] and ids.count(changed[1]) == 1


def _id(raw: dict[str, Any]) -> str:
    nct_id: str = raw["protocolSection"]["identificationModule"]["nctId"]
    return nct_id


def test_list_trials_filters_by_change_time_and_status(api: Api, records: list[dict[str, Any]]) -> None:
    for raw in records[:4]:
        api.ingest(raw)
    later = datetime.now(UTC) + timedelta(seconds=1)
    api.ingest(with_status(records[0], "RECRUITING"))
    recent = api.client.get(
        "/v1/trials", params={"updated_since": later.isoformat()}, headers=api.auth(Role.READER)
    ).json()
    assert recent["items"] == []
    since = (datetime.now(UTC) - timedelta(minutes=5)).replace(tzinfo=None).isoformat()  # no zone: UTC
    everything = api.client.get("/v1/trials", params={"updated_since": since}, headers=api.auth(Role.READER)).json()
    assert len(everything["items"]) == 4
    recruiting = api.client.get("/v1/trials", params={"status": "recruiting"}, headers=api.auth(Role.READER)).json()
    assert [item["nct_id"] for item in recruiting["items"]] == [records[0]["protocolSection"]["identificationModule"]
                                                                ["nctId"]]
    assert recruiting["items"][0]["recruiting"] is True


def test_list_trials_reports_each_state(api: Api, records: list[dict[str, Any]]) -> None:
    untranslated, pending, published = (api.ingest(raw).nct_id for raw in records[:3])
    api.translate(pending)
    api.publish(published)
    items = api.client.get("/v1/trials", headers=api.auth(Role.READER)).json()["items"]
    states = {item["nct_id"]: (item["state"], item["translation_id"] is not None) for item in items}
    assert states == {
        untranslated: ("untranslated", False), pending: ("pending", False), published: ("published", True)
    }


def test_list_trials_refuses_a_foreign_cursor_and_clamps_the_limit(api: Api, records: list[dict[str, Any]]) -> None:
    for raw in records[:3]:
        api.ingest(raw)
    foreign = api.client.get("/v1/trials", params={"cursor": "bm90IGEgY3Vyc29y"}, headers=api.auth(Role.READER))
    assert foreign.status_code == 400 and foreign.json()["errors"][0]["field"] == "query.cursor"
    too_many = api.client.get("/v1/trials", params={"limit": 5000}, headers=api.auth(Role.READER))
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "query.limit"
    bad_time = api.client.get("/v1/trials", params={"updated_since": "yesterday"}, headers=api.auth(Role.READER))
    assert bad_time.status_code == 422 and bad_time.json()["errors"][0]["field"] == "query.updated_since"


def test_list_trials_caps_the_page_at_the_configured_maximum(engine: Engine, records: list[dict[str, Any]]) -> None:
    for api in api_on(engine, max_page_size=2):
        for raw in records[:3]:
            api.ingest(raw)
        page = api.client.get("/v1/trials", params={"limit": 100}, headers=api.auth(Role.READER)).json()
        assert len(page["items"]) == 2 and page["next_cursor"] is not None


def test_a_misspelt_query_parameter_is_named_not_ignored(api: Api, records: list[dict[str, Any]]) -> None:
    api.ingest(records[0])
    typo = api.client.get("/v1/trials", params={"updated_snce": "2024-01-01"}, headers=api.auth(Role.READER))
    assert typo.status_code == 422 and typo.json()["errors"][0]["field"] == "query.updated_snce"
    assert "updated_since" in typo.json()["detail"]
    nct_id = records[0]["protocolSection"]["identificationModule"]["nctId"]
    extra = api.client.get(f"/v1/trials/{nct_id}", params={"lang": "en"}, headers=api.auth(Role.READER))
    assert extra.status_code == 422 and "takes none" in extra.json()["detail"]


def test_a_cached_page_never_outlives_a_change(api: Api, engine: Engine, records: list[dict[str, Any]]) -> None:
    """After every kind of change the page equals one built afresh by an app that caches nothing."""
    uncached = create_app(ServiceSettings(database_url=database_url(engine), page_cache_bytes=0))
    reader = api.auth(Role.READER)
    raw = records[6]
    study = api.ingest(raw)
    url = f"/v1/trials/{study.nct_id}"
    with TestClient(uncached) as fresh:

        def same_as_fresh() -> dict[str, Any]:
            cached = api.client.get(url, headers=reader)
            assert cached.content == fresh.get(url, headers=reader).content
            assert api.client.get(url, headers=reader).content == cached.content  # now from the cache
            body: dict[str, Any] = cached.json()
            return body

        assert same_as_fresh()["eligibility"]["state"] == "untranslated"
        made = api.translate(study.nct_id)
        assert same_as_fresh()["eligibility"]["state"] == "pending"
        api.client.post(f"/v1/translations/{made['id']}/approve", json={"override": True, "reason": "ok"},
                        headers=api.auth())
        assert same_as_fresh()["eligibility"]["state"] == "published"
        api.ingest(with_status(raw, "WITHDRAWN"))
        assert same_as_fresh()["status"]["overall_status"] == "WITHDRAWN"
        api.ingest(with_criteria(with_status(raw, "WITHDRAWN"), "Inclusion Criteria:\n\n* Adults"))
        assert same_as_fresh()["eligibility"]["stale"] is True
        redone = api.translate(study.nct_id)
        api.client.post(f"/v1/translations/{redone['id']}/reject", json={"reason": "unclear"}, headers=api.auth())
        page = same_as_fresh()["eligibility"]
        assert (page["state"], page["stale"], page["translation_id"]) == ("published", True, made["id"])
    assert len(api.app.state.trial_pages.cache) == 1


def test_a_cached_page_with_a_recent_token_costs_one_session_for_its_version(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[0])
    url, reader = f"/v1/trials/{study.nct_id}", api.auth(Role.READER)
    first = api.client.get(url, headers=reader)  # builds the page and checks the token in the store
    sessions: sessionmaker[Session] = api.app.state.sessions
    opened: list[Session] = []

    def counted() -> Session:
        opened.append(session := sessions())
        return session

    api.app.state.sessions = counted
    again = api.client.get(url, headers={**reader, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and len(opened) == 1  # the version read; no token read, no page build
    api.ingest(with_status(records[0], "WITHDRAWN"))
    changed = api.client.get(url, headers=reader)
    assert changed.json()["status"]["overall_status"] == "WITHDRAWN" and len(opened) == 3  # version, then build


def test_the_page_cache_keeps_to_its_byte_budget() -> None:
    pages = PageCache(max_bytes=100)
    pages.put("a", 1, CachedPage(b"x" * 60, '"a"'))
    pages.put("b", 1, CachedPage(b"y" * 30, '"b"'))
    assert pages.get("a", 1) is not None  # a is now the most recently used
    pages.put("c", 1, CachedPage(b"z" * 30, '"c"'))  # over budget: b, the least recently used, goes
    assert (pages.get("b", 1), pages.bytes, len(pages)) == (None, 90, 2)
    assert pages.get("a", 2) is None  # another version is a miss
    pages.put("a", 2, CachedPage(b"w" * 10, '"a2"'))
    assert pages.bytes == 40 and pages.get("a", 2) == CachedPage(b"w" * 10, '"a2"')
    pages.put("huge", 1, CachedPage(b"h" * 101, '"h"'))  # larger than the whole budget: not kept
    assert pages.get("huge", 1) is None and pages.bytes == 40

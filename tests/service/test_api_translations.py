"""POST/GET/PATCH /v1/translations, approve, reject and history, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from service.tables import Role
from tests.service.api_support import Api, api_on, copy, without_numbers
from tests.service.store_samples import count, with_criteria

TEXT = "Inclusion Criteria:\n\n* Age 18 years or older\n\nExclusion Criteria:\n\n* Pregnant or breastfeeding"


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine, max_body_bytes=64 * 1024)


def test_translate_by_nct_id_stores_once_and_then_reuses(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[1])
    first = api.client.post("/v1/translations", json={"nct_id": study.nct_id}, headers=api.auth())
    assert first.status_code == 201 and first.headers["Location"] == f"/v1/translations/{first.json()['id']}"
    body = first.json()
    assert (body["state"], body["version"], body["reused"], body["nct_id"]) == ("pending", 1, False, study.nct_id)
    assert body["criteria_to_review"] and body["translation"]["provenance"]["source_sha"] == study.criteria_sha
    again = api.client.post("/v1/translations", json={"nct_id": study.nct_id}, headers=api.auth())
    assert (again.status_code, again.json()["id"], again.json()["reused"]) == (200, body["id"], True)
    assert count(api.session, "translations") == 1


def test_translate_a_posted_study_ingests_it_and_follows_a_source_change(
    api: Api, records: list[dict[str, Any]]
) -> None:
    raw = records[2]
    made = api.client.post("/v1/translations", json={"study": raw}, headers=api.auth())
    assert made.status_code == 201
    api.client.post(
        f"/v1/translations/{made.json()['id']}/approve", json={"override": True, "reason": "ok"}, headers=api.auth()
    )
    old_text = raw["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    changed = with_criteria(raw, old_text + "\n* Able to swallow tablets")
    redone = api.client.post("/v1/translations", json={"study": changed}, headers=api.auth())
    assert redone.status_code == 201 and redone.json()["id"] != made.json()["id"]
    nct_id = raw["protocolSection"]["identificationModule"]["nctId"]
    page = api.client.get(f"/v1/trials/{nct_id}", headers=api.auth(Role.READER)).json()["eligibility"]
    assert (page["state"], page["stale"], page["translation_id"]) == ("published", True, made.json()["id"])
    history = api.client.get(f"/v1/translations/{made.json()['id']}/history", headers=api.auth()).json()
    assert "marked_stale" in [event["action"] for event in history["events"]]


def test_translate_free_text_returns_findings_without_storing(api: Api) -> None:
    api.backend.default = without_numbers
    response = api.client.post(
        "/v1/translations", json={"criteria_text": TEXT, "sex": "FEMALE", "minimum_age": "18 Years"}, headers=api.auth()
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["nct_id"], body["state"], body["translation"]["nct_id"]) == (None, None, None, None)
    assert body["error_count"] >= 1 and any(f["check"] == "fact_missing" for f in body["findings"])
    assert body["translation"]["summary"]["sex"] == "Female only"
    assert count(api.session, "translations") == 0


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "body"),
        ({"nct_id": "NCT00000001", "criteria_text": TEXT}, "body.nct_id"),
        ({"nct_id": "12345"}, "body.nct_id"),
        ({"criteria_text": TEXT, "colour": "blue"}, "body.colour"),
        ({"criteria_text": "   "}, "body.criteria_text"),
        ({"criteria_text": "Age 18\u0000"}, "body"),
        ({"study": {"protocolSection": {"identificationModule": {"nctId": "NCT1"}}}}, "body.study.protocolSection"),
        ([1, 2], "body"),
    ],
)
def test_translate_refuses_bad_input_naming_the_field(api: Api, payload: Any, field: str) -> None:
    response = api.client.post("/v1/translations", json=payload, headers=api.auth())
    assert response.status_code == 422, response.text
    fields = [error["field"] for error in response.json()["errors"]]
    assert any(name.startswith(field) for name in fields), fields


def test_translate_answers_400_for_malformed_json_and_404_for_unknown_studies(api: Api) -> None:
    broken = api.client.post(
        "/v1/translations", content=b'{"nct_id": ', headers={**api.auth(), "Content-Type": "application/json"}
    )
    assert broken.status_code == 400 and broken.json()["type"] == "malformed_json"
    # Bodies the JSON parser never gets to read were a bare "There was an error parsing the body".
    for body, why in ((b'{"criteria_text": "Age \xff 18"}', "not UTF-8"), (b"[" * 5000 + b"]" * 5000, "too deeply")):
        unreadable = api.client.post(
            "/v1/translations", content=body, headers={**api.auth(), "Content-Type": "application/json"}
        )
        assert unreadable.status_code == 400 and unreadable.json()["type"] == "malformed_json", unreadable.text
        assert why in unreadable.json()["detail"]
    unknown = api.client.post("/v1/translations", json={"nct_id": "NCT99999999"}, headers=api.auth())
    assert unknown.status_code == 404 and "ingest" in unknown.json()["detail"]


def test_request_bodies_over_the_limit_get_413(api: Api) -> None:
    big = {"criteria_text": "x" * 70_000}
    declared = api.client.post("/v1/translations", json=big, headers=api.auth())
    assert declared.status_code == 413 and declared.json()["data"]["max_body_bytes"] == 64 * 1024

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
        yield b'{"criteria_text": "'
        for _ in range(10):
            yield b"x" * 10_000
        yield b'"}'

    streamed = api.client.post(
        "/v1/translations", content=chunks(), headers={**api.auth(), "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413 and "65536" in streamed.json()["detail"]


def test_readers_cannot_translate_or_review(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    for method, path in [
        ("POST", "/v1/translations"),
        ("GET", f"/v1/translations/{made['id']}"),
        ("GET", f"/v1/translations/{made['id']}/history"),
        ("POST", f"/v1/translations/{made['id']}/approve"),
        ("GET", "/v1/review/queue"),
    ]:
        response = api.client.request(method, path, json={"nct_id": study.nct_id}, headers=api.auth(Role.READER))
        assert response.status_code == 403, (method, path)
        assert "editor role" in response.json()["detail"]
    admin = api.client.get(f"/v1/translations/{made['id']}", headers=api.auth(Role.ADMIN))
    assert admin.status_code == 200


def test_edit_needs_the_current_version_and_recomputes_findings(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    current = api.client.get(f"/v1/translations/{made['id']}", headers=api.auth())
    assert current.headers["ETag"] == '"1"'
    sections = current.json()["translation"]["sections"]
    for section in sections:
        for bullet in section["bullets"]:
            bullet["text"] = "".join(ch for ch in bullet["text"] if not ch.isdigit()) or "(text)"
    edited = api.client.patch(
        f"/v1/translations/{made['id']}", json={"sections": sections}, headers={**api.auth(), "If-Match": '"1"'}
    )
    assert edited.status_code == 200, edited.text
    body = edited.json()
    assert (body["version"], edited.headers["ETag"]) == (2, '"2"')
    assert body["error_count"] > made["error_count"]
    assert body["translation"]["provenance"]["backend"] == "edited"
    stale = api.client.patch(
        f"/v1/translations/{made['id']}", json={"sections": sections}, headers={**api.auth(), "If-Match": "1"}
    )
    assert stale.status_code == 409 and stale.json()["data"]["current_version"] == 2
    missing = api.client.patch(f"/v1/translations/{made['id']}", json={"sections": sections}, headers=api.auth())
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "header.if-match"
    garbage = api.client.patch(
        f"/v1/translations/{made['id']}", json={"sections": sections}, headers={**api.auth(), "If-Match": "v2"}
    )
    assert garbage.status_code == 422 and garbage.json()["errors"][0]["field"] == "header.if-match"


def test_an_edit_that_changes_nothing_keeps_the_version_and_records_no_event(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    path = f"/v1/translations/{made['id']}"
    sections = api.client.get(path, headers=api.auth()).json()["translation"]["sections"]
    same = api.client.patch(path, json={"sections": sections}, headers={**api.auth(), "If-Match": '"1"'})
    assert (same.status_code, same.json()["version"], same.headers["ETag"]) == (200, 1, '"1"')
    assert same.json()["translation"] == made["translation"]  # not even marked as edited by a person
    events = api.client.get(f"{path}/history", headers=api.auth()).json()["events"]
    assert [event["action"] for event in events] == ["generated"]
    wrong = api.client.patch(path, json={"sections": sections}, headers={**api.auth(), "If-Match": '"7"'})
    assert wrong.status_code == 409 and wrong.json()["data"]["current_version"] == 1
    sections[0]["bullets"][0]["text"] += " Really."
    changed = api.client.patch(path, json={"sections": sections}, headers={**api.auth(), "If-Match": '"1"'})
    assert (changed.status_code, changed.json()["version"]) == (200, 2)


def test_an_edit_with_an_empty_bullet_is_refused_and_keeps_the_stored_text(
    api: Api, records: list[dict[str, Any]]
) -> None:
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    sections = api.client.get(f"/v1/translations/{made['id']}", headers=api.auth()).json()["translation"]["sections"]
    kept = sections[0]["bullets"][0]["text"]
    sections[0]["bullets"][0]["text"] = " \n\t"
    edited = api.client.patch(
        f"/v1/translations/{made['id']}", json={"sections": sections}, headers={**api.auth(), "If-Match": '"1"'}
    )
    assert edited.status_code == 422
    error = edited.json()["errors"][0]
    assert error["field"] == "body.sections[0].bullets[0].text" and "empty" in error["message"]
    stored = api.client.get(f"/v1/translations/{made['id']}", headers=api.auth()).json()
    assert stored["version"] == 1 and stored["translation"]["sections"][0]["bullets"][0]["text"] == kept


def test_approve_over_errors_needs_override_and_a_reason(api: Api, records: list[dict[str, Any]]) -> None:
    api.backend.default = without_numbers
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    assert made["error_count"] > 0
    blocked = api.client.post(f"/v1/translations/{made['id']}/approve", headers=api.auth())
    assert blocked.status_code == 409 and blocked.json()["type"] == "approval_blocked"
    assert "fact_missing" in blocked.json()["data"]["checks"]
    no_reason = api.client.post(f"/v1/translations/{made['id']}/approve", json={"override": True}, headers=api.auth())
    assert no_reason.status_code == 422 and no_reason.json()["errors"][0]["field"] == "body.reason"
    approved = api.client.post(
        f"/v1/translations/{made['id']}/approve",
        json={"override": True, "reason": "numbers are dose codes"},
        headers={**api.auth(), "If-Match": '"1"'},
    )
    assert approved.status_code == 200
    assert (approved.json()["state"], approved.json()["override_reason"]) == ("approved", "numbers are dose codes")
    again = api.client.post(f"/v1/translations/{made['id']}/approve", headers=api.auth())
    assert again.status_code == 409 and again.json()["type"] == "invalid_state"


def test_reject_needs_a_reason_and_an_edit_reopens_it(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[1])
    made = api.translate(study.nct_id)
    for reason in ["", "   "]:
        refused = api.client.post(f"/v1/translations/{made['id']}/reject", json={"reason": reason}, headers=api.auth())
        assert refused.status_code == 422
    rejected = api.client.post(
        f"/v1/translations/{made['id']}/reject", json={"reason": "too technical"}, headers=api.auth()
    )
    assert (rejected.status_code, rejected.json()["state"]) == (200, "rejected")
    sections = rejected.json()["translation"]["sections"]
    reopened = api.client.patch(
        f"/v1/translations/{made['id']}",
        json={"sections": sections},
        headers={**api.auth(), "If-Match": str(rejected.json()["version"])},
    )
    assert (reopened.status_code, reopened.json()["state"]) == (200, "pending")


def test_history_lists_every_change_by_token_name(api: Api, records: list[dict[str, Any]]) -> None:
    study = api.ingest(records[1])
    published = api.publish(study.nct_id)
    events = api.client.get(f"/v1/translations/{published['id']}/history", headers=api.auth()).json()["events"]
    assert [(e["action"], e["actor"]) for e in events] == [
        ("generated", "editor-token"),
        ("overridden" if published["error_count"] else "approved", "editor-token"),
        ("published", "editor-token"),
    ]
    missing = api.client.get("/v1/translations/999999/history", headers=api.auth())
    assert missing.status_code == 404


def test_translation_ids_out_of_range_are_refused_not_crashed(api: Api) -> None:
    for path in ["/v1/translations/0", f"/v1/translations/{2**70}", "/v1/translations/abc"]:
        response = api.client.get(path, headers=api.auth())
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == "path.translation_id"


def test_unknown_routes_and_methods_answer_with_problems(api: Api) -> None:
    missing = api.client.get("/v1/nothing", headers=api.auth())
    assert (missing.status_code, missing.json()["type"]) == (404, "not_found")
    wrong = api.client.delete("/v1/translations", headers=api.auth())
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
    # GET and PATCH are two routes on one path: the answer names both.
    both = api.client.delete("/v1/translations/1", headers=api.auth())
    assert (both.status_code, both.headers["Allow"], both.json()["type"]) == (
        405, "GET, HEAD, PATCH", "method_not_allowed"
    )
    head = api.client.head("/v1/translations", headers=api.auth())  # a path with no GET has no HEAD either
    assert (head.status_code, head.headers["Allow"], head.content) == (405, "POST", b"")


@pytest.mark.parametrize(
    ("field", "value"),
    [("overallStatus", "RECRUITING" * 10), ("lastUpdatePostDateStruct", {"date": "2024-01-01, as amended twice"})],
)
def test_a_posted_study_with_an_overlong_status_is_refused(
    api: Api, records: list[dict[str, Any]], field: str, value: object
) -> None:
    raw = copy(records[1])
    raw["protocolSection"].setdefault("statusModule", {})[field] = value
    response = api.client.post("/v1/translations", json={"study": raw}, headers=api.auth())
    assert response.status_code == 422, response.text
    named = response.json()["errors"][0]["field"]
    assert named.startswith(f"body.study.protocolSection.statusModule.{field}")
    assert "characters" in response.json()["errors"][0]["message"]

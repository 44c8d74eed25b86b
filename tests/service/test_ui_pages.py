"""The editor pages over HTTP without a browser: who may see them, the sign-in cookie, the guard on
the pages' JSON calls, and how the original text is cut into criterion spans."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from service import workflow
from service.stored import AuditEntry
from service.tables import Role
from service.ui import COOKIE, UI_HEADER, _safe_next, status_words
from service.ui_views import FindingView, event_view, mark, source_blocks
from tests.corpus import corpus_by_id, corpus_records, criteria_text
from tests.service.api_support import Api, api_on, copy
from translator.backend import CriterionRequest, Rendering
from translator.fake_backend import echo_rendering
from translator.findings import STYLE_CHECKS, Finding, Severity
from translator.outline import parse_criteria
from translator.sources import load_study
from translator.translation import Flag

NCT_ID = "NCT00006170"
UI = {UI_HEADER: "1"}


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine)


@pytest.fixture
def translated(api: Api) -> dict[str, Any]:
    study = load_study(corpus_by_id()[NCT_ID])
    workflow.ingest(api.session, [study], actor="loader")
    return api.translate(NCT_ID)


def change_source(api: Api, *, translate: bool) -> workflow.IngestReport:
    """Re-ingest the record with criterion I1 changed (10 → 15 cigarettes), translating it or not."""
    record = copy(corpus_by_id()[NCT_ID])
    module = record["protocolSection"]["eligibilityModule"]
    module["eligibilityCriteria"] = module["eligibilityCriteria"].replace("at least 10 ", "at least 15 ")
    backend = api.backend if translate else None
    return workflow.ingest(api.session, [load_study(record)], actor="loader", backend=backend)


def signed_in(api: Api, role: Role = Role.EDITOR) -> TestClient:
    api.client.cookies.set(COOKIE, api.tokens[role], path="/review")
    return api.client


def test_pages_send_strangers_to_sign_in(api: Api) -> None:
    for path in ("/review", f"/review/{NCT_ID}"):
        response = api.client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/review/sign-in?next=%2Freview")
    assert api.client.get("/review/sign-in").status_code == 200


def test_sign_in_sets_a_strict_http_only_cookie(api: Api) -> None:
    body = {"token": api.tokens[Role.EDITOR]}
    assert api.client.post("/review/session", json=body).status_code == 403  # not from our page
    response = api.client.post("/review/session", json=body, headers=UI)
    assert response.status_code == 204
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=")
    for flag in ("HttpOnly", "SameSite=strict", "Path=/review"):
        assert flag.lower() in cookie.lower(), cookie

    reader = api.client.post("/review/session", json={"token": api.tokens[Role.READER]}, headers=UI)
    assert reader.status_code == 403 and "reader" in reader.json()["detail"]
    unknown = api.client.post("/review/session", json={"token": "tp_nope"}, headers=UI)
    assert unknown.status_code == 401 and "unknown or revoked" in unknown.json()["detail"]
    empty = api.client.post("/review/session", json={"token": ""}, headers=UI)
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "body.token"


def test_signed_in_editor_sees_queue_and_review_page(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    queue = client.get("/review")
    assert queue.status_code == 200
    assert f'href="/review/{NCT_ID}"' in queue.text
    # The record has no title: the queue and the page name what it studies instead.
    named = 'title="The record has no title: its conditions (tobacco use disorder)">tobacco use disorder</span>'
    assert named in queue.text
    assert "script-src 'self'" in queue.headers["content-security-policy"]
    assert queue.headers["cache-control"] == "no-store"
    review = client.get(f"/review/{NCT_ID}")
    assert review.status_code == 200
    assert f'data-translation-id="{translated["id"]}"' in review.text
    assert 'data-cid="I1" id="c-I1">Smoke at least 10 cigarettes per day</span>' in review.text
    assert "every criterion needs review" in review.text
    assert '<p class="conditions" id="conditions">tobacco use disorder</p>' in review.text


def test_queue_names_a_long_condition_list_briefly_and_statuses_in_words(api: Api) -> None:
    record = corpus_by_id()["NCT02538510"]  # no title, 17 conditions, ACTIVE_NOT_RECRUITING
    conditions = record["protocolSection"]["conditionsModule"]["conditions"]
    api.ingest(record)
    api.translate("NCT02538510")
    queue = signed_in(api).get("/review").text
    shown = ", ".join(html.escape(name) for name in conditions[:3])
    assert f"{shown} and {len(conditions) - 3} more</span>" in queue
    assert html.escape(", ".join(conditions), quote=True) in queue  # all of them in the tooltip
    assert "<td>Active, not recruiting</td>" in queue and "ACTIVE_NOT_RECRUITING" not in queue
    assert [status_words(code) for code in ("RECRUITING", "NOT_YET_RECRUITING", "UNKNOWN", None)] == [
        "Recruiting", "Not yet recruiting", "Unknown status", ""
    ]


@pytest.mark.usefixtures("translated")
def test_queue_page_filters_by_recruiting_and_goes_to_a_trial(api: Api) -> None:
    client = signed_in(api)
    status = corpus_by_id()[NCT_ID]["protocolSection"]["statusModule"]["overallStatus"]
    shown, hidden = ("yes", "no") if status == "RECRUITING" else ("no", "yes")  # its status decides its list
    narrowed = client.get("/review", params={"recruiting": shown}).text
    assert f'href="/review/{NCT_ID}?recruiting={shown}"' in narrowed  # the trial's link keeps the filter
    wording = "recruiting now" if shown == "yes" else "not recruiting"
    assert f'<p id="queue-count">1 trial waiting for review, {wording}.</p>' in narrowed
    other = client.get("/review", params={"recruiting": hidden}).text
    assert f'href="/review/{NCT_ID}' not in other and 'id="queue-empty"' in other
    assert '<strong aria-current="page">' in other
    bad = client.get("/review", params={"recruiting": "maybe"})
    assert bad.status_code == 400 and "recruiting must be yes or no" in bad.text

    go = client.get("/review", params={"trial": f" {NCT_ID.lower()} "}, follow_redirects=False)
    assert go.status_code == 303 and go.headers["location"] == f"/review/{NCT_ID}"
    typo = client.get("/review", params={"trial": "NCT123<b>"})
    assert typo.status_code == 200 and "&#39;NCT123&lt;b&gt;&#39; is not an NCT id" in typo.text


def test_after_a_source_change_only_changed_criteria_are_marked(api: Api, translated: dict[str, Any]) -> None:
    api.publish(NCT_ID)
    report = change_source(api, translate=True)
    assert report.counts["changed"] == 1 and report.counts["translated"] == 1
    page = signed_in(api).get(f"/review/{NCT_ID}").text
    assert re.findall(r'class="crit to-review" data-cid="([^"]+)"', page) == ["I1"]
    assert "1 of 12 criteria need review" in page


def test_after_a_source_change_the_page_offers_to_translate_the_new_text(
    api: Api, translated: dict[str, Any]
) -> None:
    api.publish(NCT_ID)
    change_source(api, translate=False)
    client = signed_in(api)
    page = client.get(f"/review/{NCT_ID}").text
    # The published translation (now stale) renders the old text: no edit, no approval from here.
    assert 'id="source-changed"' in page and "at least 15 cigarettes" in page and 'id="translate"' in page
    for action in ('id="approve"', 'id="override-open"', 'id="reject-open"', 'class="edit"'):
        assert action not in page

    path = f"/review/api/studies/{NCT_ID}/translate"
    assert client.post(path).status_code == 403  # without the pages' header
    done = client.post(path, headers=UI)
    assert done.status_code == 200 and done.json()["reused"] is False
    page = client.get(f"/review/{NCT_ID}").text
    assert f'data-translation-id="{done.json()["translation_id"]}"' in page and 'id="translate"' not in page
    assert re.findall(r'class="crit to-review" data-cid="([^"]+)"', page) == ["I1"]
    assert client.post("/review/api/studies/NCT99999999/translate", headers=UI).status_code == 404


def test_wrong_pages_and_roles_get_clear_html_errors(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    missing = client.get("/review/NCT99999999")
    assert missing.status_code == 404 and "ingest it first" in missing.text
    malformed = client.get("/review/<i>NCT")
    assert malformed.status_code == 404 and "&lt;i&gt;NCT" in malformed.text and "<i>NCT" not in malformed.text
    # An address no route serves is a page too, with a way back (it was a JSON body); the JSON calls stay JSON.
    nowhere = client.get(f"/review/{NCT_ID}/<b>history")
    assert nowhere.status_code == 404 and nowhere.headers["content-type"].startswith("text/html")
    assert "There is no page" in nowhere.text and "&lt;b&gt;history" in nowhere.text
    assert 'href="/review"' in nowhere.text
    for path in ("/review/api/nothing", "/review/static/nothing.js", "/v1/nothing"):
        answer = client.get(path)
        assert answer.status_code == 404 and answer.json()["type"] == "not_found", path
    bad_cursor = client.get("/review?cursor=garbage")
    assert bad_cursor.status_code == 400 and "cursor" in bad_cursor.text
    reader = signed_in(api, Role.READER).get("/review")
    assert reader.status_code == 403 and "reader role" in reader.text


def test_page_calls_need_our_header_and_the_cookie(api: Api, translated: dict[str, Any]) -> None:
    path = f"/review/api/translations/{translated['id']}/reject"
    body = {"reason": "wrong"}
    # A bearer token is not enough: these calls are for the pages, the API is under /v1.
    assert api.client.post(path, json=body, headers={**UI, **api.auth()}).status_code == 401
    client = signed_in(api)
    assert client.post(path, json=body).status_code == 403  # a cross-site form cannot add the header
    done = client.post(path, json=body, headers=UI)
    assert done.status_code == 200 and done.json()["state"] == "rejected"
    again = client.post(path, json=body, headers=UI)
    assert again.status_code == 409 and again.json()["type"] == "invalid_state"
    history = api.client.get(f"/v1/translations/{translated['id']}/history", headers=api.auth()).json()
    assert history["events"][-1]["actor"] == "editor-token"


def test_page_edit_checks_the_version(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    path = f"/review/api/translations/{translated['id']}"
    sections = translated["translation"]["sections"]
    sections[0]["bullets"][0]["text"] = "Smoke cigarettes every day."
    first = client.patch(path, json={"sections": sections}, headers={**UI, "If-Match": '"1"'})
    assert first.status_code == 200 and first.json()["error_count"] > 0
    stale = client.patch(path, json={"sections": sections}, headers={**UI, "If-Match": '"1"'})
    assert stale.status_code == 409 and stale.json()["data"]["current_version"] == 2
    blocked = client.post(f"{path}/approve", json={}, headers=UI)
    assert blocked.status_code == 409 and blocked.json()["type"] == "approval_blocked"
    no_reason = client.post(f"{path}/approve", json={"override": True}, headers=UI)
    assert no_reason.status_code == 422


def test_the_review_routes_stay_out_of_the_api_schema(api: Api) -> None:
    paths = api.client.get("/openapi.json").json()["paths"]
    assert not [path for path in paths if path.startswith("/review")]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/review/NCT00006170", "/review/NCT00006170"),
        ("//evil.example/review", "/review"),
        ("https://evil.example/review", "/review"),
        ("/review\\@evil.example", "/review"),
        ("/v1/trials", "/review"),
    ],
)
def test_sign_in_only_returns_to_review_pages(target: str, expected: str) -> None:
    assert _safe_next(target) == expected


def test_source_blocks_give_back_every_record_exactly() -> None:
    for record in corpus_records()[:300]:
        text = criteria_text(record)
        doc = parse_criteria(text)
        blocks = source_blocks(doc, [])
        assert "".join(part.text for block in blocks for part in block.parts) == text
        spans = {c.id: text[c.start : c.end] for c in doc.criteria if c.end > c.start}
        own = {b.criterion_id: "".join(p.text for p in b.parts) for b in blocks if b.criterion_id}
        assert own == spans


def _finding(index: int, severity: Severity = Severity.WARNING) -> FindingView:
    return FindingView(index, Finding(check="fact_missing", severity=severity, message=f"finding {index}"))


def test_mark_cuts_text_at_overlapping_and_out_of_range_spans() -> None:
    first, second = _finding(0), _finding(1, Severity.ERROR)
    parts = mark("at least 10 mg daily", [((9, 14), first), ((12, 99), second), ((5, 5), first)])
    assert [part.text for part in parts] == ["at least ", "10 ", "mg", " daily"]
    assert [part.indices for part in parts] == ["", "0", "0 1", "1"]
    assert [part.severity for part in parts] == [None, "warning", "error", "error"]


def test_history_spells_out_edited_bullets() -> None:
    def payload(*texts: str) -> dict[str, Any]:
        return {"sections": [{"bullets": [{"text": text} for text in texts]}]}

    entry = AuditEntry(
        id=1, at=datetime.now(UTC), actor="alice", action="edited", nct_id=NCT_ID, translation_id=1,
        before={"payload": payload("a", "b"), "version": 1, "findings": []},
        after={"payload": payload("a", "c", "d"), "version": 2, "findings": [{"check": "x"}]}, reason=None,
    )
    assert event_view(entry).changes == ["bullet 2: “b” → “c”", "bullet 3 added: “d”", "version: 1 → 2"]


def flagged(request: CriterionRequest) -> Rendering:
    """Faithful bullets with a flag for editors on each criterion: a warning about meaning."""
    rendering = echo_rendering(request)
    flag = Flag(criterion_id=None, code="needs_review", message="the backend was unsure of this criterion")
    return rendering.model_copy(update={"flags": [flag]})


def test_warnings_about_meaning_are_counted_apart_on_both_pages(api: Api) -> None:
    api.backend.default = flagged
    workflow.ingest(api.session, [load_study(corpus_by_id()[NCT_ID])], actor="loader")
    stored = api.translate(NCT_ID)
    concerns = sum(f["check"] == "flag_needs_review" for f in stored["findings"])
    assert concerns > 0
    client = signed_in(api)
    queue = client.get("/review").text
    assert f'<td class="num concerns">{concerns}</td>' in queue
    page = client.get(f"/review/{NCT_ID}").text
    assert f"({concerns} about meaning)" in page
    # Notes about how a bullet reads are muted; notes about meaning are not.
    note = r'<li class="finding-note sev-warning tone-(\w+)" data-finding="\d+"[^>]*><a class="check" [^>]*>(\w+)'
    tones = re.findall(note, page)
    assert ("concern", "flag_needs_review") in tones and ("style", "reading_grade") in tones
    assert all((tone == "style") == (check in STYLE_CHECKS) for tone, check in tones)


@pytest.mark.usefixtures("translated")
def test_queue_page_searches_and_keeps_the_search_in_its_links(api: Api) -> None:
    client = signed_in(api)
    condition = corpus_by_id()[NCT_ID]["protocolSection"]["conditionsModule"]["conditions"][0]
    hit = client.get("/review", params={"q": condition.upper(), "recruiting": "yes"}).text
    hit_any = client.get("/review", params={"q": f" {condition.upper()} "}).text
    assert f'href="/review/{NCT_ID}?q=' in hit_any
    assert f'value="{html.escape(condition.lower())}"' in hit_any  # the box shows what was searched
    searched = html.escape(condition.lower())
    assert f'<p id="queue-count">1 trial waiting for review matches “{searched}”.</p>' in hit_any
    assert 'href="/review?recruiting=yes&amp;q=' in hit_any  # the filters keep the search
    assert 'name="recruiting" value="yes"' in hit  # the search keeps the filter
    miss = client.get("/review", params={"q": "<b>zzz</b>"}).text
    assert f'href="/review/{NCT_ID}' not in miss and "matches “&lt;b&gt;zzz&lt;/b&gt;”" in miss
    long = client.get("/review", params={"q": "x" * 201})
    assert long.status_code == 400 and "at most 200 characters" in long.text


def test_next_in_queue_walks_the_queue_in_order_and_keeps_its_filters(
    api: Api, records: list[dict[str, Any]]
) -> None:
    for raw in (records[1], records[2], records[31]):
        api.translate(api.ingest(raw).nct_id)
    client = signed_in(api)
    queued = api.client.get("/v1/review/queue", headers=api.auth()).json()["items"]
    order = [item["nct_id"] for item in queued]
    ids = {item["nct_id"]: item["id"] for item in queued}
    assert len(order) == 3

    # From each trial, "next" opens the one after it in queue order; after the last, the queue itself.
    for here, there in zip(order, [*order[1:], None], strict=True):
        page = client.get(f"/review/{here}").text
        assert f'id="next-in-queue" href="/review/next?after={ids[here]}"' in page
        hop = client.get("/review/next", params={"after": ids[here]}, follow_redirects=False)
        assert hop.status_code == 303 and hop.headers["location"] == (f"/review/{there}" if there else "/review")

    # A decision takes the trial out of the queue; "next" from it still goes on from where it stood.
    first = order[0]
    assert api.client.post(f"/v1/translations/{ids[first]}/approve", json={}, headers=api.auth()).status_code == 200
    hop = client.get("/review/next", params={"after": ids[first]}, follow_redirects=False)
    assert hop.headers["location"] == f"/review/{order[1]}"

    # The queue's filters ride along: a search that keeps only the last trial skips the others.
    last = order[2]
    hop = client.get("/review/next", params={"after": ids[order[1]], "q": last.lower()}, follow_redirects=False)
    assert hop.headers["location"] == f"/review/{last}?q={last.lower()}"
    assert client.get("/review", params={"q": last}).text.count(f'href="/review/{last}?q={last.lower()}"') == 1
    page = client.get(f"/review/{last}", params={"q": last, "recruiting": "maybe"}).text
    assert f'href="/review?q={last.lower()}" id="back-to-queue"' in page  # a bad filter is dropped, not refused
    assert f'href="/review/next?q={last.lower()}&amp;after={ids[last]}"' in page
    hop = client.get("/review/next", params={"after": ids[last], "q": last.lower()}, follow_redirects=False)
    assert hop.headers["location"] == f"/review?q={last.lower()}"

    assert client.get("/review/next", params={"after": 999999}).status_code == 404
    assert client.get("/review/next", params={"after": "x"}).status_code == 400  # a page (test_s51_page_links)
    assert client.get("/review/next", params={"after": ids[last], "recruiting": "maybe"}).status_code == 400

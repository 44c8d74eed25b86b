"""The review queue narrowed to one kind of finding (`check=`): in the API, on the queue page, through "next in
queue", and from a finding's name on a review page, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from tests.corpus import corpus_by_id
from tests.service.api_support import Api
from tests.service.test_ui_pages import api as api  # the fixtures of the page tests
from tests.service.test_ui_pages import signed_in

LOST_LIMIT = "NCT00453791"  # "Body weight = 50 kg (110 lbs) for men and = 45 kg for women"
CHECK = "equals_as_limit"


def _queue(api: Api, **params: Any) -> dict[str, Any]:
    response = api.client.get("/v1/review/queue", params=params, headers=api.auth())
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _three_trials(api: Api, records: list[dict[str, Any]]) -> list[str]:
    chosen = [corpus_by_id()[LOST_LIMIT], records[1], records[2]]
    for raw in chosen:
        api.translate(api.ingest(raw).nct_id)
    return [raw["protocolSection"]["identificationModule"]["nctId"] for raw in chosen]


def test_the_api_keeps_the_trials_with_a_finding_of_the_check(api: Api, records: list[dict[str, Any]]) -> None:
    trials = _three_trials(api, records)
    everyone = _queue(api)["items"]
    assert len(everyone) == 3
    having = {item["nct_id"] for item in everyone if CHECK in item["checks"]}
    assert having == {LOST_LIMIT}
    narrowed = _queue(api, check=CHECK)
    assert [item["nct_id"] for item in narrowed["items"]] == [LOST_LIMIT] and narrowed["total"] == 1
    # a check every trial has keeps all of them, in the queue's order, paged with the filter kept
    common = next(name for name in everyone[0]["checks"] if all(name in item["checks"] for item in everyone))
    first = _queue(api, check=common, limit=2)
    second = _queue(api, check=common, limit=2, cursor=first["next_cursor"])
    assert [item["nct_id"] for item in first["items"] + second["items"]] == [item["nct_id"] for item in everyone]
    assert first["total"] == second["total"] == 3 and second["next_cursor"] is None
    # a name no check has: nothing, with the other filters too
    assert _queue(api, check="no_such_check")["items"] == []
    assert _queue(api, check=CHECK, q=trials[1])["items"] == []


def test_the_api_refuses_what_is_not_a_check_name(api: Api) -> None:
    for bad in ("Fact_missing", "fact missing", "x\x00", "a" * 81, "'; drop table translations; --"):
        response = api.client.get("/v1/review/queue", params={"check": bad}, headers=api.auth())
        assert response.status_code == 422, (bad, response.text)
        assert response.json()["errors"][0]["field"] == "query.check"


def test_the_pages_keep_the_check_from_a_finding_to_the_queue_and_on(api: Api, records: list[dict[str, Any]]) -> None:
    _three_trials(api, records)
    client = signed_in(api)
    review = client.get(f"/review/{LOST_LIMIT}").text
    assert f'<a class="check" href="/review?check={CHECK}"' in review
    queue = client.get("/review", params={"check": CHECK}).text
    assert 'id="check-filter"' in queue and f'a finding of <span class="check">{CHECK}</span>.' in queue
    assert f'href="/review/{LOST_LIMIT}?check={CHECK}"' in queue
    assert queue.count('class="queue-item') == 1 and f"waiting for review with a finding of {CHECK}" in queue
    assert '<a id="clear-check" href="/review">Show every trial</a>' in queue
    assert f'<input type="hidden" name="check" value="{CHECK}">' in queue  # a search keeps it
    # the review page's links keep it: back to the queue, and on down the narrowed queue
    narrowed_review = client.get(f"/review/{LOST_LIMIT}", params={"check": CHECK}).text
    assert f'href="/review?check={CHECK}" id="back-to-queue"' in (
        narrowed_review
    )
    hop = client.get("/review/next", params={"check": CHECK}, follow_redirects=False)
    assert hop.status_code == 303 and hop.headers["location"] == f"/review/{LOST_LIMIT}?check={CHECK}"
    stored = _queue(api, check=CHECK)["items"][0]["id"]
    hop = client.get("/review/next", params={"check": CHECK, "after": stored}, follow_redirects=False)
    assert hop.headers["location"] == f"/review?check={CHECK}"  # none left with it: back to the narrowed queue
    empty = client.get("/review", params={"check": "no_such_check"}).text
    assert 'id="queue-empty">No trial waiting for review has a finding of no_such_check.' in empty
    # a name no link writes: the queue says what is wrong; a review page drops it and still opens
    bad = client.get("/review", params={"check": "<b>x</b>"})
    assert bad.status_code == 400 and "is not the name of a check" in bad.text and "<b>x</b>" not in bad.text
    assert client.get("/review/next", params={"check": "X"}).status_code == 400
    dropped = client.get(f"/review/{LOST_LIMIT}", params={"check": "<b>x</b>"})
    assert dropped.status_code == 200 and 'href="/review" id="back-to-queue"' in dropped.text


def test_the_kinds_of_finding_waiting_with_how_many_trials_have_each(api: Api, records: list[dict[str, Any]]) -> None:
    _three_trials(api, records)
    queue = _queue(api)["items"]
    expected: dict[str, int] = {}
    for item in queue:
        for name in item["checks"]:
            expected[name] = expected.get(name, 0) + 1
    response = api.client.get("/v1/review/checks", headers=api.auth())
    assert response.status_code == 200, response.text
    kinds = response.json()["items"]
    assert {kind["check"]: kind["trials"] for kind in kinds} == expected
    assert [kind["trials"] for kind in kinds] == sorted(expected.values(), reverse=True)  # the most common first
    assert {kind["check"] for kind in kinds if kind["style"]} == {"reading_grade", "term_unexplained"} & set(expected)
    for kind in kinds:  # each count is the narrowed queue's total
        assert _queue(api, check=kind["check"])["total"] == kind["trials"]
    assert api.client.get("/v1/review/checks").status_code == 401

    client = signed_in(api)
    assert '<a id="finding-kinds-link" href="/review/findings">' in client.get("/review").text
    page = client.get("/review/findings").text
    for kind in kinds:
        assert f'<a class="check" href="/review?check={kind["check"]}">{kind["check"]}</a>' in page
    assert page.index(f'data-check="{kinds[0]["check"]}"') < page.index(f'data-check="{kinds[-1]["check"]}"')


def test_no_kinds_when_nothing_waits(api: Api) -> None:
    assert api.client.get("/v1/review/checks", headers=api.auth()).json() == {"items": []}
    assert 'id="no-findings"' in signed_in(api).get("/review/findings").text

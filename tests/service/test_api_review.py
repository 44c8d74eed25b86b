"""GET /v1/review/queue, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from service.studies import search_text
from tests.service.api_support import Api, api_on, without_numbers
from tests.service.store_samples import with_criteria
from translator.fake_backend import echo_rendering
from translator.sources import load_study


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine)


def _rank(item: dict[str, Any]) -> tuple[int, int, bool, int]:
    return (-item["error_count"], -item["concern_count"], not item["recruiting"], -item["warning_count"])


def test_queue_puts_errors_first_then_warnings_then_recruiting_trials(
    api: Api, records: list[dict[str, Any]]
) -> None:
    chosen = [records[1], records[2], records[31], records[32], records[33]]
    for index, raw in enumerate(chosen):
        api.backend.default = without_numbers if index in (1, 3) else echo_rendering
        api.translate(api.ingest(raw).nct_id)
    items = api.client.get("/v1/review/queue", headers=api.auth()).json()["items"]
    assert len(items) == 5
    assert [_rank(item) for item in items] == sorted(_rank(item) for item in items)
    assert items[0]["error_count"] > 0 and items[0]["checks"].get("fact_missing", 0) > 0
    assert all(item["criteria_to_review"] for item in items)
    conditions = {raw["protocolSection"]["identificationModule"]["nctId"]:
                  raw["protocolSection"]["conditionsModule"]["conditions"] for raw in chosen}
    assert {item["nct_id"]: item["conditions"] for item in items} == conditions
    paged: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = api.client.get("/v1/review/queue", params=params, headers=api.auth()).json()
        paged += [item["id"] for item in page["items"]]
        if (cursor := page["next_cursor"]) is None:
            break
    assert paged == [item["id"] for item in items]
    # The recruiting filter splits the same ranking in two, page by page.
    assert {item["recruiting"] for item in items} == {True, False}, "the chosen records mix both"
    for recruiting in (True, False):
        params = {"recruiting": str(recruiting).lower(), "limit": 1}
        first = api.client.get("/v1/review/queue", params=params, headers=api.auth()).json()
        rest = api.client.get("/v1/review/queue", params=params | {"cursor": first["next_cursor"], "limit": 50},
                              headers=api.auth()).json()
        assert [item["id"] for item in first["items"] + rest["items"]] == [
            item["id"] for item in items if item["recruiting"] is recruiting
        ]


def test_queue_leaves_out_decided_translations(api: Api, records: list[dict[str, Any]]) -> None:
    published = api.publish(api.ingest(records[1]).nct_id)
    pending = api.translate(api.ingest(records[2]).nct_id)
    ids = [item["id"] for item in api.client.get("/v1/review/queue", headers=api.auth()).json()["items"]]
    assert ids == [pending["id"]] and published["id"] not in ids


def test_after_a_source_change_only_the_changed_criteria_wait_for_review(
    api: Api, records: list[dict[str, Any]]
) -> None:
    text = (
        "Inclusion Criteria:\n\n* Adults aged 18 to 65 years\n* Able to give consent\n\n"
        "Exclusion Criteria:\n\n* Pregnancy"
    )
    study = api.ingest(with_criteria(records[1], text))
    api.publish(study.nct_id)
    api.ingest(with_criteria(records[1], text.replace("18 to 65", "18 to 70")))
    redone = api.translate(study.nct_id)
    assert redone["criteria_to_review"] == ["I1"]
    queued = api.client.get("/v1/review/queue", headers=api.auth()).json()["items"]
    assert [(item["id"], item["criteria_to_review"]) for item in queued] == [(redone["id"], ["I1"])]
    review = api.client.get(f"/v1/translations/{redone['id']}", headers=api.auth()).json()
    carried = {approval["criterion_id"]: approval["carried"] for approval in review["approvals"]}
    assert carried == {"I2": True, "E1": True}


def test_queue_refuses_a_damaged_cursor(api: Api) -> None:
    response = api.client.get("/v1/review/queue", params={"cursor": "%%%"}, headers=api.auth())
    assert response.status_code == 400 and response.json()["type"] == "invalid_cursor"
    response = api.client.get("/v1/review/queue", params={"recruiting": "maybe"}, headers=api.auth())
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "query.recruiting"


def test_queue_search_keeps_trials_matching_every_word_in_any_case(api: Api, records: list[dict[str, Any]]) -> None:
    chosen = [records[1], records[2], records[31]]
    for raw in chosen:
        api.translate(api.ingest(raw).nct_id)
    first = chosen[0]["protocolSection"]
    condition = first["conditionsModule"]["conditions"][0]
    others = " ".join(search_text(load_study(raw)) for raw in chosen[1:])
    word = next(w for w in condition.split() if len(w) > 3 and w.lower() not in others)

    def found(q: str, **extra: Any) -> list[str]:
        page = api.client.get("/v1/review/queue", params={"q": q} | extra, headers=api.auth())
        assert page.status_code == 200, page.text
        return [item["nct_id"] for item in page.json()["items"]]

    nct_id = first["identificationModule"]["nctId"]
    assert found(word.upper()) == [nct_id]
    assert found(f"  {word.lower()}   {nct_id.lower()} ") == [nct_id]  # every word, any order and case
    assert found(f"{word} NCT99999999") == []  # one word that matches nothing empties the list
    assert found("%") == [] and found("_") == []  # typed characters, not LIKE wildcards
    # a NUL is in no stored text (PostgreSQL refused it as a parameter: a 400 that schemathesis found)
    assert found(f"{word}\x00") == [] and found("nct \x00") == []
    nul = api.client.get("/v1/review/queue", params={"q": "\x00"}, headers=api.auth()).json()
    assert nul["items"] == [] and nul["total"] == 0
    assert len(found("")) == 3  # an empty search is no filter
    everyone = [found(raw["protocolSection"]["identificationModule"]["nctId"])[0] for raw in chosen]
    assert sorted(everyone) == sorted(raw["protocolSection"]["identificationModule"]["nctId"] for raw in chosen)

    # Paging a search keeps the search: two pages of one, then none.
    nct = "nct"  # every trial's NCT id contains it
    page1 = api.client.get("/v1/review/queue", params={"q": nct, "limit": 2}, headers=api.auth()).json()
    page2 = api.client.get(
        "/v1/review/queue", params={"q": nct, "limit": 2, "cursor": page1["next_cursor"]}, headers=api.auth()
    ).json()
    assert len(page1["items"]) == 2 and len(page2["items"]) == 1 and page2["next_cursor"] is None
    # The count is of the whole narrowed queue, on every page of it.
    assert page1["total"] == page2["total"] == 3
    counted = api.client.get("/v1/review/queue", params={"q": word}, headers=api.auth()).json()
    assert counted["total"] == 1
    assert api.client.get("/v1/review/queue", params={"q": "NCT99999999"}, headers=api.auth()).json()["total"] == 0

    too_long = api.client.get("/v1/review/queue", params={"q": "x" * 201}, headers=api.auth())
    assert too_long.status_code == 422 and "q" in too_long.text

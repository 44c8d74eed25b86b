"""Each kind of finding says what it means: in `GET /v1/review/checks`, on the kinds page, in the banner of the queue
narrowed to one kind, and as the title of a finding's name on a review page; a kind today's checks no longer report
says so (SQLite and PostgreSQL, through the page fixtures)."""

from __future__ import annotations

from typing import Any

from markupsafe import escape
from sqlalchemy import update

from service.tables import TranslationCheckRow
from tests.service.api_support import Api
from tests.service.test_s56_check_filter import CHECK, LOST_LIMIT, _three_trials
from tests.service.test_ui_pages import api as api  # the fixtures of the page tests
from tests.service.test_ui_pages import signed_in
from translator.check_kinds import describe


def _kinds(api: Api) -> list[dict[str, Any]]:
    response = api.client.get("/v1/review/checks", headers=api.auth())
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_every_kind_waiting_comes_with_what_it_means(api: Api, records: list[dict[str, Any]]) -> None:
    _three_trials(api, records)
    kinds = _kinds(api)
    assert CHECK in {kind["check"] for kind in kinds}
    for kind in kinds:
        assert kind["description"] == describe(kind["check"]) and kind["description"], kind
    page = signed_in(api).get("/review/findings").text
    for kind in kinds:
        row = page[page.index(f'data-check="{kind["check"]}"'):]
        row = row[: row.index("</tr>")]
        assert f'<td class="kind-description">{escape(kind["description"])}</td>' in row


def test_the_narrowed_queue_and_a_review_page_say_what_a_kind_means(api: Api, records: list[dict[str, Any]]) -> None:
    _three_trials(api, records)
    client = signed_in(api)
    meaning = escape(describe(CHECK) or "")
    assert "Check the trial" in meaning
    queue = client.get("/review", params={"check": CHECK}).text
    banner = queue[queue.index('id="check-filter"'):]
    assert banner.index(f'<span class="kind-description">{meaning}</span>') < banner.index('id="clear-check"')
    review = client.get(f"/review/{LOST_LIMIT}").text
    assert f'<a class="check" href="/review?check={CHECK}" title="{meaning} The link lists' in review
    # a kind with no description: the filter still works, the banner says nothing more
    plain = client.get("/review", params={"check": "no_such_check"}).text
    assert 'class="kind-description"' not in plain


def test_a_kind_no_check_reports_any_more_says_so(api: Api, records: list[dict[str, Any]]) -> None:
    _three_trials(api, records)
    api.session.execute(
        update(TranslationCheckRow).where(TranslationCheckRow.check_name == CHECK).values(check_name="retired_kind")
    )
    api.session.commit()
    retired = [kind for kind in _kinds(api) if kind["check"] == "retired_kind"]
    assert retired == [{"check": "retired_kind", "trials": 1, "style": False, "description": None}]
    page = signed_in(api).get("/review/findings").text
    row = page[page.index('data-check="retired_kind"'):]
    assert "No longer reported by today" in row[: row.index("</tr>")]

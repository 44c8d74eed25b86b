"""The queue page's "Start with the riskiest" link (`/review/next` without `after`) opens the queue's first trial,
with the queue's filters, or the queue itself when nothing waits: an editor starts where the queue starts."""

from __future__ import annotations

from typing import Any

from tests.service.api_support import Api
from tests.service.test_ui_pages import api as api  # the fixtures of the page tests
from tests.service.test_ui_pages import signed_in


def test_start_opens_the_riskiest_trial_and_keeps_the_filters(api: Api, records: list[dict[str, Any]]) -> None:
    for raw in (records[1], records[2], records[31]):
        api.translate(api.ingest(raw).nct_id)
    client = signed_in(api)
    order = [item["nct_id"] for item in api.client.get("/v1/review/queue", headers=api.auth()).json()["items"]]
    assert len(order) == 3
    queue = client.get("/review").text
    assert '<a id="start-review" href="/review/next">Start with the riskiest <kbd>n</kbd></a>' in queue
    hop = client.get("/review/next", follow_redirects=False)
    assert hop.status_code == 303 and hop.headers["location"] == f"/review/{order[0]}"
    # with a search that keeps only the last trial, the start is that trial, and the link keeps the search
    last = order[2].lower()
    assert f'id="start-review" href="/review/next?q={last}"' in client.get("/review", params={"q": last}).text
    hop = client.get("/review/next", params={"q": last}, follow_redirects=False)
    assert hop.headers["location"] == f"/review/{order[2]}?q={last}"
    # a search that finds nothing: back to the queue, which says so (and offers no start)
    hop = client.get("/review/next", params={"q": "zzzz"}, follow_redirects=False)
    assert hop.headers["location"] == "/review?q=zzzz"
    assert 'id="start-review"' not in client.get("/review", params={"q": "zzzz"}).text


def test_an_empty_queue_has_no_start_and_start_goes_to_the_queue(api: Api) -> None:
    client = signed_in(api)
    assert 'id="start-review"' not in client.get("/review").text
    hop = client.get("/review/next", follow_redirects=False)
    assert hop.status_code == 303 and hop.headers["location"] == "/review"


def test_start_needs_an_editor(api: Api) -> None:
    hop = api.client.get("/review/next", follow_redirects=False)
    assert hop.status_code in (303, 307) and "/review/sign-in" in hop.headers["location"]

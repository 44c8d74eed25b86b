"""A review page's address whose query does not validate gets an HTML page that names what is wrong, with a way
back to the queue, not the API's JSON 422; the pages' JSON calls and the API keep their JSON answers."""

from __future__ import annotations

from typing import Any

from tests.service.api_support import Api
from tests.service.test_ui_pages import UI, signed_in
from tests.service.test_ui_pages import api as api  # the fixtures of the page tests
from tests.service.test_ui_pages import translated as translated


def test_a_bad_page_link_is_a_page(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    for path in ("/review/next?after=abc", "/review/next?after=0", "/review/next?after="):
        answer = client.get(path)
        assert answer.status_code == 400, path
        assert answer.headers["content-type"].startswith("text/html"), path
        assert "Bad page link" in answer.text and "query.after" in answer.text and 'href="/review"' in answer.text
    typed = client.get("/review/next?after=<b>x")
    assert "valid integer" in typed.text and "<b>x" not in typed.text


def test_the_json_calls_keep_their_json_422(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    page_call = client.patch(f"/review/api/translations/{translated['id']}", json={"sections": 5}, headers=UI)
    assert page_call.status_code == 422 and page_call.json()["type"] == "validation_error"
    listing = api.client.get("/v1/trials?limit=0", headers=api.auth())
    assert listing.status_code == 422 and listing.json()["type"] == "validation_error"

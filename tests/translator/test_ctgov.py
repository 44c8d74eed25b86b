"""The ClinicalTrials.gov API v2 client, against httpx.MockTransport (no network)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from translator.ctgov import CtgovClient
from translator.errors import NotFoundError, RecordError, SourceError
from translator.records import Study
from translator.settings import TranslatorSettings

STUDY = {
    "protocolSection": {
        "identificationModule": {"nctId": "NCT04280705", "briefTitle": "Adaptive COVID-19 Treatment Trial"},
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* Admitted to a hospital"},
    }
}


class Script:
    """Answers requests from a list, in order, and remembers them and the waits asked for."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers: Iterator[httpx.Response | Exception] = iter(answers)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = next(self.answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def client(self, **options: Any) -> CtgovClient:
        return CtgovClient(transport=httpx.MockTransport(self), sleep=self.sleeps.append, **options)


def test_fetch_study_returns_record_when_study_exists() -> None:
    script = Script(httpx.Response(200, json=STUDY))
    with script.client() as client:
        assert client.fetch_study("NCT04280705") == STUDY
    [request] = script.requests
    assert str(request.url) == "https://clinicaltrials.gov/api/v2/studies/NCT04280705?format=json"
    assert request.headers["User-Agent"].startswith("trialplain/")


def test_fetch_study_raises_not_found_when_api_answers_404() -> None:
    script = Script(httpx.Response(404, text="Study not found"))
    with script.client() as client, pytest.raises(NotFoundError, match=r"NCT04280705 is not on ClinicalTrials\.gov"):
        client.fetch_study("NCT04280705")
    assert script.sleeps == []


def test_fetch_study_raises_without_request_when_id_is_malformed() -> None:
    script = Script()
    with script.client() as client, pytest.raises(RecordError, match="malformed NCT id"):
        client.fetch_study("NCT123")
    assert script.requests == []


def test_fetch_study_retries_honouring_retry_after_when_rate_limited() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=STUDY))
    with script.client() as client:
        assert client.fetch_study("NCT04280705") == STUDY
    assert script.sleeps == [3.0]
    assert len(script.requests) == 2


def test_fetch_study_raises_source_error_after_retries_when_server_keeps_failing() -> None:
    script = Script(*(httpx.Response(503, text="busy") for _ in range(3)))
    with script.client(retries=2, backoff=0.5) as client, pytest.raises(SourceError) as caught:
        client.fetch_study("NCT04280705")
    assert script.sleeps == [0.5, 1.0]
    assert "HTTP 503 after 3 attempt(s)" in str(caught.value)


def test_fetch_study_gives_up_at_once_when_retry_after_is_too_long() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    with script.client(max_wait=30) as client, pytest.raises(SourceError, match="HTTP 429"):
        client.fetch_study("NCT04280705")
    assert script.sleeps == []


def test_fetch_study_raises_source_error_with_hint_when_offline() -> None:
    script = Script(httpx.ConnectError("[Errno -3] Temporary failure in name resolution"))
    with script.client() as client, pytest.raises(SourceError) as caught:
        client.fetch_study("NCT04280705")
    message = str(caught.value)
    assert message.startswith("cannot reach clinicaltrials.gov: [Errno -3]")
    assert "offline?" in message and "--data" in message


def test_fetch_study_raises_source_error_when_api_times_out() -> None:
    script = Script(httpx.ReadTimeout("timed out"))
    with script.client(timeout=5) as client, pytest.raises(SourceError, match="did not answer within 5 s"):
        client.fetch_study("NCT04280705")


def test_fetch_study_raises_source_error_when_body_is_not_json() -> None:
    script = Script(httpx.Response(200, text="<html>maintenance</html>"))
    with script.client() as client, pytest.raises(SourceError, match="not JSON: <html>maintenance"):
        client.fetch_study("NCT04280705")


def test_fetch_page_raises_source_error_without_retry_when_query_is_refused() -> None:
    script = Script(httpx.Response(400, text="unknown parameter query.bogus"))
    with script.client() as client, pytest.raises(SourceError, match="HTTP 400 unknown parameter"):
        client.fetch_page({"query.bogus": "x"})
    assert len(script.requests) == 1


def test_fetch_page_returns_studies_and_token_when_more_pages_follow() -> None:
    script = Script(
        httpx.Response(200, json={"studies": [STUDY], "nextPageToken": "abc"}),
        httpx.Response(200, json={"studies": [STUDY]}),
    )
    with script.client(base_url="http://mirror.test/api/v2/") as client:
        assert client.fetch_page({"query.cond": "stroke", "pageSize": 1}) == ([STUDY], "abc")
        assert client.fetch_page({"query.cond": "stroke", "pageSize": 1, "pageToken": "abc"}) == ([STUDY], None)
    first, second = script.requests
    assert first.url.host == "mirror.test" and first.url.path == "/api/v2/studies"
    assert dict(first.url.params) == {"query.cond": "stroke", "pageSize": "1", "format": "json"}
    assert second.url.params["pageToken"] == "abc"


def test_fetch_page_raises_source_error_when_answer_has_no_studies() -> None:
    script = Script(httpx.Response(200, json={"totalCount": 0}))
    with script.client() as client, pytest.raises(SourceError, match="without a 'studies' list"):
        client.fetch_page({})


def test_from_settings_uses_base_url_timeout_and_retries() -> None:
    settings = TranslatorSettings(ctgov_base_url="http://local.test/v2", ctgov_timeout=3, ctgov_retries=0)
    script = Script(httpx.Response(500))
    with CtgovClient.from_settings(settings, transport=httpx.MockTransport(script)) as client:
        assert (client.base_url, client.timeout, client.retries) == ("http://local.test/v2", 3, 0)
        with pytest.raises(SourceError, match="after 1 attempt"):
            client.fetch_study("NCT04280705")
    assert str(script.requests[0].url).startswith("http://local.test/v2/studies/NCT04280705")


def test_settings_read_environment_when_prefixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALPLAIN_LIVE", "false")
    monkeypatch.setenv("TRIALPLAIN_CTGOV_TIMEOUT", "7.5")
    monkeypatch.setenv("TRIALPLAIN_DATA", "studies.jsonl")
    settings = TranslatorSettings()
    assert (settings.live, settings.ctgov_timeout, str(settings.data)) == (False, 7.5, "studies.jsonl")


@pytest.mark.live
def test_fetch_study_reads_real_record_when_online() -> None:
    with CtgovClient() as client:
        study = Study.from_ctgov(client.fetch_study("NCT04280705"), source="clinicaltrials.gov")
    assert study.nct_id == "NCT04280705"
    assert study.eligibility.criteria.strip()
    assert study.lead_sponsor is not None and study.lead_sponsor.name

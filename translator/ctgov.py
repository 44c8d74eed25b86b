"""A small client for the live ClinicalTrials.gov API v2 (https://clinicaltrials.gov/data-api/api).

Only two calls are needed: one study by NCT id, and one page of a search. Failures become translator
errors with a message saying what to do: unreachable or timed out → `SourceError` (work offline
with `--data`), unknown id → `NotFoundError`, rate limits and server errors → retried with backoff
(honouring `Retry-After`), then `SourceError`. Tests pass an `httpx.MockTransport`; nothing here is
patched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any

import httpx

from translator.errors import NotFoundError, RecordError, SourceError
from translator.records import NCT_ID
from translator.settings import TranslatorSettings

_RETRYABLE = frozenset({429, 500, 502, 503, 504})
_OFFLINE_HINT = "(offline?) — pass a record file with --data, or set TRIALPLAIN_LIVE=false"
_USER_AGENT = "trialplain/0.1 (plain-English eligibility criteria)"

Params = Mapping[str, str | int]


class CtgovClient:
    """GET studies from ClinicalTrials.gov API v2; close it (or use `with`) when done."""

    def __init__(
        self,
        base_url: str = "https://clinicaltrials.gov/api/v2",
        timeout: float = 20.0,
        transport: httpx.BaseTransport | None = None,
        *,
        retries: int = 2,
        backoff: float = 1.0,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout),
            transport=transport,
            headers={"User-Agent": _USER_AGENT, "Accept": "application/json"},
            follow_redirects=True,
        )

    @classmethod
    def from_settings(cls, settings: TranslatorSettings, transport: httpx.BaseTransport | None = None) -> CtgovClient:
        return cls(settings.ctgov_base_url, settings.ctgov_timeout, transport=transport, retries=settings.ctgov_retries)

    def fetch_study(self, nct_id: str) -> dict[str, Any]:
        """The API v2 record of one study, as a dict (GET /studies/{nct_id})."""
        if not NCT_ID.fullmatch(nct_id):
            raise RecordError(f"malformed NCT id {nct_id!r}: expected 'NCT' and 8 digits, e.g. NCT04280705")
        response = self._get(f"/studies/{nct_id}", {"format": "json"}, nct_id=nct_id)
        body = self._json(response)
        if not isinstance(body, dict):
            raise SourceError(f"clinicaltrials.gov answered {response.request.url} with JSON that is not a study")
        return body

    def fetch_page(self, params: Params) -> tuple[list[dict[str, Any]], str | None]:
        """One page of a search (GET /studies): the studies and the token of the next page, if any.

        `params` are the API's own query parameters (`query.cond`, `filter.overallStatus`, `pageSize`,
        `pageToken`, …); pass the returned token back as `pageToken` to read the next page.
        """
        response = self._get("/studies", {**params, "format": "json"})
        body = self._json(response)
        studies = body.get("studies") if isinstance(body, dict) else None
        if not isinstance(studies, list):
            raise SourceError(f"clinicaltrials.gov answered {response.request.url} without a 'studies' list")
        token = body.get("nextPageToken")
        return [s for s in studies if isinstance(s, dict)], token if isinstance(token, str) and token else None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CtgovClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _get(self, path: str, params: Params, *, nct_id: str | None = None) -> httpx.Response:
        for attempt in range(self.retries + 1):
            try:
                response = self._http.get(path, params=params)
            except httpx.TimeoutException as error:
                raise SourceError(
                    f"clinicaltrials.gov did not answer within {self.timeout:g} s ({type(error).__name__}) "
                    f"{_OFFLINE_HINT}, or raise TRIALPLAIN_CTGOV_TIMEOUT"
                ) from error
            except httpx.TransportError as error:
                raise SourceError(f"cannot reach clinicaltrials.gov: {error} {_OFFLINE_HINT}") from error
            if response.is_success:
                return response
            if response.status_code == 404 and nct_id is not None:
                raise NotFoundError(f"{nct_id} is not on ClinicalTrials.gov (404); check the id", source=self.base_url)
            if response.status_code not in _RETRYABLE:
                raise SourceError(
                    f"clinicaltrials.gov refused {response.request.url}: HTTP {response.status_code} "
                    f"{_snippet(response)}"
                )
            wait = self._wait(response, attempt)
            if attempt == self.retries or wait > self.max_wait:
                break
            self._sleep(wait)
        raise SourceError(
            f"clinicaltrials.gov kept failing for {response.request.url}: HTTP {response.status_code} after "
            f"{attempt + 1} attempt(s); try again later {_OFFLINE_HINT}"
        )

    def _wait(self, response: httpx.Response, attempt: int) -> float:
        """Seconds to wait before the next attempt: the server's Retry-After if it gave one, else backoff."""
        header = response.headers.get("Retry-After", "").strip()
        if header.isdigit():
            return float(header)
        if header:
            try:
                return max(0.0, parsedate_to_datetime(header).timestamp() - time.time())
            except (TypeError, ValueError):
                pass
        return float(self.backoff * 2**attempt)

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as error:
            raise SourceError(
                f"clinicaltrials.gov answered {response.request.url} with something that is not JSON: "
                f"{_snippet(response)}"
            ) from error


def _snippet(response: httpx.Response, limit: int = 200) -> str:
    text = " ".join(response.text.split())
    return text[:limit] + ("…" if len(text) > limit else "")

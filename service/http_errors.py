"""The one place where errors become HTTP answers: every error is a JSON `Problem`, and no input,
however bad, makes a 500 or leaks a traceback.

    ServiceError        NotFound 404 · VersionConflict / InvalidState / SourceMismatch / ApprovalBlocked 409
                        InvalidCursor 400 · InvalidRequest 422
    TranslatorError     NotFoundError 404 · RecordError 422 · SourceError / BackendError 502 · others 500
    validation          malformed JSON 400 · invalid fields 422 (each field named)
    HTTPException       its own status (401, 403, 404, 405, 413…)
    DataError           400: the database refused a value the checks let through
    anything else       500, logged, with no detail
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.bodies import TRANSLATE_FORMS
from service.errors import (
    ApprovalBlocked,
    InvalidCursor,
    InvalidRequest,
    InvalidState,
    NotFound,
    ServiceError,
    SourceMismatch,
    VersionConflict,
)
from service.head import HEAD_REQUEST
from service.schemas import FieldProblem, Problem
from translator.errors import BackendError, NotFoundError, RecordError, SourceError, TranslatorError

log = logging.getLogger(__name__)

_HTTP_TYPES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def problem(
    status: int,
    kind: str,
    detail: str,
    *,
    errors: Iterable[FieldProblem] = (),
    data: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = Problem(
        type=kind, title=HTTPStatus(status).phrase, status=status, detail=detail, errors=list(errors), data=data or {}
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` documenting that these statuses answer with a Problem."""
    return {status: {"model": Problem, "description": HTTPStatus(status).phrase} for status in statuses}


def _service_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ServiceError)
    message = str(error)
    if isinstance(error, NotFound):
        return problem(404, "not_found", message, data={"kind": error.kind, "key": str(error.key)})
    if isinstance(error, VersionConflict):
        data = {"current_version": error.current_version, "expected_version": error.expected_version}
        return problem(409, "version_conflict", message, data=data, headers={"ETag": f'"{error.current_version}"'})
    if isinstance(error, InvalidState):
        return problem(409, "invalid_state", message, data={"state": error.state, "action": error.action})
    if isinstance(error, SourceMismatch):
        return problem(409, "source_changed", message, data={"nct_id": error.nct_id, "current_sha": error.study_sha})
    if isinstance(error, ApprovalBlocked):
        blocked: dict[str, Any] = {"error_count": error.error_count, "checks": error.checks}
        return problem(409, "approval_blocked", message, data=blocked)
    if isinstance(error, InvalidCursor):
        return problem(400, "invalid_cursor", message, errors=_field(f"query.{error.field}", message, "invalid_cursor"))
    if isinstance(error, InvalidRequest):
        return problem(422, "invalid_request", message, errors=_field(error.field, message, "invalid_request"))
    return problem(400, "bad_request", message)


def _translator_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, TranslatorError)
    if isinstance(error, NotFoundError):
        return problem(404, "not_found", str(error))
    if isinstance(error, RecordError):
        return problem(422, "invalid_record", str(error), errors=_field(error.field, error.reason, "invalid_record"))
    if isinstance(error, SourceError | BackendError):
        return problem(502, "upstream_failed", f"{error}; try again later")
    log.error("translator failure", exc_info=error)
    return problem(500, "translator_failed", f"{error}")


def _field(field: str | None, message: str, kind: str) -> list[FieldProblem]:
    return [] if field is None else [FieldProblem(field=field, message=message, type=kind)]


def field_path(loc: Iterable[int | str]) -> str:
    """('body', 'criteria_text', 'sections', 0, 'label') → 'body.sections[0].label' (union tags left out)."""
    parts = list(loc)
    if len(parts) > 1 and parts[0] == "body" and parts[1] in TRANSLATE_FORMS:
        del parts[1]
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    details = list(error.errors())
    if any(detail.get("type") == "json_invalid" for detail in details):
        reason = next(str(d.get("ctx", {}).get("error", "")) for d in details if d.get("type") == "json_invalid")
        return problem(400, "malformed_json", f"the request body is not valid JSON ({reason}); send a JSON object")
    fields = [
        FieldProblem(field=field_path(detail.get("loc", ())), message=str(detail.get("msg", "")), type=detail["type"])
        for detail in details
    ]
    summary = "; ".join(f"{item.field}: {item.message}" for item in fields[:5])
    more = f" (and {len(fields) - 5} more)" if len(fields) > 5 else ""
    return problem(422, "validation_error", f"invalid request: {summary}{more}", errors=fields)


# FastAPI turns a body it cannot decode into a bare 400 "There was an error parsing the body", raised
# from the decoding error: name what was wrong with it, as for JSON that does not parse.
_UNREADABLE_BODY = {UnicodeDecodeError: "it is not UTF-8", RecursionError: "it nests too deeply"}


def http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    unreadable = next((why for kind, why in _UNREADABLE_BODY.items() if isinstance(error.__cause__, kind)), None)
    if error.status_code == 400 and unreadable is not None:
        return problem(400, "malformed_json", f"the request body cannot be read as JSON ({unreadable}); send a "
                       "JSON object in UTF-8")
    kind = _HTTP_TYPES.get(error.status_code, "http_error")
    detail = str(error.detail) if error.detail else HTTPStatus(error.status_code).phrase
    headers = dict(error.headers or {})
    if error.status_code == 405:
        # Starlette names the methods of the first route matching the path; a path served by
        # several routes (GET and PATCH /v1/translations/{id}) allows all of theirs.
        allowed = sorted(_allowed_methods(request))
        headers["Allow"] = ", ".join(allowed)
        method = "HEAD" if request.scope.get(HEAD_REQUEST) else request.method
        detail = f"{method} is not allowed here; use {' or '.join(allowed)}"
    return problem(error.status_code, kind, detail, headers=headers)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed_methods(request: Request) -> set[str]:
    # Ask the routes whether they would take the path with each method: FastAPI keeps included
    # routers as nested routes, so a route's own `methods` cannot be read from the app's list.
    scope = {key: value for key, value in request.scope.items() if key not in ("endpoint", "route", "path_params")}
    allowed = {
        method
        for method in _METHODS
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in request.app.router.routes)
    }
    return allowed | {"HEAD"} if "GET" in allowed else allowed  # HEAD is answered as GET (service.head)


def _data_error(_request: Request, error: Exception) -> JSONResponse:
    log.warning("the database refused a value: %s", error)
    return problem(400, "unstorable_value", "the database refused a value of the request; check its ranges and text")


def _internal_error(_request: Request, error: Exception) -> JSONResponse:
    log.error("unhandled error", exc_info=error)
    return problem(500, "internal_error", "the server failed to answer; the error is logged, please report it")


class BodyLimit:
    """Refuse request bodies over `max_body_bytes`: at once when Content-Length says so, else while
    the body is read (chunked uploads), by raising the 413 that `http_error` answers.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    def _detail(self, size: str) -> str:
        return f"the request body has {size} bytes; the limit is {self.max_body_bytes} (TRIALPLAIN_MAX_BODY_BYTES)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.max_body_bytes:
            limit = {"max_body_bytes": self.max_body_bytes}
            await problem(413, "too_large", f"{self._detail(length)}: send less", data=limit)(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise HTTPException(413, f"{self._detail('more than ' + str(self.max_body_bytes))}: send less")
            return message

        await self.app(scope, limited, send)


def install(app: FastAPI, *, max_body_bytes: int) -> None:
    """Register the handlers and the body limit on `app`."""
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(TranslatorError, _translator_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(Exception, _internal_error)
    app.add_middleware(BodyLimit, max_body_bytes=max_body_bytes)

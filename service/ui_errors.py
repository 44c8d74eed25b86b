"""The error pages of addresses under /review: a browser that asks for a page gets a page with a way back, where
it showed the API's JSON body; the pages' JSON calls and static files keep the JSON answer."""

from __future__ import annotations

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError

from service import http_errors
from service.ui import error_page


def _page_request(request: Request) -> bool:
    """A browser asking for one of the pages, not for the pages' JSON calls or static files."""
    path = request.url.path
    page_path = path == "/review" or (
        path.startswith("/review/") and not path.startswith(("/review/api/", "/review/static/"))
    )
    return request.method == "GET" and page_path


def missing_page(request: Request, error: Exception) -> Response:
    """The 404 of an address under /review that no route serves (a mistyped or cut link): a page with a way
    back, where the browser showed a JSON body. The pages' JSON calls and static files keep the JSON answer."""
    if _page_request(request):
        path = request.url.path
        return error_page(404, "Not found", f"There is no page {path}: check the address, or start from the queue.")
    return http_errors.http_error(request, error)


def invalid_page_link(request: Request, error: Exception) -> Response:
    """A page address whose query does not validate ("/review/next?after=abc", a link cut short): a page with a
    way back, where the browser showed the API's JSON 422. The pages' JSON calls keep the JSON answer."""
    if _page_request(request) and isinstance(error, RequestValidationError):
        problems = "; ".join(
            f"{http_errors.field_path(detail.get('loc', ()))}: {detail.get('msg', '')}" for detail in error.errors()[:3]
        )
        return error_page(400, "Bad page link", f"This address does not work ({problems}): start again from the queue.")
    return http_errors.validation_error(request, error)

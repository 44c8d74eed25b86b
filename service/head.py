"""HEAD answers as GET does, without the body: a site build or a monitor checks a trial page's ETag or a
page's status with HEAD, which FastAPI's GET routes would refuse with 405.

The request goes on as a GET (so routing, tokens and conditional requests work unchanged) and the body
the GET answer would carry is dropped, its headers (Content-Length, ETag, Content-Type) kept. The OpenAPI
schema lists the GET operations only; the API description says that each answers HEAD too.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Set in the scope of a HEAD request answered as GET, so an error message can name the method as sent.
HEAD_REQUEST = "trialplain.head"


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        # A copy: the server keeps its own scope, with HEAD, and so sends no body itself either.
        await self.app({**scope, "method": "GET", HEAD_REQUEST: True}, receive, without_body)

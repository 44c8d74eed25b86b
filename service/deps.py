"""FastAPI dependencies as named types: settings, a store session, the translation backend, and the
token behind the request with the role it needs.

Everything is read from `app.state`, filled by `service.app.create_app`; tests replace any of it
with `app.dependency_overrides[get_…]`.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from service import store
from service.errors import InvalidRequest
from service.page_cache import PageCache
from service.settings import ServiceSettings
from service.stored import TokenInfo
from service.tables import Role
from translator.backend import Backend
from translator.backends import make_backend
from translator.settings import TranslatorSettings

_RANK = {Role.READER: 0, Role.EDITOR: 1, Role.ADMIN: 2}
_backend_lock = threading.Lock()

bearer = HTTPBearer(
    auto_error=False,
    description="An API token: `trialplain tokens create --role reader|editor|admin --name NAME` prints one.",
)


# Dependencies that do no I/O are `async def`: FastAPI runs a plain `def` dependency in its thread
# pool, and those hops cost more than the work (a trial page from the cache needs six of them).


async def get_settings(request: Request) -> ServiceSettings:
    settings: ServiceSettings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


def get_backend(request: Request) -> Backend:
    """The translation backend, built on first use from the translator settings (TRIALPLAIN_BACKEND…)."""
    state = request.app.state
    with _backend_lock:
        if state.backend is None:
            translator_settings: TranslatorSettings = state.translator_settings
            state.backend = make_backend(translator_settings)
        backend: Backend = state.backend
    return backend


async def get_page_cache(
    request: Request, settings: Annotated[ServiceSettings, Depends(get_settings)]
) -> PageCache:
    """The app's cache of rendered trial pages, made on first use (on the event loop: no lock needed)."""
    state = request.app.state
    cache: PageCache | None = getattr(state, "page_cache", None)
    if cache is None:
        cache = state.page_cache = PageCache(settings.page_cache_bytes)
    return cache


SettingsDep = Annotated[ServiceSettings, Depends(get_settings)]
PageCacheDep = Annotated[PageCache, Depends(get_page_cache)]
SessionDep = Annotated[Session, Depends(get_session)]
BackendDep = Annotated[Backend, Depends(get_backend)]


def current_token(
    session: SessionDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> TokenInfo:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(
            401,
            "no API token: send `Authorization: Bearer <token>` (create one with `trialplain tokens create`)",
            headers=challenge,
        )
    token = store.authenticate(session, credentials.credentials)
    if token is None:
        raise HTTPException(401, "the API token is unknown or revoked: ask an admin for a new one", headers=challenge)
    return token


CurrentToken = Annotated[TokenInfo, Depends(current_token)]


def requires(role: Role) -> Callable[[TokenInfo], Awaitable[TokenInfo]]:
    """A dependency passing tokens whose role is `role` or higher (reader < editor < admin)."""

    async def check(token: CurrentToken) -> TokenInfo:
        if _RANK[token.role] < _RANK[role]:
            raise HTTPException(
                403, f"this needs a token with the {role.value} role; yours ({token.name!r}) is {token.role.value}"
            )
        return token

    return check


ReaderToken = Annotated[TokenInfo, Depends(requires(Role.READER))]
EditorToken = Annotated[TokenInfo, Depends(requires(Role.EDITOR))]


async def known_query_only(request: Request) -> None:
    """Refuse query parameters the operation does not take: a misspelt filter (`updated_snce`) would
    otherwise be ignored silently and the site build would fetch everything."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    known = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = f"it takes {', '.join(sorted(known))}" if known else "it takes none"
        raise InvalidRequest(
            f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}: {takes}",
            field=f"query.{unknown[0]}",
        )


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters of an operation and of the dependencies it uses."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


KnownQueryOnly = Depends(known_query_only)

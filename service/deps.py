"""FastAPI dependencies as named types: settings, a store session, the translation backend, the
trial pages, and the token behind the request with the role it needs.

Everything is read from `app.state`, filled by `service.app.create_app`; tests replace any of it
with `app.dependency_overrides[get_…]`, or point the app at another store by replacing
`app.state.sessions` (and `app.state.settings`).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from service import store
from service.errors import InvalidRequest
from service.page_cache import TrialPages
from service.settings import ServiceSettings
from service.stored import TokenInfo
from service.tables import Role
from service.tokens import hash_secret, recent_tokens
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
# pool, and those hops cost more than the work. Those that may read the store do so in the thread
# pool themselves, and only when they must: a trial page from the caches opens no session. Every
# dependency costs FastAPI some microseconds to solve on each request, so the trial page's few read
# `app.state` directly rather than through further dependencies.


async def get_settings(request: Request) -> ServiceSettings:
    settings: ServiceSettings = request.app.state.settings
    return settings


def sessions_of(request: Request) -> sessionmaker[Session]:
    """The store's session factory (tests point an app at another store by replacing it)."""
    sessions: sessionmaker[Session] = request.app.state.sessions
    return sessions


def get_session(request: Request) -> Iterator[Session]:
    with sessions_of(request)() as session:
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


async def get_trial_pages(request: Request) -> TrialPages:
    """The app's rendered trial pages and the reads of their versions."""
    pages: TrialPages = request.app.state.trial_pages
    return pages


SettingsDep = Annotated[ServiceSettings, Depends(get_settings)]
TrialPagesDep = Annotated[TrialPages, Depends(get_trial_pages)]
SessionDep = Annotated[Session, Depends(get_session)]
BackendDep = Annotated[Backend, Depends(get_backend)]
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def authenticated(request: Request, credentials: HTTPAuthorizationCredentials | None) -> TokenInfo:
    """The token of the request: from `recent_tokens` when it authenticated less than
    TRIALPLAIN_TOKEN_CACHE_SECONDS ago (service.tokens says what that means for revocation), else
    from the store, in the thread pool."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(
            401,
            "no API token: send `Authorization: Bearer <token>` (create one with `trialplain tokens create`)",
            headers=challenge,
        )
    settings: ServiceSettings = request.app.state.settings
    secret, max_age = credentials.credentials, settings.token_cache_seconds
    token_hash = hash_secret(secret)
    token = recent_tokens.get(token_hash, max_age) if max_age > 0 else None
    if token is None:
        token = await run_in_threadpool(_authenticate, sessions_of(request), secret, token_hash, max_age > 0)
    if token is None:
        raise HTTPException(401, "the API token is unknown or revoked: ask an admin for a new one", headers=challenge)
    return token


def _authenticate(sessions: sessionmaker[Session], secret: str, token_hash: str, remember: bool) -> TokenInfo | None:
    read_at = recent_tokens.generation
    with sessions() as session:
        token = store.authenticate(session, secret)
    if token is not None and remember:
        recent_tokens.put(token_hash, token, read_at=read_at)
    return token


def requires(role: Role) -> Callable[[Request, HTTPAuthorizationCredentials | None], Awaitable[TokenInfo]]:
    """A dependency passing tokens whose role is `role` or higher (reader < editor < admin)."""

    async def check(request: Request, credentials: BearerCredentials) -> TokenInfo:
        token = await authenticated(request, credentials)
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

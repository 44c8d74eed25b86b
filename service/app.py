"""The FastAPI application: `create_app(settings)` wires the store, the backend, the routers and the
error handling. No app exists at import time; `uvicorn --factory service.app:app_factory` builds one
from the environment (TRIALPLAIN_*).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Collection, Hashable, Mapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi

from service import api_review, api_translations, api_trials, db, http_errors, store, ui, ui_errors
from service.head import HeadAsGet
from service.page_cache import PageCache, TrialPages, VersionChecks
from service.settings import ServiceSettings
from translator.settings import TranslatorSettings

DESCRIPTION = """Plain-English, fact-checked translations of ClinicalTrials.gov eligibility criteria.

* **Readers** (the site build) read trial pages and the listing of changes.
* **Editors** translate, edit, approve or reject translations and read the review queue and history.
* **Admins** may do everything.

Authenticate with `Authorization: Bearer <token>` (`trialplain tokens create`). Errors are JSON
`Problem` bodies; changes to a translation take its version as `If-Match`. Every GET also answers
HEAD: the same status and headers (ETag, Content-Length), no body.
"""


def create_app(settings: ServiceSettings, *, translator_settings: TranslatorSettings | None = None) -> FastAPI:
    """An app serving the store at `settings.database_url` (migrate it first: `trialplain serve` does)."""
    engine = db.engine_from_settings(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="trialplain",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.translator_settings = translator_settings or TranslatorSettings()
    app.state.engine = engine
    app.state.sessions = db.session_factory(engine)

    def page_versions(nct_ids: Collection[str]) -> Mapping[str, Hashable]:
        with app.state.sessions() as session:  # looked up on each read: tests may point the app elsewhere
            return store.page_versions(session, nct_ids)

    app.state.trial_pages = TrialPages(PageCache(settings.page_cache_bytes), VersionChecks(page_versions))
    app.state.backend = None  # built on first use (deps.get_backend)
    http_errors.install(app, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGet)  # outermost: every layer below sees the GET it answers
    app.include_router(api_trials.router)
    app.include_router(api_translations.router)
    app.include_router(api_review.router)
    app.include_router(ui.router)  # the editor pages under /review (not in the OpenAPI schema)
    app.add_exception_handler(404, ui_errors.missing_page)  # before the HTTPException handler, for unrouted 404s
    app.add_exception_handler(RequestValidationError, ui_errors.invalid_page_link)  # pages get a page, the API JSON

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with `null` taken out of parameter schemas: an HTTP parameter is a string or
    absent, never null (an optional header documented as nullable invites `If-Match: null`)."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                for parameter in operation.get("parameters", []):
                    alternatives = parameter.get("schema", {}).get("anyOf")
                    if alternatives is None:
                        continue
                    kept = [item for item in alternatives if item.get("type") != "null"]
                    if len(kept) == 1:
                        parameter["schema"] = {**{k: v for k, v in parameter["schema"].items() if k != "anyOf"},
                                               **kept[0]}
        app.openapi_schema = schema
    return app.openapi_schema


def app_factory() -> FastAPI:
    """For `uvicorn --factory service.app:app_factory` (a server process): settings from the environment."""
    app = create_app(ServiceSettings())
    tune_gc()
    return app


def tune_gc() -> None:
    """Garbage-collector settings for a server process, once its app is built.

    Under load, the objects of the requests in flight outlive CPython's young generation (collected
    every 700 allocations) and pile into the old one, whose full collections then scan every object
    of the process — modules, the lexicon, the app — and paused a busy server for 100–300 ms every
    second or two (p99 latency 170 ms against 25 ms without). Freezing what exists after start-up
    takes it out of those scans for good, and a larger first threshold lets request objects die young.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 10, 10)

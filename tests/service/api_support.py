"""Helpers for the API tests: an app on the test's database (SQLite or PostgreSQL), a client, a token
per role, and a scripted backend whose renderings each test controls."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from service import db, store
from service.app import create_app
from service.deps import get_backend
from service.settings import ServiceSettings
from service.tables import Role
from translator.backend import CriterionRequest, RenderedBullet, Rendering
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.records import Study
from translator.sources import load_study


def without_numbers(request: CriterionRequest) -> Rendering:
    """A rendering that drops every digit: the fidelity checks must find the missing facts."""
    return Rendering(
        bullets=[
            RenderedBullet(text="".join(ch for ch in item.text if not ch.isdigit()) or "(text)", refs=[item.ref])
            for item in request.items
        ]
    )


@dataclass
class Api:
    app: FastAPI
    client: TestClient
    backend: ScriptedBackend
    session: Session
    tokens: dict[Role, str] = field(default_factory=dict)

    def auth(self, role: Role = Role.EDITOR) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def ingest(self, raw: dict[str, Any]) -> Study:
        study = load_study(raw)
        store.ingest_study(self.session, study, actor="loader")
        return study

    def translate(self, nct_id: str) -> dict[str, Any]:
        response = self.client.post("/v1/translations", json={"nct_id": nct_id}, headers=self.auth())
        assert response.status_code in (200, 201), response.text
        body: dict[str, Any] = response.json()
        return body

    def publish(self, nct_id: str) -> dict[str, Any]:
        made = self.translate(nct_id)
        response = self.client.post(
            f"/v1/translations/{made['id']}/approve",
            json={"override": True, "reason": "checked by hand"},
            headers=self.auth(),
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


def database_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def api_on(engine: Engine, **settings: Any) -> Iterator[Api]:
    """An Api on the (migrated) database of `engine`; use it from a fixture with `yield from`."""
    app = create_app(ServiceSettings(database_url=database_url(engine), **settings))
    backend = ScriptedBackend(default=echo_rendering)
    app.dependency_overrides[get_backend] = lambda: backend
    with db.session_factory(engine)() as session, TestClient(app) as client:
        tokens = {role: store.create_token(session, f"{role.value}-token", role)[1] for role in Role}
        yield Api(app, client, backend, session, tokens)


def copy(raw: dict[str, Any]) -> dict[str, Any]:
    duplicate: dict[str, Any] = json.loads(json.dumps(raw))
    return duplicate

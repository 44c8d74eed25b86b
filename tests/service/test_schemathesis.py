"""Schemathesis against the app's own OpenAPI schema, on SQLite and PostgreSQL: every operation, with
generated valid and invalid input, must answer without a 5xx and as its schema documents (status
codes, content types, headers, bodies), and must refuse input its schema forbids.

The store holds real studies with pending, published and rejected translations first, so generated
ids 1, 2, 3… reach real rows. Requests carry an admin token; `ignored_auth` checks that they fail
without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from sqlalchemy import Engine

from service import store, workflow
from service.app import create_app
from service.settings import ServiceSettings
from service.tables import Role
from tests.service.api_support import api_on
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.sources import load_study

EXAMPLES = 60  # per operation and backend: about 30 s for all on this machine (150 pass too, in a minute)


# Schemathesis reads the schema when the module loads; each test then points this app at its own
# database (schemathesis' lazy `from_fixture` schemas fail on pytest 9: they set `node._nodeid`).
APP = create_app(ServiceSettings(database_url="sqlite://"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
# Every request carries the admin token (the fixture's header); generated Authorization values would
# only ever meet a 401. `ignored_auth` still removes and forges the token to check it is enforced.
schema.config.generation.update(with_security_parameters=False)


@pytest.fixture
def admin(engine: Engine, records: list[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """Seed the test's database and point APP at it; the admin token's header."""
    for api in api_on(engine, max_body_bytes=256 * 1024):
        backend = ScriptedBackend(default=echo_rendering)
        studies = [load_study(raw) for raw in records[:4] + records[30:33]]
        workflow.ingest(api.session, studies, actor="seed", backend=backend)
        queue = [entry.translation for entry in store.review_queue(api.session).items]
        workflow.approve(api.session, queue[0].id, actor="seed", override=True, reason="seeded")
        workflow.reject(api.session, queue[1].id, actor="seed", reason="seeded")
        APP.dependency_overrides = dict(api.app.dependency_overrides)
        APP.state.sessions, APP.state.settings = api.app.state.sessions, api.app.state.settings
        yield {"Authorization": f"Bearer {api.tokens[Role.ADMIN]}"}
        APP.dependency_overrides = {}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: Any, admin: dict[str, str]) -> None:
    # Whether a cursor or a posted CT.gov record is acceptable depends on content no schema can
    # describe (the server issues cursors; a record needs eligibility criteria among hundreds of
    # fields), so for those requests a 400/422 on schema-valid input is right.
    opaque = "cursor" in (case.query or {}) or (isinstance(case.body, dict) and "study" in case.body)
    case.call_and_validate(headers=admin, excluded_checks=[positive_data_acceptance] if opaque else [])

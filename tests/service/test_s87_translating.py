"""The review queue says how many trials are still being translated in the background (`trialplain run`
and `trialplain worker`), in the API and on the page, so an editor knows the queue is still filling."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from service import db, queue_ingest
from service.queue import QueuePolicy
from service.queue_worker import Worker
from service.tables import Role
from service.ui import COOKIE, UI_HEADER
from tests.corpus import corpus_by_id
from tests.service.api_support import Api, api_on
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.sources import load_study

TRIALS = ("NCT00006170", "NCT00000378")


@pytest.fixture
def api(engine: Engine) -> Iterator[Api]:
    yield from api_on(engine)


def _page(api: Api) -> str:
    api.client.cookies.set(COOKIE, api.tokens[Role.EDITOR], path="/review")
    response = api.client.get("/review", headers={UI_HEADER: "1"})
    assert response.status_code == 200, response.text
    return response.text


def test_the_queue_counts_the_trials_still_being_translated(api: Api, engine: Engine) -> None:
    assert api.client.get("/v1/review/queue", headers=api.auth()).json()["translating"] == 0
    assert "queue-translating" not in _page(api)
    report = queue_ingest.ingest(
        api.session, [load_study(corpus_by_id()[nct_id]) for nct_id in TRIALS], actor="loader",
        backend_name="scripted", backend=api.backend,
    )
    assert report.counts["queued"] == 2
    waiting = api.client.get("/v1/review/queue", headers=api.auth()).json()
    assert waiting["translating"] == 2 and waiting["total"] == 0, waiting
    assert "2 more trials are being translated in the background" in _page(api)
    # A reader (the site build) has no business with the review queue, jobs or not.
    assert api.client.get("/v1/review/queue", headers=api.auth(Role.READER)).status_code == 403

    worker = Worker(db.session_factory(engine), lambda _name: ScriptedBackend(default=echo_rendering), name="w1",
                    policy=QueuePolicy())
    worker.run_batch()
    done = api.client.get("/v1/review/queue", headers=api.auth()).json()
    assert done["translating"] == 0 and done["total"] == 2, done
    assert "queue-translating" not in _page(api)

"""`ingest --queue`: store the records as inline ingest does (`workflow.ingest`: new / changed /
unchanged, stale marking, audit events), then queue a translation job for every study whose current
criteria text has no translation by the backend yet, instead of translating it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy.orm import Session

from service import queue, store, workflow
from service.workflow import IngestReport
from translator.backend import Backend
from translator.errors import TranslatorError
from translator.records import Study


def ingest(
    session: Session,
    items: Iterable[Study | TranslatorError],
    *,
    actor: str,
    backend_name: str,
    backend: Backend,
    batch_size: int = 200,
    on_batch: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store the records and queue their translation by `backend` (named `backend_name` in the jobs).
    The report counts 'queued', 'already queued' and 'reused' (a translation of the text by this
    backend's prompt and model is stored: nothing to do) besides the ingest outcomes."""
    stored: list[Study] = []

    def remember(source: Iterable[Study | TranslatorError]) -> Iterator[Study | TranslatorError]:
        for item in source:
            if isinstance(item, Study):
                stored.append(item)
            yield item

    def enqueue(report: IngestReport) -> None:
        # Called once a batch is stored: `stored` holds that batch's studies (the last version of each).
        latest = {study.nct_id: study for study in stored}
        stored.clear()
        todo = []
        for study in latest.values():
            if workflow.reusable(session, study, backend):
                report.counts["reused"] += 1
            else:
                todo.append((study.nct_id, study.criteria_sha))
        report.counts.update(queue.enqueue(session, todo, backend=backend_name))
        if on_batch is not None:
            on_batch(report)

    # Screened before `remember`: a record the store rejects must not be queued.
    return workflow.ingest(
        session, remember(store.storable(items)), actor=actor, batch_size=batch_size, on_batch=enqueue
    )

"""`trialplain recheck`: compute again the findings that older fidelity checks made (see service.rechecks)."""

from __future__ import annotations

import json
import time
from typing import Annotated

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from service import rechecks
from service.cli_service import CLI_ACTOR, _sessions, err, out
from service.settings import ServiceSettings
from service.tables import StudyRow
from translator.records import NCT_ID


def _unknown(session: Session, nct_ids: list[str]) -> list[str]:
    """The given ids that name no stored study (a typo would otherwise recheck nothing and say it did fine)."""
    stored = set(session.scalars(select(StudyRow.nct_id).where(StudyRow.nct_id.in_(nct_ids))))
    return [nct_id for nct_id in nct_ids if nct_id not in stored]


def recheck(
    everything: Annotated[
        bool, typer.Option("--all", help="Every pending, rejected and published translation, not only outdated ones.")
    ] = False,
    nct_ids: Annotated[
        list[str] | None, typer.Option("--nct", help="Only this study's translations (repeat for more).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as one JSON object.")] = False,
) -> None:
    """Check stored translations again with today's fidelity checks and store what they find.

    Published translations stay published; one in which the checks now find a new error goes back into the review
    queue as a pending copy. Exit status 1 when any published translation was sent back for review."""
    started = time.perf_counter()
    if nct_ids is not None:
        nct_ids = [nct_id.strip().upper() for nct_id in nct_ids]
        malformed = [nct_id for nct_id in nct_ids if not NCT_ID.fullmatch(nct_id)]
        if malformed:
            err.print(f"[red]error[/] --nct {', '.join(malformed)}: not an NCT id (NCT and 8 digits)")
            raise typer.Exit(2)
    with _sessions(ServiceSettings()) as session:
        unknown = _unknown(session, nct_ids) if nct_ids else []
        if unknown:
            err.print(f"[red]error[/] --nct {', '.join(unknown)}: no such study in the database; "
                      "`trialplain ingest` it first")
            raise typer.Exit(2)

        def show(report: rechecks.RecheckReport) -> None:
            err.print(f"  {report.summary()} · {time.perf_counter() - started:.0f} s")

        report = rechecks.recheck(
            session, actor=CLI_ACTOR, everything=everything, nct_ids=nct_ids, on_batch=None if as_json else show
        )
    if as_json:
        out.print(json.dumps(report.as_json()), soft_wrap=True)
    else:
        out.print(f"rechecked in {time.perf_counter() - started:.1f} s: {report.summary()}")
        if report.reopened:
            ids = ", ".join(str(i) for i in report.reopened[:20]) + (" …" if len(report.reopened) > 20 else "")
            out.print(f"sent back for review (pending copies): {ids}")
    if report.reopened:
        raise typer.Exit(1)

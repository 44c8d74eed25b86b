"""The review queue narrowed to the translations with one kind of finding ("equals_as_limit", "fact_missing").

An editor who has learned what one kind of finding asks for ("check the record for the lost '≥'") works faster
through all of them in a row than trial by trial in risk order. Each translation's kinds of finding are kept in
`translation_checks` (migration 0009), keyed by kind first, so the condition is an index lookup: reading the
findings' JSON instead walked every pending translation (2.1 s for a rare kind on a store 20 times the corpus).
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from service.db import transaction
from service.tables import TranslationCheckRow, TranslationRow, TranslationState

# What a check's name looks like (translator.findings: "fact_missing", "flag_offline_fallback"): anything else
# names no finding, and refusing it keeps odd characters (a NUL, which PostgreSQL refuses) out of the query.
CHECK_NAME = re.compile(r"^[a-z][a-z0-9_]{0,79}$")
CHECK_PATTERN = CHECK_NAME.pattern


def has_finding(check: str) -> ColumnElement[bool]:
    """Translations with at least one finding of `check` (a name matching CHECK_NAME)."""
    having = select(TranslationCheckRow.translation_id).where(TranslationCheckRow.check_name == check)
    return TranslationRow.id.in_(having)


def pending_kinds(session: Session) -> list[tuple[str, int]]:
    """Each kind of finding among the translations waiting for review, with how many of them have it: the most
    common first. What an editor picks a narrowed queue from."""
    trials = func.count()
    statement = (
        select(TranslationCheckRow.check_name, trials)
        .join(TranslationRow, TranslationRow.id == TranslationCheckRow.translation_id)
        .where(TranslationRow.state == TranslationState.PENDING)
        .group_by(TranslationCheckRow.check_name)
        .order_by(trials.desc(), TranslationCheckRow.check_name)
    )
    with transaction(session, write=False):
        return [(name, int(count)) for name, count in session.execute(statement)]

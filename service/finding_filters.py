"""The review queue narrowed to the translations with one kind of finding ("equals_as_limit", "fact_missing").

An editor who has learned what one kind of finding asks for ("check the record for the lost '≥'") works faster
through all of them in a row than trial by trial in risk order. The findings are stored as a JSON list on each
translation, so the condition reads into that list: SQLite through `json_each`, PostgreSQL through JSONB
containment (`@>`). Either reads the findings of the rows the queue walks, so a rare kind of finding costs a walk of
the whole queue: fine for an editor's filter, which the queue's indexes could not serve anyway.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import ColumnElement, cast, column, exists, func, literal, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from service.tables import TranslationRow

# What a check's name looks like (translator.findings: "fact_missing", "flag_offline_fallback"): anything else
# names no finding, and refusing it keeps odd characters (a NUL, which PostgreSQL refuses) out of the query.
CHECK_NAME = re.compile(r"^[a-z][a-z0-9_]{0,79}$")
CHECK_PATTERN = CHECK_NAME.pattern


def has_finding(session: Session, check: str) -> ColumnElement[bool]:
    """Translations with at least one finding of `check` (a name matching CHECK_NAME)."""
    if session.get_bind().dialect.name == "postgresql":
        wanted = cast(literal(json.dumps([{"check": check}])), JSONB)
        return cast(TranslationRow.findings, JSONB).op("@>")(wanted)
    found = func.json_each(TranslationRow.findings).table_valued("value", name="finding")
    return exists(select(1).select_from(found).where(func.json_extract(column("value"), "$.check") == check))

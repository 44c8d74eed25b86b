"""Studies keep a lower-case search text (NCT id, titles, acronym, conditions, keywords) for the review queue's search.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_DOC = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column(
        "studies",
        sa.Column(
            "search_text",
            sa.Text(),
            nullable=False,
            server_default="",
            comment="Lower-case NCT id, titles, acronym, conditions, keywords: what queue search matches",
        ),
    )
    studies = sa.table(
        "studies", sa.column("nct_id", sa.String()), sa.column("raw", JSON_DOC), sa.column("search_text")
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(studies.c.nct_id, studies.c.raw)).all():
        text = _search_text(row.nct_id, row.raw or {})
        connection.execute(studies.update().where(studies.c.nct_id == row.nct_id).values(search_text=text))


def downgrade() -> None:
    # Not batch mode: on SQLite that copies and drops the studies table, and dropping it would cascade to
    # every translation. SQLite >= 3.35 drops a column in place.
    op.drop_column("studies", "search_text")


def _search_text(nct_id: str, raw: dict[str, Any]) -> str:
    # Spelled out rather than imported from service.studies, so this migration never changes under us.
    protocol = raw.get("protocolSection") or {}
    ident = protocol.get("identificationModule") or {}
    conditions = protocol.get("conditionsModule") or {}
    fields: list[Any] = [nct_id, ident.get("briefTitle"), ident.get("officialTitle"), ident.get("acronym")]
    fields += list(conditions.get("conditions") or []) + list(conditions.get("keywords") or [])
    return "\n".join(field.strip().lower() for field in fields if isinstance(field, str) and field.strip())

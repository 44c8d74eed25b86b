"""The review queue is ordered, counted and searched from indexes, not from whole rows.

The queue index also holds each translation's NCT id, so the join to its study needs no table row; on SQLite a
second index holds what the queue reads of a study (recruiting, the search text), which SQLite would otherwise
reach only by walking the overflow pages of the raw record stored before them. Measured by bench/scale.py.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUE = ["state", "error_count", "concern_count", "warning_count", "created_at"]


def upgrade() -> None:
    op.drop_index("ix_translations_queue", table_name="translations")
    op.create_index("ix_translations_queue", "translations", [*QUEUE, "nct_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_studies_queue", "studies", ["nct_id", "recruiting", "search_text"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_studies_queue", table_name="studies")
    op.drop_index("ix_translations_queue", table_name="translations")
    op.create_index("ix_translations_queue", "translations", QUEUE)

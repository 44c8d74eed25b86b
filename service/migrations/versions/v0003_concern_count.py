"""Translations count their warnings about meaning apart from style ones, for the review queue's order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from translator.findings, so this migration never changes under us.
STYLE_CHECKS = ("reading_grade", "term_unexplained")
JSON_DOC = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column(
        "translations",
        sa.Column(
            "concern_count",
            sa.Integer(),
            nullable=False,
            server_default="0",
            comment="Warnings about meaning rather than style (translator.findings.is_concern)",
        ),
    )
    translations = sa.table(
        "translations", sa.column("id", sa.Integer()), sa.column("findings", JSON_DOC), sa.column("concern_count")
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(translations.c.id, translations.c.findings)).all():
        concerns = sum(
            1 for f in row.findings or [] if f.get("severity") == "warning" and f.get("check") not in STYLE_CHECKS
        )
        if concerns:
            connection.execute(translations.update().where(translations.c.id == row.id).values(concern_count=concerns))
    op.drop_index("ix_translations_queue", table_name="translations")
    op.create_index(
        "ix_translations_queue",
        "translations",
        ["state", "error_count", "concern_count", "warning_count", "created_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_translations_queue", table_name="translations")
    op.create_index("ix_translations_queue", "translations", ["state", "error_count", "warning_count", "created_at"])
    with op.batch_alter_table("translations") as batch:
        batch.drop_column("concern_count")

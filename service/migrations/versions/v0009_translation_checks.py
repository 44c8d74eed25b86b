"""The kinds of finding each translation has, in a table of their own, for the review queue narrowed to one kind.

Read from the findings themselves (a JSON list per translation), the narrowed queue read every pending
translation's findings: 2.1 s for a kind no translation had on a store 20 times the corpus (bench/scale.py). A
row per (kind, translation) with the kind first in its key answers from an index. The rows are written with the
findings (service.translations.findings_columns / apply_findings); existing translations get theirs here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FILL = {
    "sqlite": "INSERT INTO translation_checks (check_name, translation_id) SELECT DISTINCT "
    "json_extract(finding.value, '$.check'), translations.id FROM translations, json_each(translations.findings) "
    "AS finding WHERE json_extract(finding.value, '$.check') IS NOT NULL",
    "postgresql": "INSERT INTO translation_checks (check_name, translation_id) SELECT DISTINCT "
    "finding ->> 'check', translations.id FROM translations, jsonb_array_elements(translations.findings) AS finding "
    "WHERE finding ->> 'check' IS NOT NULL",
}


def upgrade() -> None:
    op.create_table(
        "translation_checks",
        sa.Column("check_name", sa.String(80), nullable=False),
        sa.Column(
            "translation_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("translations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("check_name", "translation_id"),
    )
    op.create_index("ix_translation_checks_translation_id", "translation_checks", ["translation_id"])
    op.execute(_FILL[op.get_bind().dialect.name])


def downgrade() -> None:
    op.drop_index("ix_translation_checks_translation_id", table_name="translation_checks")
    op.drop_table("translation_checks")

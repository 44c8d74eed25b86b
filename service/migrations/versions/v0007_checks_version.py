"""Translations record which edition of the fidelity checks made their findings, so that `trialplain recheck` can
find those made by older checks. Existing rows get NULL: made before the checks were versioned.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column is added in place on SQLite too (no batch copy of the table).
    op.add_column(
        "translations",
        sa.Column(
            "checks_version",
            sa.String(64),
            nullable=True,
            comment="translator.findings.CHECKS_VERSION of the findings; NULL: older than versioning",
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("translations") as batch:
        batch.drop_column("checks_version")

"""Translation jobs: translation work queued for workers that claim it (FOR UPDATE SKIP LOCKED).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from service.tables, so this migration never changes under us.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)
LIVE = "state IN ('queued', 'running')"


def upgrade() -> None:
    op.create_table(
        "translation_jobs",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("nct_id", sa.String(16), sa.ForeignKey("studies.nct_id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "source_sha", sa.String(64), nullable=False, comment="The criteria text sha the job was queued for"
        ),
        sa.Column("backend", sa.String(32), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "queued", "running", "done", "failed",
                name="job_state", native_enum=False, create_constraint=True, length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "attempts",
            sa.Integer(),
            nullable=False,
            comment="Claims so far; also fences a worker whose lease lapsed",
        ),
        sa.Column("not_before", TIMESTAMP, nullable=False, comment="Not claimed before (retry backoff)"),
        sa.Column("claimed_by", sa.String(200), nullable=True),
        sa.Column("claimed_at", TIMESTAMP, nullable=True),
        sa.Column("lease_expires_at", TIMESTAMP, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True, comment="translated / reused / obsolete"),
        sa.Column("translation_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("finished_at", TIMESTAMP, nullable=True),
    )
    op.create_index("ix_translation_jobs_claim", "translation_jobs", ["state", "not_before", "id"])
    op.create_index("ix_translation_jobs_nct_id", "translation_jobs", ["nct_id"])
    op.create_index(
        "uq_translation_jobs_live",
        "translation_jobs",
        ["nct_id", "source_sha"],
        unique=True,
        postgresql_where=sa.text(LIVE),
        sqlite_where=sa.text(LIVE),
    )


def downgrade() -> None:
    op.drop_table("translation_jobs")

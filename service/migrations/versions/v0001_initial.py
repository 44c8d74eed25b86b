"""Initial store: studies, translations, audit_events (append-only), api_tokens.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out rather than imported from service.tables, so this migration never changes under us.
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)

SQLITE_APPEND_ONLY = [
    f"""CREATE TRIGGER audit_events_no_{operation.lower()} BEFORE {operation} ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: {operation} refused'); END"""
    for operation in ("UPDATE", "DELETE")
]
POSTGRES_APPEND_ONLY = [
    """CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
    END
    $$""",
    """CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
]


def _state_enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    op.create_table(
        "studies",
        sa.Column("nct_id", sa.String(16), primary_key=True),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("criteria_sha", sa.String(64), nullable=False),
        sa.Column("brief_title", sa.Text(), nullable=True),
        sa.Column("overall_status", sa.String(40), nullable=True),
        sa.Column("recruiting", sa.Boolean(), nullable=False),
        sa.Column("last_update_posted", sa.String(10), nullable=True, comment="As CT.gov gives it: 2021-03[-04]"),
        sa.Column("ingested_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )
    op.create_index("ix_studies_overall_status", "studies", ["overall_status"])
    op.create_index("ix_studies_updated_at_nct_id", "studies", ["updated_at", "nct_id"])

    op.create_table(
        "translations",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("nct_id", sa.String(16), sa.ForeignKey("studies.nct_id", ondelete="CASCADE"), nullable=False),
        sa.Column("payload", JSON_DOC, nullable=False),
        sa.Column("backend", sa.String(32), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("prompt_sha", sa.String(64), nullable=True),
        sa.Column("source_sha", sa.String(64), nullable=False),
        sa.Column("findings", JSON_DOC, nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            _state_enum("translation_state", "pending", "approved", "rejected", "superseded"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=True),
        sa.Column("approved_at", TIMESTAMP, nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.Column(
            "criterion_shas",
            JSON_DOC,
            nullable=False,
            comment="[{id, sha}] of the criteria this translation renders, in document order",
        ),
        sa.Column(
            "criterion_approvals",
            JSON_DOC,
            nullable=False,
            comment="Criterion sha → approved bullets, by whom, when, from which translation",
        ),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )
    op.create_index("ix_translations_nct_id", "translations", ["nct_id"])
    op.create_index("ix_translations_reuse", "translations", ["nct_id", "source_sha", "prompt_sha", "model"])
    op.create_index("ix_translations_queue", "translations", ["state", "error_count", "warning_count", "created_at"])
    op.create_index(
        "uq_translations_published",
        "translations",
        ["nct_id"],
        unique=True,
        postgresql_where=sa.text("state = 'approved'"),
        sqlite_where=sa.text("state = 'approved'"),
    )

    op.create_table(
        "audit_events",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("nct_id", sa.String(16), nullable=True),
        sa.Column("translation_id", sa.BigInteger(), nullable=True),
        sa.Column("before", JSON_DOC, nullable=True),
        sa.Column("after", JSON_DOC, nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_audit_events_nct_id", "audit_events", ["nct_id"])
    op.create_index("ix_audit_events_translation_id", "audit_events", ["translation_id"])
    statements = POSTGRES_APPEND_ONLY if op.get_bind().dialect.name == "postgresql" else SQLITE_APPEND_ONLY
    for statement in statements:
        op.execute(statement)

    op.create_table(
        "api_tokens",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", _state_enum("token_role", "reader", "editor", "admin"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True, comment="sha256 hex of the secret"),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("revoked_at", TIMESTAMP, nullable=True),
        sa.Column("last_used_at", TIMESTAMP, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("api_tokens")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_table("audit_events")
    op.drop_table("translations")
    op.drop_table("studies")

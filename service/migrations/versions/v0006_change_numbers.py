"""Studies get a change number, given at commit in commit order, that the listing's change feed follows.

Studies stored before it are numbered 1, 2, … in the order of their `updated_at` (then NCT id), and the counter
starts after the last, so a client's next ask from a number it read lists only later changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not batch mode (see 0004): a NOT NULL column with a default is added in place on SQLite too.
    op.add_column(
        "studies",
        sa.Column(
            "change",
            sa.BigInteger(),
            nullable=False,
            server_default="0",
            comment="Position in the change feed, given at commit in commit order (service.changes); 0 until then",
        ),
    )
    # UPDATE … FROM with a window: PostgreSQL and SQLite >= 3.33 both read it.
    op.execute(
        "UPDATE studies SET change = numbered.n FROM "
        "(SELECT nct_id, row_number() OVER (ORDER BY updated_at, nct_id) AS n FROM studies) AS numbered "
        "WHERE studies.nct_id = numbered.nct_id"
    )
    op.create_index("ix_studies_change", "studies", ["change", "nct_id"])
    op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO change_counter (id, value) SELECT 1, COALESCE(MAX(change), 0) FROM studies")


def downgrade() -> None:
    op.drop_table("change_counter")
    op.drop_index("ix_studies_change", table_name="studies")
    op.drop_column("studies", "change")

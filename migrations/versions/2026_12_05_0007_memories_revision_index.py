"""a covering index for recall's revision of a user's rows

Every recall request reads the revision of the user's rows (count, summed versions, latest update, rows on the
current embedding model, active rows) to know whether the user's cached pool is current. With only the
(user_pk, status, id) index the database visited every row of the user, each holding its text and vector:
about 1 ms for a user of 1,000 memories on SQLite. This index holds every column that query reads, so it is
answered from the index alone (0.25 ms measured on the same data).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["user_pk", "updated_at", "version", "status", "embedding_model"]


def upgrade() -> None:
    op.create_index("ix_memories_revision", "memories", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_memories_revision", table_name="memories")

"""partial indexes over unfinished jobs, for the worker's claim

The claim takes the oldest runnable job that no older unfinished job of its user blocks. Finished jobs pile up
(every learned message batch leaves one), and the claim used to walk them in id order: the two indexes below
hold only queued and running jobs, so a claim reads those and nothing else.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("state IN ('queued', 'running')")


def upgrade() -> None:
    op.create_index("ix_jobs_pending_id", "jobs", ["id"], sqlite_where=PENDING, postgresql_where=PENDING)
    op.create_index(
        "ix_jobs_pending_user_pk_id", "jobs", ["user_pk", "id"], sqlite_where=PENDING, postgresql_where=PENDING
    )


def downgrade() -> None:
    op.drop_index("ix_jobs_pending_user_pk_id", table_name="jobs")
    op.drop_index("ix_jobs_pending_id", table_name="jobs")

"""operator keys and idempotent message appends

- ``api_keys.operator``: a key that manages every tenant's keys (admin keys manage their own tenant's only).
- ``messages.idempotency_key``: the client's ``Idempotency-Key`` of the append that stored the message, unique
  per user, so a retried append stores nothing twice.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("operator", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("idempotency_key", sa.String(200), nullable=True))
    op.create_index("ix_messages_user_pk_idempotency_key", "messages", ["user_pk", "idempotency_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_messages_user_pk_idempotency_key", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("idempotency_key")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("operator")

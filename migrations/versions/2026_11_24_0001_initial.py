"""initial schema: users, messages, memories, memory events, jobs, profiles, vector outbox

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memory.db.types import BigIntPK, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("pk", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(64), nullable=False),
        sa.Column("external_id", sa.String(128), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_users"),
        sa.UniqueConstraint("tenant", "external_id", name="uq_users_tenant_external_id"),
    )
    op.create_table(
        "messages",
        sa.Column("id", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("session_id", sa.String(128), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_messages_user_pk_users", ondelete="CASCADE"),
    )
    op.create_index("ix_messages_user_pk_id", "messages", ["user_pk", "id"])
    op.create_table(
        "memories",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("context", sa.String(500), nullable=False),
        sa.Column("subject", sa.String(120), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("human_edited", sa.Boolean(), nullable=False),
        sa.Column("valid_from", UTCDateTime(), nullable=False),
        sa.Column("valid_to", UTCDateTime(), nullable=True),
        sa.Column("superseded_by", sa.String(36), nullable=True),
        sa.Column("related_to", sa.String(36), nullable=True),
        sa.Column("seen_count", sa.Integer(), nullable=False),
        sa.Column("use_count", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("last_used_at", UTCDateTime(), nullable=True),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("embedding_model", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memories"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_memories_user_pk_users", ondelete="CASCADE"),
    )
    op.create_index("ix_memories_user_pk_status_id", "memories", ["user_pk", "status", "id"])
    op.create_table(
        "memory_events",
        sa.Column("id", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("memory_id", sa.String(36), nullable=False),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memory_events"),
        sa.ForeignKeyConstraint(
            ["memory_id"], ["memories.id"], name="fk_memory_events_memory_id_memories", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_memory_events_user_pk_users", ondelete="CASCADE"),
    )
    op.create_index("ix_memory_events_memory_id_id", "memory_events", ["memory_id", "id"])
    op.create_index("ix_memory_events_user_pk_id", "memory_events", ["user_pk", "id"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", UTCDateTime(), nullable=False),
        sa.Column("lease_until", UTCDateTime(), nullable=True),
        sa.Column("worker_id", sa.String(128), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_jobs_user_pk_users", ondelete="CASCADE"),
    )
    op.create_index("ix_jobs_state_run_after", "jobs", ["state", "run_after"])
    op.create_index("ix_jobs_user_pk_created_at", "jobs", ["user_pk", "created_at"])
    op.create_table(
        "profiles",
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("items_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_pk", name="pk_profiles"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_profiles_user_pk_users", ondelete="CASCADE"),
    )
    op.create_table(
        "vector_outbox",
        sa.Column("id", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("partition", sa.String(200), nullable=False),
        sa.Column("memory_id", sa.String(36), nullable=True),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_vector_outbox"),
    )


def downgrade() -> None:
    op.drop_table("vector_outbox")
    op.drop_table("profiles")
    op.drop_index("ix_jobs_user_pk_created_at", table_name="jobs")
    op.drop_index("ix_jobs_state_run_after", table_name="jobs")
    op.drop_table("jobs")
    op.drop_index("ix_memory_events_user_pk_id", table_name="memory_events")
    op.drop_index("ix_memory_events_memory_id_id", table_name="memory_events")
    op.drop_table("memory_events")
    op.drop_index("ix_memories_user_pk_status_id", table_name="memories")
    op.drop_table("memories")
    op.drop_index("ix_messages_user_pk_id", table_name="messages")
    op.drop_table("messages")
    op.drop_table("users")

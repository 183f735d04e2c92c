"""what was injected into each answer, and the feedback on answers

- ``answer_memories``: the memories recall injected into the prompt an assistant message answered (the proxy
  records them; a client may report them), so feedback on that answer can find them.
- ``answer_feedback``: a rating of an answer (thumbs or 1-5) with an optional comment; memory events name it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memory.db.types import BigIntPK, UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "answer_memories",
        sa.Column("id", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("message_id", BigIntPK, nullable=False),
        sa.Column("memory_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_answer_memories"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_answer_memories_user_pk_users", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name="fk_answer_memories_message_id_messages", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_answer_memories_user_pk_message_id", "answer_memories", ["user_pk", "message_id"])
    op.create_table(
        "answer_feedback",
        sa.Column("id", BigIntPK, primary_key=True, autoincrement=True),
        sa.Column("user_pk", BigIntPK, nullable=False),
        sa.Column("message_id", BigIntPK, nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("scale", sa.String(8), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("job_id", sa.String(36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_answer_feedback"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.pk"], name="fk_answer_feedback_user_pk_users", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name="fk_answer_feedback_message_id_messages", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_answer_feedback_user_pk_id", "answer_feedback", ["user_pk", "id"])


def downgrade() -> None:
    op.drop_index("ix_answer_feedback_user_pk_id", table_name="answer_feedback")
    op.drop_table("answer_feedback")
    op.drop_index("ix_answer_memories_user_pk_message_id", table_name="answer_memories")
    op.drop_table("answer_memories")

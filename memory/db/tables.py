"""The tables. Kept in step with ``migrations/versions`` (a test compares them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from memory.db.types import BigIntPK, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("tenant", "external_id"),)

    pk: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(64), default="default")
    external_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessageRow(Base):
    """The conversation log: every turn tacit was shown, in order."""

    __tablename__ = "messages"
    __table_args__ = (Index(None, "user_pk", "id"), Index(None, "user_pk", "idempotency_key", unique=True))

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    session_id: Mapped[str | None] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The client's Idempotency-Key of the append that stored this message (unique per user; NULL when none).
    idempotency_key: Mapped[str | None] = mapped_column(String(200))


class MemoryRow(Base):
    __tablename__ = "memories"
    __table_args__ = (
        Index(None, "user_pk", "status", "id"),
        # recall's revision of a user's rows (memory.recall.reads.USER_REVISION) read from the index alone
        # (migration 0007): without it, every request visited each of the user's rows, vector and all
        Index("ix_memories_revision", "user_pk", "updated_at", "version", "status", "embedding_model"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(40))
    context: Mapped[str] = mapped_column(String(500), default="")
    subject: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="active")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    human_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_to: Mapped[datetime | None] = mapped_column(UTCDateTime)
    superseded_by: Mapped[str | None] = mapped_column(String(36))
    related_to: Mapped[str | None] = mapped_column(String(36))
    seen_count: Mapped[int] = mapped_column(Integer, default=1)
    use_count: Mapped[int] = mapped_column(Integer, default=0)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    embedding_model: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MemoryEventRow(Base):
    """Every change to a memory, with the item before and after it, who made it and why."""

    __tablename__ = "memory_events"
    __table_args__ = (Index(None, "memory_id", "id"), Index(None, "user_pk", "id"))

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    memory_id: Mapped[str] = mapped_column(ForeignKey("memories.id", ondelete="CASCADE"))
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


_PENDING = "state IN ('queued', 'running')"


class JobRow(Base):
    """Durable work (extraction and the like), claimed by workers with a lease."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index(None, "state", "run_after"),
        Index(None, "user_pk", "created_at"),
        # unfinished jobs only (migration 0006): the worker's claim reads these and no finished job
        Index("ix_jobs_pending_id", "id", sqlite_where=text(_PENDING), postgresql_where=text(_PENDING)),
        Index(
            "ix_jobs_pending_user_pk_id", "user_pk", "id", sqlite_where=text(_PENDING), postgresql_where=text(_PENDING)
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="queued")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    run_after: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    worker_id: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class VectorOutboxRow(Base):
    """An index change recorded in the same transaction as the SQL write, applied after commit.

    ``partition`` is the user's index partition key, kept here rather than a foreign key so that a
    user's deletion can still drop their vectors after their rows are gone.
    """

    __tablename__ = "vector_outbox"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    partition: Mapped[str] = mapped_column(String(200))
    memory_id: Mapped[str | None] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProfileRow(Base):
    """The human-readable profile of one user: the hash of the items it was rendered from and when they changed
    (written by a learning job), and its last rendering (written by a read; empty until the change is read)."""

    __tablename__ = "profiles"

    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"), primary_key=True)
    markdown: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    items_hash: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The LLM-written summary paragraph ("" when none) and the hash of the items it was written from.
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    summary_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ApiKeyRow(Base):
    """An API key: only its hash is kept. A key scopes every request to one tenant; admin keys manage keys."""

    __tablename__ = "api_keys"
    __table_args__ = (UniqueConstraint("key_hash"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    key_hash: Mapped[str] = mapped_column(String(64))
    prefix: Mapped[str] = mapped_column(String(16))
    admin: Mapped[bool] = mapped_column(Boolean, default=False)
    #: An operator key manages every tenant's keys; an admin key only its own tenant's.
    operator: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AnswerMemoryRow(Base):
    """A memory recall injected into the prompt that an assistant message answered (one row per memory)."""

    __tablename__ = "answer_memories"
    __table_args__ = (Index(None, "user_pk", "message_id"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    memory_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AnswerFeedbackRow(Base):
    """A user's rating of an answer: thumbs (-1 / +1) or stars (1-5), with an optional comment."""

    __tablename__ = "answer_feedback"
    __table_args__ = (Index(None, "user_pk", "id"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    rating: Mapped[int] = mapped_column(Integer)
    scale: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: the learning job a comment started ("too long" teaches like a chat turn), None without a comment
    job_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

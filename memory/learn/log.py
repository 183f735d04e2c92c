"""The conversation log. Appending turns and enqueueing their extraction job is one transaction.

An append may carry the client's idempotency key: a retry with the same key (for the same user) stores nothing
and answers with the first append's receipt, so a client that lost the answer can send again safely.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from sqlalchemy import Integer, Select, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memory.db.engine import write_tx
from memory.db.tables import JobRow, MessageRow
from memory.db.types import utcnow
from memory.errors import Conflict, InvalidInput
from memory.hygiene import Metadata, Plain, text_only
from memory.learn import jobs
from memory.learn.tenant_log import TenantLog
from memory.secrets import redact
from memory.store import queries as q
from memory.wire import MAX_TURN_CHARS

MAX_BATCH_TURNS = 500
EXTRACT_JOB = "extract"
MAX_IDEMPOTENCY_KEY = 200
SessionId = Annotated[str, StringConstraints(min_length=1, max_length=128), Plain]


def _window_statement() -> Select[MessageRow]:
    """A user's messages ``first``..``last`` and the ``context`` ones before, oldest first (bound parameters)."""
    user = bindparam("user", type_=Integer)
    earlier = (
        select(MessageRow.id)
        .where(MessageRow.user_pk == user, MessageRow.id < bindparam("first"))
        .order_by(MessageRow.id.desc())
        .limit(bindparam("context"))
        .subquery()
    )
    start = func.coalesce(select(func.min(earlier.c.id)).scalar_subquery(), bindparam("first"))
    return (
        select(MessageRow)
        .where(MessageRow.user_pk == user, MessageRow.id >= start, MessageRow.id <= bindparam("last"))
        .order_by(MessageRow.id)
    )


_WINDOW = _window_statement()


class NewTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant", "system", "tool"]
    content: str = Field(min_length=1, max_length=MAX_TURN_CHARS)
    session_id: SessionId | None = None
    timestamp: datetime | None = Field(None, description="When it was said (default: when tacit received it).")
    metadata: Metadata = Field(default_factory=dict)

    @field_validator("content")
    @classmethod
    def _text_only(cls, value: str) -> str:
        return text_only(value)

    @field_validator("timestamp")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("timestamp needs a timezone (e.g. 2026-11-24T10:00:00Z)")
        try:
            return value.astimezone(UTC) if value is not None else None
        except OverflowError as exc:
            raise ValueError("timestamp is out of range once converted to UTC") from exc


class NewTurns(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turns: list[NewTurn] = Field(min_length=1, max_length=MAX_BATCH_TURNS)
    session_id: SessionId | None = Field(None, description="Default session for turns that name none.")


class Message(BaseModel):
    id: int
    role: str
    content: str
    session_id: str | None
    created_at: datetime
    metadata: dict[str, Any]


class IngestReceipt(BaseModel):
    user_id: str
    job_id: str | None
    message_ids: list[int]
    replayed: bool = Field(
        False, description="True when the Idempotency-Key was seen before: nothing was stored, this is that receipt."
    )


def check_idempotency_key(key: str) -> str:
    """The key as given, or ``InvalidInput`` naming the header: 1 to 200 printable ASCII characters."""
    if not 0 < len(key) <= MAX_IDEMPOTENCY_KEY or not all(" " <= c <= "~" for c in key):
        raise InvalidInput(
            f"Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY} printable ASCII characters "
            f"(got {len(key)} characters); a UUID is a good key",
            "Idempotency-Key",
        )
    return key


def _to_message(row: MessageRow) -> Message:
    return Message(
        id=row.id,
        role=row.role,
        content=row.content,
        session_id=row.session_id,
        created_at=row.created_at,
        metadata=row.meta,
    )


class MessageLog(TenantLog):
    def append(
        self, user_id: str, batch: NewTurns, *, extract: bool = True, idempotency_key: str | None = None
    ) -> IngestReceipt:
        """Log the turns (creating the user on first sight) and enqueue one extraction job for them. With
        ``idempotency_key``, an append this user already made with that key is answered with its receipt
        (``replayed``) and nothing is stored; a different batch under a used key is a ``Conflict``."""
        key = check_idempotency_key(idempotency_key) if idempotency_key is not None else None
        for attempt in range(3):
            try:
                return self._append(user_id, batch, extract, key)
            except IntegrityError:
                # the user was created, or the same key used, by a concurrent append: the next try finds it
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _replay(self, s: Session, user_pk: int, key: str, user_id: str, batch: NewTurns) -> IngestReceipt | None:
        """The receipt of this user's earlier append with ``key`` (None when there was none)."""
        first = s.scalar(select(MessageRow).where(MessageRow.user_pk == user_pk, MessageRow.idempotency_key == key))
        if first is None:
            return None
        ids = list(
            s.scalars(
                select(MessageRow.id)
                .where(MessageRow.user_pk == user_pk, MessageRow.id >= first.id)
                .order_by(MessageRow.id)
                .limit(len(batch.turns))
            )
        )
        turn = batch.turns[0]
        if first.role != turn.role or first.content != self._stored(turn.content):
            raise Conflict(
                f"Idempotency-Key {key!r} was used for another batch of turns; use a new key for a new batch"
            )
        job_id = s.scalar(
            select(JobRow.id).where(
                JobRow.user_pk == user_pk,
                JobRow.kind == EXTRACT_JOB,
                JobRow.payload["first_id"].as_integer() == first.id,
            )
        )
        return IngestReceipt(user_id=user_id, job_id=job_id, message_ids=ids, replayed=True)

    def _stored(self, content: str) -> str:
        return redact(content) if self._redact else content

    def _append(self, user_id: str, batch: NewTurns, extract: bool, key: str | None) -> IngestReceipt:
        now = utcnow()
        with write_tx(self._sessions) as s:
            user, created = q.user_for_write(s, self._tenant, user_id)
            if (
                not created
                and key is not None
                and (earlier := self._replay(s, user.pk, key, user_id, batch)) is not None
            ):
                return earlier
            rows = [
                MessageRow(
                    user_pk=user.pk,
                    session_id=t.session_id or batch.session_id,
                    role=t.role,
                    content=self._stored(t.content),
                    meta=t.metadata,
                    created_at=t.timestamp or now,
                    idempotency_key=key if i == 0 else None,
                )
                for i, t in enumerate(batch.turns)
            ]
            s.add_all(rows)
            s.flush()
            ids = [r.id for r in rows]
            job_id = None
            if extract and any(t.role == "user" for t in batch.turns):
                payload = {"first_id": ids[0], "last_id": ids[-1], "session_id": batch.session_id}
                job_id = jobs.enqueue(s, user.pk, EXTRACT_JOB, payload, self._max_attempts)
        return IngestReceipt(user_id=user_id, job_id=job_id, message_ids=ids)

    def window(self, user_pk: int, first_id: int, last_id: int, context: int = 6) -> tuple[list[Message], int]:
        """The job's turns plus up to ``context`` earlier turns of the same user (for choices and
        corrections that refer back), read with one statement. Returns the messages and how many of them are
        context."""
        with self._sessions() as s:
            rows = list(
                s.scalars(_WINDOW, {"user": user_pk, "first": first_id, "last": last_id, "context": max(0, context)})
            )
        return [_to_message(r) for r in rows], sum(1 for r in rows if r.id < first_id)

    def list(self, user_id: str, *, limit: int = 100, before_id: int | None = None) -> list[Message]:
        with self._sessions() as s:
            user = q.user_row(s, self._tenant, user_id)
            stmt = select(MessageRow).where(MessageRow.user_pk == user.pk)
            if before_id is not None:
                stmt = stmt.where(MessageRow.id < before_id)
            rows = list(s.scalars(stmt.order_by(MessageRow.id.desc()).limit(limit)))
        return [_to_message(r) for r in rows]

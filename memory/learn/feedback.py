"""Feedback on an answer: a rating (thumbs or 1-5) with an optional comment.

- A down-vote without a comment lowers the confidence of the memories that were injected into that answer
  (``answer_memories`` knows which); an up-vote reinforces them. Each change is an event whose reason names
  the feedback.
- A comment ("too long") is learned from like a chat turn reacting to the answer: one job of kind
  ``feedback`` runs the extraction graph over the answer and the comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import AnswerFeedbackRow, AnswerMemoryRow, MemoryRow, MessageRow
from memory.db.types import utcnow
from memory.errors import InvalidInput, NotFound
from memory.hygiene import Plain
from memory.learn import jobs
from memory.learn.tenant_log import TenantLog
from memory.secrets import redact
from memory.store import queries as q
from memory.store import writes as w
from memory.store.convert import snapshot
from memory.store.outbox import OutboxRelay, record_sync
from memory.types import EventType, Evidence, MemoryStatus
from memory.vector.partition import partition_key

FEEDBACK_JOB = "feedback"
DOWN_STEP = 0.15  # a down-vote without a comment takes this much confidence off each injected memory
MIN_CONFIDENCE = 0.05
ACTOR = "feedback"
REPORTED_KEY = "tacit_memory_ids"  # an assistant turn's metadata may list what was injected (API clients)


class MessageNotFound(NotFound):
    def __init__(self, message_id: int) -> None:
        super().__init__(f"message {message_id} not found for this user")
        self.message_id = message_id


class NewFeedback(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_id: int = Field(ge=1, le=2**63 - 1, description="The id of the assistant's answer in the message log.")
    rating: Literal["up", "down"] | Annotated[int, Field(ge=1, le=5)] = Field(
        description="'up' or 'down', or 1-5 stars (1-2 count as down, 3 as neutral, 4-5 as up)."
    )
    comment: Annotated[str, Plain] = Field("", max_length=2000, description="What was wrong or right (optional).")


class FeedbackResult(BaseModel):
    feedback_id: int
    message_id: int
    verdict: Literal["up", "down", "neutral"]
    lowered: list[str] = Field(description="Memories whose confidence this feedback lowered.")
    reinforced: list[str] = Field(description="Memories this feedback reinforced.")
    job_id: str | None = Field(description="The job learning from the comment, if any.")


def verdict(rating: str | int) -> Literal["up", "down", "neutral"]:
    if rating == "up" or (isinstance(rating, int) and rating >= 4):
        return "up"
    if rating == "down" or (isinstance(rating, int) and rating <= 2):
        return "down"
    return "neutral"


class FeedbackService(TenantLog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        outbox: OutboxRelay,
        tenant: str = "default",
        *,
        max_attempts: int = 5,
        redact_secrets: bool = True,
    ) -> None:
        super().__init__(sessions, tenant, max_attempts=max_attempts, redact_secrets=redact_secrets)
        self._outbox = outbox

    def answered(self, user_id: str, message_id: int, memory_ids: Sequence[str]) -> None:
        """Record which memories were injected into the prompt that ``message_id`` answered."""
        if not memory_ids:
            return
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            now = utcnow()
            s.add_all(
                AnswerMemoryRow(user_pk=user.pk, message_id=message_id, memory_id=m, created_at=now)
                for m in dict.fromkeys(memory_ids)
            )

    def injected(self, s: Session, user_pk: int, message: MessageRow) -> list[str]:
        recorded = s.scalars(
            select(AnswerMemoryRow.memory_id).where(
                AnswerMemoryRow.user_pk == user_pk, AnswerMemoryRow.message_id == message.id
            )
        )
        reported = message.meta.get(REPORTED_KEY) if isinstance(message.meta, dict) else None
        extra = [m for m in reported if isinstance(m, str)] if isinstance(reported, list) else []
        return list(dict.fromkeys([*recorded, *extra]))

    def give(self, user_id: str, fb: NewFeedback) -> FeedbackResult:
        """Record the feedback and apply it, in one transaction. 404 for a message that is not this user's."""
        vote = verdict(fb.rating)
        comment = fb.comment.strip()
        lowered: list[str] = []
        reinforced: list[str] = []
        job_id = None
        partition = partition_key(self._tenant, user_id)
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            message = s.scalar(select(MessageRow).where(MessageRow.id == fb.message_id, MessageRow.user_pk == user.pk))
            if message is None:
                raise MessageNotFound(fb.message_id)
            if message.role != "assistant":
                raise InvalidInput(
                    f"message {fb.message_id} is a {message.role} turn; give the id of the assistant's answer",
                    "message_id",
                )
            scale = "thumbs" if isinstance(fb.rating, str) else "stars"
            number = (1 if fb.rating == "up" else -1) if isinstance(fb.rating, str) else fb.rating
            row = AnswerFeedbackRow(
                user_pk=user.pk,
                message_id=message.id,
                rating=number,
                scale=scale,
                comment=redact(comment) if self._redact else comment,
                created_at=utcnow(),
            )
            s.add(row)
            s.flush()
            said = f"{fb.rating} {'stars' if scale == 'stars' else ''}".strip()
            reason = f"feedback {row.id}: {said} on answer {message.id}" + (f": {row.comment[:200]}" if comment else "")
            ids = self.injected(s, user.pk, message)
            memories = (
                list(s.scalars(select(MemoryRow).where(MemoryRow.user_pk == user.pk, MemoryRow.id.in_(ids))))
                if ids
                else []
            )
            for m in sorted(memories, key=lambda r: r.id):
                if m.status != MemoryStatus.active.value or m.pinned:
                    continue
                if vote == "down" and not comment:
                    before = snapshot(m)
                    m.confidence = round(max(MIN_CONFIDENCE, m.confidence - DOWN_STEP), 4)
                    w.touch(m)
                    w.record(s, m, EventType.update, ACTOR, reason + " (no comment): confidence lowered", before)
                    lowered.append(m.id)
                elif vote == "up":
                    evidence = Evidence(message_id=message.id, quote=f"rated {said}", observed_at=utcnow())
                    w.reinforce(s, m, [evidence], ACTOR, reason)
                    reinforced.append(m.id)
            if comment:
                payload = {"answer_id": message.id, "comment": row.comment, "feedback_id": row.id}
                job_id = row.job_id = jobs.enqueue(s, user.pk, FEEDBACK_JOB, payload, self._max_attempts)
            outbox_ids = record_sync(s, partition, [*lowered, *reinforced]) if lowered or reinforced else []
            feedback_id = row.id
        self._outbox.apply(outbox_ids)
        return FeedbackResult(
            feedback_id=feedback_id,
            message_id=fb.message_id,
            verdict=vote,
            lowered=lowered,
            reinforced=reinforced,
            job_id=job_id,
        )

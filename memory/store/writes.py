"""Row-level writes inside an open transaction, each change recorded as a memory event. The store's public
methods wrap them, and so do import (:mod:`memory.transfer.service`) and feedback (:mod:`memory.learn.feedback`),
so that every writer of memory rows changes them and records them the same way."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.db.tables import MemoryEventRow, MemoryRow
from memory.db.types import utcnow
from memory.errors import Conflict, MemoryNotFound
from memory.ids import new_id
from memory.ports import Vector
from memory.store.changes import Add, Applied, Change, End, Refine, Reinforce, Supersede
from memory.store.convert import snapshot, vector_to_bytes
from memory.store.schemas import NewMemory
from memory.taxonomy.kinds import infer_kind
from memory.types import EventType, Evidence, MemoryStatus

MAX_EVIDENCE = 50


def new_row(
    user_pk: int, item: NewMemory, vector: Vector, model: str, now: datetime, row_id: str | None = None
) -> MemoryRow:
    return MemoryRow(
        id=row_id or new_id(),
        user_pk=user_pk,
        text=item.text,
        kind=(item.kind or infer_kind(item.text)).value,  # the store infers it first; a safety net here
        category=item.category,
        context=item.context,
        subject=item.subject,
        source=item.source.value,
        confidence=item.confidence,
        evidence=[e.model_dump(mode="json") for e in item.evidence][-MAX_EVIDENCE:],
        status=MemoryStatus.active.value,
        pinned=item.pinned,
        human_edited=False,
        valid_from=now,
        valid_to=None,
        superseded_by=None,
        related_to=None,
        seen_count=1,
        use_count=0,
        last_seen_at=now,
        last_used_at=None,
        embedding=vector_to_bytes(vector),
        embedding_model=model,
        version=1,
        created_at=now,
        updated_at=now,
    )


def touch(row: MemoryRow) -> None:
    row.version += 1
    row.updated_at = utcnow()


def record(
    s: Session, row: MemoryRow, type_: EventType, actor: str, reason: str, before: dict[str, Any] | None
) -> None:
    s.add(
        MemoryEventRow(
            memory_id=row.id,
            user_pk=row.user_pk,
            type=type_.value,
            actor=actor,
            reason=reason,
            before=before,
            after=snapshot(row),
            created_at=utcnow(),
        )
    )


def append_evidence(row: MemoryRow, evidence: Sequence[Evidence]) -> None:
    if evidence:
        row.evidence = [*row.evidence, *(e.model_dump(mode="json") for e in evidence)][-MAX_EVIDENCE:]


def reinforce(s: Session, row: MemoryRow, evidence: Sequence[Evidence], actor: str, reason: str) -> None:
    before = snapshot(row)
    row.seen_count += 1
    row.confidence = round(min(0.99, row.confidence + (1 - row.confidence) * 0.3), 4)
    append_evidence(row, evidence)
    row.last_seen_at = utcnow()
    touch(row)
    record(s, row, EventType.reinforce, actor, reason, before)


def end(
    s: Session, row: MemoryRow, status: MemoryStatus, actor: str, reason: str, successor: str | None = None
) -> None:
    """Mark an item deleted or superseded; it keeps its history and can be restored."""
    before = snapshot(row)
    row.status = status.value
    row.valid_to = utcnow()
    if successor is not None:
        row.superseded_by = successor
    touch(row)
    type_ = EventType.supersede if status == MemoryStatus.superseded else EventType.delete
    record(s, row, type_, actor, reason, before)


def _column_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def set_fields(row: MemoryRow, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        setattr(row, name, _column_value(value))


def unchanged(row: MemoryRow, changes: dict[str, Any]) -> bool:
    """Whether setting ``changes`` would leave the row as it is."""
    return all(getattr(row, name) == _column_value(value) for name, value in changes.items())


def apply_change(
    s: Session,
    user_pk: int,
    change: Change,
    vec: Vector | None,
    model: str,
    now: datetime,
    actor: str,
    reason: str,
) -> tuple[Applied, list[str]]:
    """Apply one learning-path change; returns what was done and the ids whose vectors changed."""
    if isinstance(change, Add):
        assert vec is not None
        row = new_row(user_pk, change.item, vec, model, now, change.new_id)
        row.related_to = change.related_to
        s.add(row)
        s.flush()
        record(s, row, EventType.add, actor, reason, None)
        return Applied("add", row.id), [row.id]
    target_id = change.old_id if isinstance(change, Supersede) else change.memory_id
    old = s.scalar(select(MemoryRow).where(MemoryRow.id == target_id, MemoryRow.user_pk == user_pk).with_for_update())
    if old is None:
        raise MemoryNotFound(target_id)
    if old.status != MemoryStatus.active:
        raise Conflict(f"memory {target_id!r} is {old.status}; only an active item can change")
    if isinstance(change, Reinforce):
        reinforce(s, old, change.evidence, actor, reason)
        return Applied("reinforce", old.id), []
    if old.pinned or old.human_edited:
        raise Conflict(f"memory {target_id!r} was set by a person; the agent may not change it")
    if isinstance(change, End):
        append_evidence(old, change.evidence)
        end(s, old, MemoryStatus.superseded, actor, reason)
        return Applied("end", old.id), [old.id]
    if isinstance(change, Refine):
        before = snapshot(old)
        set_fields(old, change.patch.model_dump(exclude_unset=True, exclude={"expected_version"}))
        if change.patch.text is not None and vec is not None:
            old.embedding = vector_to_bytes(vec)
            old.embedding_model = model
        append_evidence(old, change.evidence)
        old.seen_count += 1
        old.last_seen_at = now
        touch(old)
        record(s, old, EventType.update, actor, reason, before)
        return Applied("update", old.id), [old.id]
    assert vec is not None
    row = new_row(user_pk, change.item, vec, model, now, change.new_id)
    s.add(row)
    s.flush()
    record(s, row, EventType.add, actor, reason, None)
    end(s, old, MemoryStatus.superseded, actor, reason, successor=row.id)
    return Applied("supersede", row.id, replaced_id=old.id), [old.id, row.id]

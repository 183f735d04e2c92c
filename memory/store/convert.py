"""Rows to domain models, and the JSON snapshots kept in memory events."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import Row

from memory.db.tables import MemoryEventRow, MemoryRow, UserRow
from memory.ports import Vector
from memory.types import (
    EventType,
    Evidence,
    Memory,
    MemoryEvent,
    MemoryKind,
    MemorySource,
    MemoryStatus,
    User,
)

SNAPSHOT_FIELDS = (
    "text",
    "kind",
    "category",
    "context",
    "subject",
    "source",
    "confidence",
    "status",
    "pinned",
    "human_edited",
    "superseded_by",
    "related_to",
    "seen_count",
    "version",
)


def to_memory(row: MemoryRow | Row[Any], user_id: str) -> Memory:
    """From an ORM row, or a Core row of the memories table's columns (no ORM loading: recall's path)."""
    return Memory(
        id=row.id,
        user_id=user_id,
        text=row.text,
        kind=MemoryKind(row.kind),
        category=row.category,
        context=row.context,
        subject=row.subject,
        source=MemorySource(row.source),
        confidence=row.confidence,
        evidence=[Evidence.model_validate(e) for e in row.evidence],
        status=MemoryStatus(row.status),
        pinned=row.pinned,
        human_edited=row.human_edited,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        superseded_by=row.superseded_by,
        related_to=row.related_to,
        seen_count=row.seen_count,
        use_count=row.use_count,
        last_seen_at=row.last_seen_at,
        last_used_at=row.last_used_at,
        embedding_model=row.embedding_model,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def to_user(row: UserRow, memory_count: int = 0) -> User:
    return User(
        id=row.external_id,
        display_name=row.display_name,
        metadata=row.meta,
        created_at=row.created_at,
        memory_count=memory_count,
    )


def to_event(row: MemoryEventRow) -> MemoryEvent:
    return MemoryEvent(
        id=row.id,
        memory_id=row.memory_id,
        type=EventType(row.type),
        actor=row.actor,
        reason=row.reason,
        before=row.before,
        after=row.after,
        created_at=row.created_at,
    )


def snapshot(row: MemoryRow) -> dict[str, Any]:
    """The item's state as it reads to a person, for an event's before/after."""
    data: dict[str, Any] = {name: getattr(row, name) for name in SNAPSHOT_FIELDS}
    data["valid_to"] = row.valid_to.isoformat() if row.valid_to else None
    data["evidence_count"] = len(row.evidence)
    return data


def vector_to_bytes(vector: Vector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def bytes_to_vector(blob: bytes) -> Vector:
    return np.frombuffer(blob, dtype="<f4").astype(np.float32)

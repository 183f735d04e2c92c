"""The domain's value types: what a memory is, what changed it, what a search returns."""

from __future__ import annotations

import enum
import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from memory.errors import InvalidInput
from memory.hygiene import Plain


class MemoryKind(enum.StrEnum):
    preference = "preference"
    dislike = "dislike"
    fact = "fact"
    style = "style"
    constraint = "constraint"


class MemorySource(enum.StrEnum):
    explicit = "explicit"
    implicit = "implicit"
    feedback = "feedback"
    manual = "manual"
    import_ = "import"
    edit = "edit"  # learned from how the user changed an answer (POST /v1/users/{id}/edits)


class MemoryStatus(enum.StrEnum):
    active = "active"
    superseded = "superseded"
    deleted = "deleted"


class EventType(enum.StrEnum):
    add = "add"
    reinforce = "reinforce"
    update = "update"
    supersede = "supersede"
    delete = "delete"
    restore = "restore"


CATEGORY_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,39}$"  # stored lower-cased
USER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._@:+-]{0,127}$"
USER_ID_RULE = "1 to 128 characters: letters, digits and . _ @ : + - (the first a letter or digit)"
_USER_ID = re.compile(USER_ID_PATTERN)


def is_user_id(value: object) -> bool:
    return isinstance(value, str) and _USER_ID.fullmatch(value) is not None


def check_user_id(value: str, field: str = "user_id") -> str:
    """``value`` when it is a user id every entry point accepts (REST, proxy, middleware, CLI, import); else an
    InvalidInput naming the rule. Checked wherever a user is created, so nothing is learned for an id that the
    API could not then show, export or erase."""
    if not is_user_id(value):
        shown = repr(value[:60] + "..." if isinstance(value, str) and len(value) > 60 else value)
        raise InvalidInput(f"{field} {shown} is not a user id: {USER_ID_RULE}", field)
    return value


class Evidence(BaseModel):
    """Where a memory came from: a message id (when it came from the log) and the quoted words."""

    model_config = ConfigDict(extra="forbid")

    message_id: int | None = None
    quote: Annotated[str, Plain] = Field("", max_length=2000)
    observed_at: datetime | None = None


class User(BaseModel):
    id: str
    display_name: str
    metadata: dict[str, Any]
    created_at: datetime
    memory_count: int = 0


class Memory(BaseModel):
    id: str
    user_id: str
    text: str
    kind: MemoryKind
    category: str
    context: str
    subject: str
    source: MemorySource
    confidence: float
    evidence: list[Evidence]
    status: MemoryStatus
    pinned: bool
    human_edited: bool
    valid_from: datetime
    valid_to: datetime | None
    superseded_by: str | None
    related_to: str | None
    seen_count: int
    use_count: int
    last_seen_at: datetime
    last_used_at: datetime | None
    embedding_model: str
    version: int
    created_at: datetime
    updated_at: datetime


class MemoryEvent(BaseModel):
    id: int
    memory_id: str
    type: EventType
    actor: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    created_at: datetime


class SearchHit(BaseModel):
    """One memory found by a semantic search, with its cosine similarity to the query (-1..1)."""

    memory: Memory
    score: float


class Page(BaseModel):
    items: list[Memory]
    next_cursor: str | None


class UserPage(BaseModel):
    items: list[User]
    next_cursor: str | None

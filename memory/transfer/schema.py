"""The export document, version 1. Changing it means a new version and a new schema file."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from memory.hygiene import Metadata
from memory.types import EventType, Evidence, MemoryKind, MemorySource, MemoryStatus

SCHEMA_NAME = "tacit.export"
SCHEMA_VERSION = 1


class ExportedEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: EventType
    actor: str = Field(max_length=64)
    reason: str = ""
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    created_at: AwareDatetime


class ExportedMemory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=36)
    text: str = Field(min_length=1, max_length=100_000)
    kind: MemoryKind
    category: str = Field(max_length=40)
    context: str = Field("", max_length=500)
    subject: str = Field("", max_length=120)
    source: MemorySource
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    status: MemoryStatus
    pinned: bool = False
    human_edited: bool = False
    valid_from: AwareDatetime
    valid_to: AwareDatetime | None = None
    superseded_by: str | None = None
    related_to: str | None = None
    seen_count: int = Field(1, ge=1)
    use_count: int = Field(0, ge=0)
    last_seen_at: AwareDatetime
    last_used_at: AwareDatetime | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    history: list[ExportedEvent] = Field(default_factory=list)


class ExportedMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int
    role: Literal["user", "assistant", "system", "tool"]
    content: str
    session_id: str | None = None
    created_at: AwareDatetime
    metadata: Metadata = Field(default_factory=dict)


class ExportedUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    display_name: str = ""
    metadata: Metadata = Field(default_factory=dict)
    created_at: AwareDatetime


class ExportDocument(BaseModel):
    """Everything tacit holds about one user."""

    model_config = ConfigDict(extra="forbid", title="tacit export, version 1", populate_by_name=True)

    schema_name: Literal["tacit.export"] = Field("tacit.export", alias="schema")
    version: int = Field(SCHEMA_VERSION, description="Format version; this is version 1.")
    exported_at: AwareDatetime
    user: ExportedUser
    memories: list[ExportedMemory]
    profile_markdown: str = ""
    messages: list[ExportedMessage] | None = Field(None, description="The message log, when asked for.")

"""What callers hand the store: new items, patches, list filters. Validated by pydantic at the edge."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from memory.hygiene import Metadata, Plain
from memory.types import (
    CATEGORY_PATTERN,
    USER_ID_PATTERN,
    Evidence,
    MemoryKind,
    MemorySource,
    MemoryStatus,
)

# The configured limit (TACIT_LIMITS__MAX_TEXT_CHARS) is checked by the store; this is a hard ceiling.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100_000), Plain]
Category = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=CATEGORY_PATTERN)]
Context = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500), Plain]
UserId = Annotated[str, StringConstraints(pattern=USER_ID_PATTERN)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: UserId = Field(description="Your id for this user: letters, digits and . _ @ : - (at most 128).")
    display_name: Annotated[str, StringConstraints(max_length=200), Plain] = ""
    metadata: Metadata = Field(default_factory=dict)


class NewMemory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text = Field(description="One statement about the user, readable by a person.")
    kind: MemoryKind | None = Field(
        None, description="Left out: read from the text (an allergy is a constraint, 'dislikes ...' a dislike)."
    )
    category: Category = "general"
    context: Context = Field("", description="When it applies ('when writing to colleagues'); empty = always.")
    subject: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120), Plain] = Field(
        "", description="Short key for what it is about ('home city', 'diet'); lets a new value replace an old one."
    )
    source: MemorySource = MemorySource.manual
    confidence: Confidence = 0.9
    evidence: list[Evidence] = Field(default_factory=list, max_length=200)
    pinned: bool = False


class MemoryPatch(BaseModel):
    """Fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    text: Text | None = None
    kind: MemoryKind | None = None
    category: Category | None = None
    context: Context | None = None
    confidence: Confidence | None = None
    pinned: bool | None = None
    expected_version: int | None = Field(
        None, description="If given, the update is refused (409) unless the item is still at this version."
    )

    @model_validator(mode="before")
    @classmethod
    def _no_nulls(cls, data: Any) -> Any:
        """``null`` is not a value of any field: leaving a field out keeps it as it is."""
        if isinstance(data, dict):
            nulls = sorted(k for k, v in data.items() if v is None and k != "expected_version")
            if nulls:
                raise ValueError(f"{', '.join(nulls)} cannot be null; leave a field out to keep its value")
        return data

    def changes(self) -> dict[str, Any]:
        """The fields this patch sets, by name."""
        return self.model_dump(exclude_unset=True, exclude={"expected_version"})


class MemoryFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: list[MemoryStatus] = Field(default_factory=lambda: [MemoryStatus.active])
    kind: list[MemoryKind] = Field(default_factory=list)
    category: list[str] = Field(default_factory=list)
    source: list[MemorySource] = Field(default_factory=list)
    pinned: bool | None = None
    text_contains: str | None = Field(None, max_length=500)

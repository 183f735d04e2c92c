"""What every extractor takes and returns. The graph depends on these types only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from memory.types import MemoryKind, MemorySource

Role = Literal["user", "assistant", "system", "tool"]


class Turn(BaseModel):
    """One message of a conversation. ``message_id`` is its id in tacit's message log (None in unit tests)."""

    message_id: int | None = None
    role: Role
    content: str


class Candidate(BaseModel):
    """A memory an extractor proposes. The graph reconciles it against what is already known."""

    text: str = Field(description="Third-person statement, e.g. 'Prefers in-person classes over online courses'.")
    kind: MemoryKind
    category: str = "general"
    context: str = Field("", description="When it applies ('when emailing their manager'); empty = always.")
    source: MemorySource = MemorySource.explicit
    confidence: float = Field(0.8, ge=0.0, le=1.0)
    polarity: Literal["positive", "negative"] = "positive"
    subject: str = Field(
        "",
        description="Short key for what the statement is about ('home city', 'diet', 'answer length'), used to "
        "spot a replaced value ('lives in Munich' -> 'lives in Berlin').",
    )
    message_id: int | None = Field(None, description="The user turn it came from.")
    quote: str = Field("", description="The user's own words that reveal it.")
    ends: bool = Field(
        False,
        description="The user said this no longer holds ('I'm not vegetarian anymore' -> 'Is vegetarian'): it ends "
        "the active memory that says the same, and is never stored itself.",
    )


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            calls=self.calls + other.calls,
        )


class Extraction(BaseModel):
    candidates: list[Candidate] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


class Extractor(Protocol):
    """Reads the turns of one batch (with a little preceding context) and proposes candidates.

    Only ``user`` turns are sources; assistant turns are context (e.g. the options a user picks from).
    ``focus`` lists the indexes of the turns to extract from (the gate's choice); the others are context.
    """

    @property
    def name(self) -> str: ...

    def extract(self, turns: Sequence[Turn], focus: Sequence[int]) -> Extraction: ...


def reads_statements(extractor: object) -> bool:
    """Whether ``extractor`` tells for itself which sentences teach something (its ``reads_statements`` is True),
    so the gate may pass it every statement, terse or indirect (:func:`agents.extract.gate.gate_for`)."""
    return getattr(extractor, "reads_statements", False) is True

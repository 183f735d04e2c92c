"""What a context request carries and what comes back."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from memory.types import Memory

MIN_BUDGET = 50
MAX_BUDGET = 2000
DEFAULT_BUDGET = 400


class RequestMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["user", "assistant", "system", "tool"]
    content: str = Field(max_length=200_000)


class ContextRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    messages: list[RequestMessage] = Field(default_factory=list, max_length=1000)
    query: str | None = Field(None, max_length=20_000, description="The request, when there are no messages.")
    budget_tokens: int = Field(
        DEFAULT_BUDGET, ge=MIN_BUDGET, le=MAX_BUDGET, description="Most tokens the prefix may take."
    )
    elicit: bool = Field(
        False, description="Add one line to the prefix allowing the model one question about what tacit does not know."
    )

    @model_validator(mode="after")
    def _something_to_match(self) -> ContextRequest:
        if not self.query and not any(m.role == "user" and m.content.strip() for m in self.messages):
            raise ValueError("give a query or at least one user message")
        return self


class Chosen(BaseModel):
    memory: Memory
    score: float
    section: Literal["core", "request"]
    why: list[str]


class Unknown(BaseModel):
    """A preference dimension that matters for the request and that the user's memory does not cover."""

    dimension: str = Field(description="category.key, e.g. 'food.diet'.")
    category: str
    question: str = Field(description="A one-line question the assistant may ask.")


class ContextResult(BaseModel):
    prefix: str
    tokens: int
    items: list[Chosen]
    considered: int
    unknown: list[Unknown] = Field(
        default_factory=list, description="What the user's memory does not cover for this request's topics."
    )

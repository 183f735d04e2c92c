"""The LLM port: structured output validated by pydantic, with one repair retry on invalid output."""

from __future__ import annotations

from typing import Literal, Protocol, TypeVar

from pydantic import BaseModel

from agents.extract.types import Usage
from memory.errors import TacitError

T = TypeVar("T", bound=BaseModel)


class ChatMessage(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class LLMError(TacitError):
    """An LLM call failed. ``retryable`` tells the job queue whether trying again later may help."""

    status = 502
    code = "llm_error"
    retryable = False
    #: Tokens spent before the failure, when known (e.g. both calls of a failed repair); None otherwise.
    usage: Usage | None = None


class LLMTimeout(LLMError):
    code = "llm_timeout"
    retryable = True


class LLMRateLimited(LLMError):
    code = "llm_rate_limited"
    retryable = True


class LLMUnavailable(LLMError):
    """Connection refused, 5xx and the like."""

    code = "llm_unavailable"
    retryable = True


class LLMBadOutput(LLMError):
    """The model's answer did not validate against the schema, even after the repair retry."""

    code = "llm_bad_output"
    retryable = True


class LLM(Protocol):
    @property
    def name(self) -> str:
        """Provider name: 'anthropic', 'openai', 'scripted'."""
        ...

    @property
    def model(self) -> str: ...

    def structured(self, *, system: str, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
        """Ask for an answer matching ``schema``; validate it; on invalid output ask once more with the
        validation errors; raise :class:`LLMBadOutput` if the second answer is invalid too."""
        ...

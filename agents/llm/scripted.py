"""A deterministic stand-in LLM for tests: answers from a queue, records what it was asked."""

from __future__ import annotations

from collections import deque
from typing import NamedTuple, TypeVar

from pydantic import BaseModel

from agents.extract.types import Usage
from agents.llm.base import ChatMessage
from agents.llm.repair import RawAnswer, structured_with_repair

T = TypeVar("T", bound=BaseModel)

Scripted = BaseModel | dict[str, object] | str | Exception

DEFAULT_USAGE = Usage(input_tokens=100, output_tokens=20, calls=1)


class ScriptExhausted(RuntimeError):
    """:class:`ScriptedLLM` was called more often than answers were queued."""


class ScriptedRequest(NamedTuple):
    system: str
    messages: list[ChatMessage]
    schema_name: str


class ScriptedLLM:
    """An :class:`~agents.llm.base.LLM` that answers from a queue.

    Every underlying call (a repair retry is a second call) pops the next item: an ``Exception`` is raised;
    a pydantic model, dict or JSON string is validated like a real provider's answer, so a dict or string
    that does not match the schema exercises the repair path. Each call appends a
    :class:`ScriptedRequest` to :attr:`requests` and reports ``usage`` (100 in / 20 out by default).
    """

    def __init__(self, *answers: Scripted, model: str = "scripted-1", usage: Usage = DEFAULT_USAGE) -> None:
        self._answers: deque[Scripted] = deque(answers)
        self._model = model
        self._usage = usage
        self.requests: list[ScriptedRequest] = []

    @property
    def name(self) -> str:
        return "scripted"

    @property
    def model(self) -> str:
        return self._model

    @property
    def pending(self) -> int:
        """Answers queued and not used yet."""
        return len(self._answers)

    def enqueue(self, value: Scripted) -> None:
        """Queue the answer (or the exception) for the next call."""
        self._answers.append(value)

    def structured(self, *, system: str, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
        def ask(msgs: list[ChatMessage]) -> RawAnswer:
            self.requests.append(ScriptedRequest(system, list(msgs), schema.__name__))
            if not self._answers:
                raise ScriptExhausted(
                    f"ScriptedLLM: call #{len(self.requests)} (schema {schema.__name__}) but no answer is "
                    "queued; enqueue() one more"
                )
            value = self._answers.popleft()
            if isinstance(value, Exception):
                raise value
            return RawAnswer(value, self._usage)

        return structured_with_repair(ask, messages=messages, schema=schema)

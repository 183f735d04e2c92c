"""Claude through the Anthropic Messages API, structured output via a forced tool call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import anthropic
from anthropic.types import (
    AssistantMessageParam,
    Message,
    MessageParam,
    ToolChoiceToolParam,
    ToolParam,
    UserMessageParam,
)
from pydantic import BaseModel

from agents.extract.types import Usage
from agents.llm.base import ChatMessage
from agents.llm.errors import api_message_from_body, connection_error, error_for_status, timeout_error
from agents.llm.repair import RawAnswer, json_schema, structured_with_repair, tool_name

T = TypeVar("T", bound=BaseModel)

DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5"  # the SDK warns that claude-sonnet-4-5 reaches end-of-life 2026-11-30
PROVIDER = "anthropic"


class AnthropicLLM:
    """The :class:`~agents.llm.base.LLM` port on the Anthropic API.

    The schema becomes the ``input_schema`` of a single tool and ``tool_choice`` forces the model to call
    it; the tool call's input is the answer. The SDK's own retries are off (``max_retries=0``): retrying
    is the job queue's business, guided by the errors' ``retryable`` flag.
    """

    def __init__(
        self,
        api_key: str,
        model: str = DEFAULT_ANTHROPIC_MODEL,
        base_url: str | None = None,
        timeout_s: float = 30.0,
        max_tokens: int = 2048,
    ) -> None:
        self._model = model
        self._timeout_s = timeout_s
        self._max_tokens = max_tokens
        self._client = anthropic.Anthropic(api_key=api_key, base_url=base_url, timeout=timeout_s, max_retries=0)

    @property
    def name(self) -> str:
        return PROVIDER

    @property
    def model(self) -> str:
        return self._model

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def __enter__(self) -> AnthropicLLM:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def structured(self, *, system: str, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
        tool: ToolParam = {
            "name": tool_name(schema),
            "description": (schema.__doc__ or "").strip() or f"Record the answer as {schema.__name__}.",
            "input_schema": json_schema(schema),
        }

        def ask(msgs: list[ChatMessage]) -> RawAnswer:
            return self._ask(system, msgs, tool)

        return structured_with_repair(ask, messages=messages, schema=schema)

    def _ask(self, system: str, messages: list[ChatMessage], tool: ToolParam) -> RawAnswer:
        choice: ToolChoiceToolParam = {"type": "tool", "name": tool["name"]}
        params: list[MessageParam] = [
            UserMessageParam(role="user", content=m.content)
            if m.role == "user"
            else AssistantMessageParam(role="assistant", content=m.content)
            for m in messages
        ]
        with self._mapped_errors():
            response = self._client.messages.create(
                model=self._model,
                max_tokens=self._max_tokens,
                system=system,
                messages=params,
                tools=[tool],
                tool_choice=choice,
            )
        return _raw_answer(response, tool["name"])

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except anthropic.APITimeoutError as e:  # a subclass of APIConnectionError: check it first
            raise timeout_error(PROVIDER, self._timeout_s) from e
        except anthropic.APIConnectionError as e:
            raise connection_error(PROVIDER, f"{e.message} ({e.__cause__ or e})") from e
        except anthropic.APIStatusError as e:
            message = e.api_message or api_message_from_body(e.body) or e.message
            raise error_for_status(PROVIDER, e.status_code, message) from e
        except anthropic.APIError as e:  # e.g. a 200 whose body is not a message
            raise connection_error(PROVIDER, f"unusable response: {e.message}") from e


def _usage(response: Message) -> Usage:
    u = response.usage
    cached = (u.cache_creation_input_tokens or 0) + (u.cache_read_input_tokens or 0)
    return Usage(input_tokens=u.input_tokens + cached, output_tokens=u.output_tokens, calls=1)


def _raw_answer(response: Message, name: str) -> RawAnswer:
    usage = _usage(response)
    truncated = response.stop_reason == "max_tokens"
    for block in response.content:
        if block.type == "tool_use" and block.name == name:
            return RawAnswer(block.input, usage, truncated=truncated)
    text = "".join(block.text for block in response.content if block.type == "text")
    note = f"the model did not call the {name} tool (stop_reason={response.stop_reason})"
    return RawAnswer(text or None, usage, note, truncated=truncated)

"""Validation of a model's answer and the one repair retry, shared by every provider.

A provider only knows how to ask once (:data:`AskFn`: messages in, :class:`RawAnswer` out). This module
parses and validates that answer against the pydantic schema and, when it is invalid, asks once more
with the invalid answer and the validation errors appended to the conversation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from agents.extract.types import Usage
from agents.llm.base import ChatMessage, LLMBadOutput, LLMError

T = TypeVar("T", bound=BaseModel)

MAX_ERRORS_SHOWN = 20
MAX_ANSWER_ECHO_CHARS = 8000

_FENCE = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\n?(.*?)```", re.DOTALL)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)


@dataclass(frozen=True)
class RawAnswer:
    """One answer of a model, before validation.

    ``value`` is what the model produced: a dict (Anthropic tool input), a str (JSON text from an
    OpenAI-compatible server, possibly fenced), a pydantic model (scripted tests) or None (no answer).
    ``note`` says why the answer may be unusable; it is shown in errors. ``truncated``: the model hit its
    output token limit, so the answer is rejected even if what arrived happens to validate.
    """

    value: object
    usage: Usage
    note: str = ""
    truncated: bool = False


AskFn = Callable[[list[ChatMessage]], RawAnswer]


class InvalidAnswer(ValueError):
    """The answer did not parse or validate; ``details`` is a readable list of what is wrong."""

    def __init__(self, details: str) -> None:
        super().__init__(details)
        self.details = details


def tool_name(schema: type[BaseModel]) -> str:
    """A name for the schema usable as an Anthropic tool / OpenAI json_schema name (``[A-Za-z0-9_-]{1,64}``)."""
    return (re.sub(r"[^A-Za-z0-9_-]", "_", schema.__name__) or "answer")[:64]


def json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema the model is asked to follow."""
    return schema.model_json_schema()


def _json_text(text: str) -> str:
    """The JSON part of a text answer: drops ``<think>`` blocks and Markdown fences, then prose around
    the outermost object if the rest is not JSON."""
    text = _THINK.sub("", text).strip()
    fenced = _FENCE.search(text)
    if fenced:
        return fenced.group(1).strip()
    if text.startswith("{") or text.startswith("["):
        return text
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def format_validation_error(err: ValidationError) -> str:
    lines = []
    for e in err.errors(include_url=False)[:MAX_ERRORS_SHOWN]:
        loc = ".".join(str(p) for p in e["loc"]) or "(root)"
        lines.append(f"- {loc}: {e['msg']}")
    more = err.error_count() - MAX_ERRORS_SHOWN
    if more > 0:
        lines.append(f"- ... and {more} more")
    return "\n".join(lines)


def parse_answer(answer: RawAnswer, schema: type[T]) -> T:
    """Validate ``answer.value`` against ``schema``; raise :class:`InvalidAnswer` with readable details."""
    value = answer.value
    suffix = f" ({answer.note})" if answer.note else ""
    if answer.truncated:
        raise InvalidAnswer(f"- (root): the answer was cut off at the output token limit; answer more briefly{suffix}")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidAnswer(f"- (root): the answer was empty{suffix}")
    if isinstance(value, schema):
        return value
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        try:
            value = json.loads(_json_text(value))
        except json.JSONDecodeError as e:
            raise InvalidAnswer(f"- (root): not valid JSON: {e.msg} at line {e.lineno} column {e.colno}{suffix}") from e
    try:
        return schema.model_validate(value)
    except ValidationError as e:
        details = format_validation_error(e)
        raise InvalidAnswer(details + (f"\n- note: {answer.note}" if answer.note else "")) from e


def answer_text(value: object) -> str:
    """The invalid answer as text, to show it back to the model (shortened when huge)."""
    if isinstance(value, BaseModel):
        text = value.model_dump_json()
    elif isinstance(value, str):
        text = value
    elif value is None:
        text = "(no answer)"
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > MAX_ANSWER_ECHO_CHARS:
        text = text[:MAX_ANSWER_ECHO_CHARS] + " ...[cut]"
    return text


def repair_messages(
    messages: list[ChatMessage], invalid: RawAnswer, details: str, schema: type[BaseModel]
) -> list[ChatMessage]:
    """The conversation for the repair call: the original messages, the invalid answer as the assistant's
    turn, and a user turn with the validation errors."""
    return [
        *messages,
        ChatMessage(role="assistant", content=answer_text(invalid.value)),
        ChatMessage(
            role="user",
            content=(
                f"That answer does not match the required schema `{tool_name(schema)}`:\n{details}\n\n"
                "Answer again: the complete, corrected answer in the required format, nothing else."
            ),
        ),
    ]


def structured_with_repair(ask: AskFn, *, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
    """Ask, validate, and on invalid output ask once more with the errors.

    Returns the validated answer and the usage of all calls made. Raises :class:`LLMBadOutput` (with
    ``usage`` set) when the repaired answer is invalid too; provider errors from ``ask`` propagate.
    """
    first = ask(messages)
    try:
        return parse_answer(first, schema), first.usage
    except InvalidAnswer as e:
        first_error = e
    try:
        second = ask(repair_messages(messages, first, first_error.details, schema))
    except LLMError as e:
        if e.usage is None:
            e.usage = first.usage
        raise
    usage = first.usage + second.usage
    try:
        return parse_answer(second, schema), usage
    except InvalidAnswer as e:
        err = LLMBadOutput(
            f"answer did not match {schema.__name__} after one repair retry:\n{e.details}\n"
            f"(first answer's errors:\n{first_error.details})"
        )
        err.usage = usage
        raise err from e

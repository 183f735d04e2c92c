"""Any OpenAI-compatible chat completions server (vLLM, Ollama, llama.cpp server, LM Studio...).

Structured output via ``response_format={"type": "json_schema", ...}``; the answer is the message
content parsed as JSON (a Markdown-fenced block, as small local models like to emit, is accepted).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel

from agents.extract.types import Usage
from agents.llm.base import ChatMessage, LLMError
from agents.llm.errors import api_message_from_body, connection_error, error_for_status, timeout_error
from agents.llm.repair import RawAnswer, json_schema, structured_with_repair, tool_name

T = TypeVar("T", bound=BaseModel)

PROVIDER = "openai"
#: Sent when no key is configured: the SDK refuses to run without one, keyless local servers ignore it.
NO_KEY = "sk-no-key-required"


class OpenAICompatLLM:
    """The :class:`~agents.llm.base.LLM` port on an OpenAI-compatible ``/chat/completions`` endpoint.

    ``base_url`` includes the API prefix, e.g. ``http://localhost:11434/v1`` (Ollama) or
    ``http://localhost:8000/v1`` (vLLM). With ``model=""`` the first model the server lists under
    ``/models`` is used (resolved on the first call; vLLM and llama.cpp serve exactly one).
    The SDK's own retries are off (``max_retries=0``): retrying is the job queue's business.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str = "",
        model: str = "",
        timeout_s: float = 30.0,
        max_tokens: int | None = 2048,
        temperature: float | None = 0.0,
    ) -> None:
        self._model = model
        self._timeout_s = timeout_s
        self._max_tokens = max_tokens
        self._temperature = temperature
        self._client = openai.OpenAI(api_key=api_key or NO_KEY, base_url=base_url, timeout=timeout_s, max_retries=0)

    @property
    def name(self) -> str:
        return PROVIDER

    @property
    def model(self) -> str:
        """The model name; empty until discovered when none was configured."""
        return self._model

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def __enter__(self) -> OpenAICompatLLM:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def structured(self, *, system: str, messages: list[ChatMessage], schema: type[T]) -> tuple[T, Usage]:
        response_format: ResponseFormatJSONSchema = {
            "type": "json_schema",
            "json_schema": {"name": tool_name(schema), "schema": json_schema(schema), "strict": False},
        }

        def ask(msgs: list[ChatMessage]) -> RawAnswer:
            return self._ask(system, msgs, response_format)

        return structured_with_repair(ask, messages=messages, schema=schema)

    def _ask(self, system: str, messages: list[ChatMessage], response_format: ResponseFormatJSONSchema) -> RawAnswer:
        params: list[ChatCompletionMessageParam] = [{"role": "system", "content": system}]
        for m in messages:
            if m.role == "user":
                params.append({"role": "user", "content": m.content})
            else:
                params.append({"role": "assistant", "content": m.content})
        model = self._resolve_model()
        with self._mapped_errors():
            response = self._client.chat.completions.create(
                model=model,
                messages=params,
                response_format=response_format,
                max_tokens=openai.omit if self._max_tokens is None else self._max_tokens,
                temperature=openai.omit if self._temperature is None else self._temperature,
            )
        return _raw_answer(response)

    def _resolve_model(self) -> str:
        if not self._model:
            with self._mapped_errors():
                ids = [m.id for m in self._client.models.list().data]
            if not ids:
                raise LLMError("the OpenAI-compatible server lists no models; set one with TACIT_LLM__MODEL")
            self._model = ids[0]
        return self._model

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except openai.APITimeoutError as e:  # a subclass of APIConnectionError: check it first
            raise timeout_error(PROVIDER, self._timeout_s) from e
        except openai.APIConnectionError as e:
            raise connection_error(PROVIDER, f"{e.message} ({e.__cause__ or e})") from e
        except openai.APIStatusError as e:
            message = api_message_from_body(e.body) or e.message
            raise error_for_status(PROVIDER, e.status_code, message) from e
        except openai.APIError as e:  # e.g. a 200 whose body is not a completion
            raise connection_error(PROVIDER, f"unusable response: {e.message}") from e


def _raw_answer(response: ChatCompletion) -> RawAnswer:
    u = response.usage
    # Some servers omit usage (or its fields); count the call anyway.
    usage = Usage(
        input_tokens=(u.prompt_tokens or 0) if u else 0,
        output_tokens=(u.completion_tokens or 0) if u else 0,
        calls=1,
    )
    if not response.choices:
        return RawAnswer(None, usage, "the response had no choices")
    choice = response.choices[0]
    message = choice.message
    note = f"the model refused: {message.refusal}" if getattr(message, "refusal", None) else ""
    return RawAnswer(message.content, usage, note, truncated=choice.finish_reason == "length")

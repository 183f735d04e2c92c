"""Mapping of HTTP failures to the port's errors, shared by every HTTP provider.

The SDKs each have their own exception classes; providers catch those and call these helpers, so the
status-code policy (what is retryable) lives in one place.
"""

from __future__ import annotations

from agents.llm.base import LLMError, LLMRateLimited, LLMTimeout, LLMUnavailable


def error_for_status(provider: str, status: int, api_message: str) -> LLMError:
    """The port error for an HTTP error answer.

    429 -> :class:`LLMRateLimited`; 408 -> :class:`LLMTimeout`; 5xx (including Anthropic's 529
    "overloaded") -> :class:`LLMUnavailable`; any other status -> a non-retryable :class:`LLMError`
    (bad request, bad key, unknown model: trying again will not help).
    """
    text = f"{provider} API answered HTTP {status}: {api_message or '(no message)'}"
    if status == 429:
        return LLMRateLimited(text)
    if status == 408:
        return LLMTimeout(text)
    if status >= 500:
        return LLMUnavailable(text)
    return LLMError(text)


def timeout_error(provider: str, timeout_s: float) -> LLMTimeout:
    return LLMTimeout(f"{provider} API did not answer within {timeout_s:g} s")


def connection_error(provider: str, detail: str) -> LLMUnavailable:
    return LLMUnavailable(f"could not reach the {provider} API: {detail}")


def api_message_from_body(body: object) -> str:
    """The human-readable message of an error body.

    Handles Anthropic's ``{"type": "error", "error": {"type", "message"}}``, OpenAI's
    ``{"error": {"message", ...}}`` (the openai SDK passes the inner object), vLLM's flat
    ``{"object": "error", "message": ...}`` and plain text.
    """
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            message = inner.get("message")
            if isinstance(message, str):
                kind = inner.get("type")
                return f"{kind}: {message}" if isinstance(kind, str) and kind else message
        if isinstance(inner, str):
            return inner
    if isinstance(body, str):
        return body[:500]
    return ""

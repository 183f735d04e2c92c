"""A local stand-in for an OpenAI-compatible chat completions server.

Routes: ``POST /v1/chat/completions`` (answered from the queue) and ``GET /v1/models`` (lists
:attr:`OpenAIStub.models`). Completions are shaped like recorded responses: ``chatcmpl-...`` ids,
``object``/``created``/``model``/``system_fingerprint``, ``choices[0].message`` with ``content`` and
``refusal``, ``finish_reason``, and ``usage`` with prompt/completion/total tokens (or no ``usage`` at all,
as some local servers do). With ``"stream": true`` a queued completion is sent as ``chat.completion.chunk``
events (a role chunk, content chunks, a chunk with ``finish_reason``, a usage chunk when
``stream_options.include_usage`` is set) ending with ``data: [DONE]``.

    with OpenAIStub() as stub:
        stub.queue_json({"memories": []})
        client = openai.OpenAI(api_key="k", base_url=stub.base_url)
        ...
        assert stub.last.headers["authorization"] == "Bearer k"
"""

from __future__ import annotations

import json
import secrets
import string
import time
from collections.abc import Callable
from typing import Any

from harness.stubs.server import RecordedRequest, SSEEvent, StubReply, StubServer, chunks

_B62 = string.ascii_letters + string.digits

ERROR_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 404: "invalid_request_error"}
ERROR_CODES = {401: "invalid_api_key", 404: "model_not_found", 429: "rate_limit_exceeded"}


def new_id(prefix: str = "chatcmpl-") -> str:
    return prefix + "".join(secrets.choice(_B62) for _ in range(29))


def completion_events(completion: dict[str, Any], include_usage: bool, piece: int = 12) -> list[SSEEvent]:
    """The chunk stream a server sends for ``completion``."""
    head = {k: completion[k] for k in ("id", "created", "model", "system_fingerprint")}
    head["object"] = "chat.completion.chunk"
    usage_field: dict[str, Any] = {"usage": None} if include_usage else {}
    choice = completion["choices"][0]
    message = choice["message"]

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> SSEEvent:
        c = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return SSEEvent({**head, "choices": [c], **usage_field})

    events = [chunk({"role": "assistant", "content": "", "refusal": None})]
    if message.get("content"):
        events += [chunk({"content": p}) for p in chunks(message["content"], piece)]
    for i, call in enumerate(message.get("tool_calls") or []):
        events.append(chunk({"tool_calls": [{"index": i, **call}]}))
    events.append(chunk({}, choice["finish_reason"]))
    if include_usage and completion.get("usage"):
        events.append(SSEEvent({**head, "choices": [], "usage": completion["usage"]}))
    events.append(SSEEvent("[DONE]"))
    return events


class OpenAIStub(StubServer):
    """An OpenAI-compatible server on 127.0.0.1. Give :attr:`base_url` (ends in ``/v1``) to the SDK.

    Queue answers with :meth:`queue_completion`, :meth:`queue_json` or :meth:`queue_error`; each serves
    one completion request, as JSON or as a chunk stream as the request asks.
    """

    routes = frozenset({("POST", "/v1/chat/completions")})

    def __init__(self, models: list[str] | None = None) -> None:
        super().__init__()
        #: What ``GET /v1/models`` lists.
        self.models = models if models is not None else ["stub-model"]

    @property
    def base_url(self) -> str:
        return self.root_url + "/v1"

    def _error_body(self, status: int, message: str) -> Any:
        error_type = ERROR_TYPES.get(status, "server_error" if status >= 500 else "requests")
        return {"error": {"message": message, "type": error_type, "param": None, "code": ERROR_CODES.get(status)}}

    def _fixed_reply(self, request: RecordedRequest) -> StubReply | None:
        if (request.method, request.path) != ("GET", "/v1/models"):
            return None
        data = [{"id": m, "object": "model", "created": 1731000000, "owned_by": "stub"} for m in self.models]
        return StubReply(body={"object": "list", "data": data})

    def queue_completion(
        self,
        content: str | Callable[[RecordedRequest], str] | None,
        *,
        finish_reason: str = "stop",
        prompt_tokens: int = 311,
        completion_tokens: int = 42,
        usage: bool = True,
        tool_calls: list[dict[str, Any]] | None = None,
        model: str | None = None,
        delay_s: float = 0.0,
        event_delay_s: float = 0.0,
    ) -> None:
        """Queue one completion whose message content is ``content``. ``usage=False`` leaves ``usage`` out
        (like some local servers); ``model`` None echoes the request's model. ``content`` may be a function
        of the request (to answer about what was sent)."""

        def reply(request: RecordedRequest) -> StubReply:
            body = request.json or {}
            text = content(request) if callable(content) else content
            message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None, "annotations": []}
            if tool_calls:
                message["tool_calls"] = tool_calls
            completion: dict[str, Any] = {
                "id": new_id(),
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model or body.get("model", "stub-model"),
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}],
                "service_tier": "default",
                "system_fingerprint": "fp_" + secrets.token_hex(5),
            }
            if usage:
                completion["usage"] = {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                    "completion_tokens_details": {
                        "reasoning_tokens": 0,
                        "audio_tokens": 0,
                        "accepted_prediction_tokens": 0,
                        "rejected_prediction_tokens": 0,
                    },
                }
            headers = {"x-request-id": "req_" + secrets.token_hex(16)}
            if body.get("stream"):
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                events = completion_events(completion, include_usage)
                return StubReply(headers=headers, delay_s=delay_s, events=events, event_delay_s=event_delay_s)
            return StubReply(body=completion, headers=headers, delay_s=delay_s)

        self.enqueue(reply)

    def queue_json(self, value: Any, *, fenced: bool = False, **kwargs: Any) -> None:
        """Queue a completion whose content is ``value`` as JSON (in a ```json fence when ``fenced``)."""
        text = json.dumps(value, indent=2 if fenced else None)
        self.queue_completion(f"```json\n{text}\n```" if fenced else text, **kwargs)

    def queue_error(self, status: int, message: str, *, delay_s: float = 0.0) -> None:
        """Queue an error answer in OpenAI's ``{"error": {...}}`` shape."""
        headers = {"retry-after": "2"} if status == 429 else {}
        self.enqueue(StubReply(status=status, body=self._error_body(status, message), headers=headers, delay_s=delay_s))

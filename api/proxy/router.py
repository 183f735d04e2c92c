"""Drop-in proxy endpoints. A chat app switches to tacit by changing its base URL: tacit finds the user,
injects the memory prefix into the system prompt, forwards to the configured upstream, streams the answer
back unchanged, and observes the exchange after the response has gone out."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, BackgroundTasks, Depends, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from agents.services import Services
from api.deps import FeedbackDep, MessagesDep, RecallDep, ServicesDep, StoreDep
from api.errors import error_body
from api.proxy import echo
from api.proxy.observer import Observer
from memory import wire
from memory.errors import TacitError
from memory.learn.feedback import FeedbackService
from memory.learn.log import MessageLog, NewTurns
from memory.recall.service import RecallService
from memory.recall.types import ContextRequest, RequestMessage
from memory.store.service import MemoryStore
from memory.types import USER_ID_RULE, is_user_id

log = logging.getLogger("tacit.proxy")
router = APIRouter(tags=["proxy"])
USER_HEADER = "x-tacit-user"
HOP_HEADERS = {"content-length", "transfer-encoding", "connection", "content-encoding", "keep-alive"}


def _bad(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status)


@dataclass(frozen=True)
class Caller:
    """What one proxied request works with: the process's services and the caller's tenant-scoped ones."""

    services: Services
    recall: RecallService
    messages: MessageLog
    feedback: FeedbackService
    store: MemoryStore


def _prefix(caller: Caller, user_id: str, body: dict[str, Any], budget: int, injected: list[str]) -> str:
    """The prefix for the request; a user it names is created before the answer goes out (the exchange itself is
    observed later), so ``POST /v1/users/{id}/memories`` right after a first proxied request finds them."""
    turns = wire.conversation(body["messages"])
    prefix = ""
    if wire.has_user_text(turns):
        req = ContextRequest(messages=[RequestMessage.model_validate(t) for t in turns], budget_tokens=budget)
        prefix = caller.recall.prefix(user_id, req, picked=injected)
    if not injected:  # nothing of theirs was found: perhaps a user seen for the first time
        caller.store.ensure_known(user_id)
    return prefix


def _observe(caller: Caller, user_id: str, body: dict[str, Any], answer: str, injected: list[str]) -> None:
    """Log the request's last user turn and the answer, and enqueue learning; record which memories were
    injected into that answer (feedback on it adjusts them). Never raises."""
    turns = wire.conversation(body["messages"])
    last_user = next((t for t in reversed(turns) if t["role"] == "user"), None)
    if last_user is None:
        return
    new = [last_user] + ([{"role": "assistant", "content": answer[: wire.MAX_TURN_CHARS]}] if answer.strip() else [])
    try:
        batch = NewTurns.model_validate({"turns": new})
        receipt = caller.messages.append(user_id, batch)
        if injected and len(new) == 2:
            caller.feedback.answered(user_id, receipt.message_ids[-1], injected)
    except Exception:
        log.exception("could not observe the exchange of user %s", user_id)


def _observer(request: Request) -> Observer:
    observer: Observer | None = getattr(request.app.state, "observer", None)
    if observer is None:
        observer = request.app.state.observer = Observer()
    return observer


def _later(request: Request, background: BackgroundTasks, *args: Any) -> None:
    """Observe once the response is out, in a task of its own, so the request cycle ends at once."""
    background.add_task(_observer(request).submit, functools.partial(_observe, *args))


def _upstream(services: Services, flavor: wire.Flavor, headers: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    up = services.settings.upstream
    out = {"content-type": "application/json"}
    if flavor == "openai":
        if not up.openai_base_url:
            return None
        key = up.openai_api_key.get_secret_value()
        if key:
            out["authorization"] = f"Bearer {key}"
        elif "authorization" in headers:
            out["authorization"] = headers["authorization"]
        return up.openai_base_url.rstrip("/") + "/chat/completions", out
    if not up.anthropic_base_url:
        return None
    key = up.anthropic_api_key.get_secret_value()
    if key:
        out["x-api-key"] = key
    else:
        for name in ("x-api-key", "authorization"):
            if name in headers:
                out[name] = headers[name]
    for name, value in headers.items():
        if name.startswith("anthropic-"):
            out[name] = value
    out.setdefault("anthropic-version", "2023-06-01")
    return up.anthropic_base_url.rstrip("/") + "/v1/messages", out


async def _handle(request: Request, background: BackgroundTasks, caller: Caller, flavor: wire.Flavor) -> Response:
    services = caller.services
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _bad(400, "invalid_json", "the request body must be a JSON object")
    except RecursionError:
        return _bad(400, "invalid_json", "the request body is nested too deeply")
    messages = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
        return _bad(422, "invalid_request", "the request body must be a JSON object with a 'messages' list of objects")
    user_id = wire.user_id(body, request.headers.get(USER_HEADER), flavor)
    field = (
        "the X-Tacit-User header"
        if request.headers.get(USER_HEADER)
        else ("the request's 'user' field" if flavor == "openai" else "the request's 'metadata.user_id' field")
    )
    if user_id is None:
        return _bad(400, "no_user", f"no user id: set the X-Tacit-User header or {field}")
    if not is_user_id(user_id):
        return _bad(422, "invalid_user_id", f"{field} is not a valid user id: {USER_ID_RULE}")
    injected: list[str] = []  # the memories in the prefix, recorded with the answer
    try:
        prefix = await run_in_threadpool(
            _prefix, caller, user_id, body, services.settings.upstream.budget_tokens, injected
        )
    except TacitError as exc:
        log.warning("no memory injected for %s: %s", user_id, exc.message)
        prefix = ""
    forwarded = wire.inject(body, prefix, flavor)
    streamed = bool(body.get("stream"))
    target = _upstream(services, flavor, {k.lower(): v for k, v in request.headers.items()})
    if target is None:  # the offline echo model
        if streamed:
            chunks = list(echo.stream(forwarded, flavor))
            streamed_answer = wire.answer_of_body(b"".join(chunks), flavor, True)
            _later(request, background, caller, user_id, body, streamed_answer, injected)
            return StreamingResponse(iter(chunks), media_type="text/event-stream", background=background)
        reply = echo.respond(forwarded, flavor)
        answer = wire.answer_text(reply, flavor)
        _later(request, background, caller, user_id, body, answer, injected)
        return JSONResponse(reply, background=background)
    url, headers = target
    client: httpx.AsyncClient = request.app.state.http
    try:
        upstream = await client.send(client.build_request("POST", url, json=forwarded, headers=headers), stream=True)
    except httpx.TimeoutException:
        return _bad(504, "upstream_timeout", f"the upstream model at {url} did not answer in time")
    except httpx.HTTPError as exc:
        return _bad(502, "upstream_unreachable", f"cannot reach the upstream model at {url}: {type(exc).__name__}")
    passthrough = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS}
    if not streamed or upstream.status_code >= 400:
        try:
            payload = await upstream.aread()
        finally:
            await upstream.aclose()
        if upstream.status_code < 400:
            _later(request, background, caller, user_id, body, wire.answer_of_body(payload, flavor, False), injected)
        return Response(payload, status_code=upstream.status_code, headers=passthrough, background=background)

    seen = bytearray()

    async def relay() -> AsyncIterator[bytes]:
        try:
            async for chunk in upstream.aiter_raw():
                seen.extend(chunk)
                yield chunk
        except httpx.HTTPError as exc:  # the upstream died or went silent mid-stream: say so, in the stream
            why = "went silent past the timeout" if isinstance(exc, httpx.TimeoutException) else "broke off"
            log.error("the upstream stream from %s %s after %d bytes: %s", url, why, len(seen), type(exc).__name__)
            yield wire.stream_error(flavor, f"the upstream model at {url} {why} mid-stream", relayed=seen)
        finally:
            await upstream.aclose()

    async def observe_stream() -> None:
        answer = wire.answer_of_body(bytes(seen), flavor, True)
        await _observer(request).submit(functools.partial(_observe, caller, user_id, body, answer, injected))

    background.add_task(observe_stream)
    return StreamingResponse(relay(), status_code=upstream.status_code, headers=passthrough, background=background)


async def _caller(
    services: ServicesDep, recall: RecallDep, log: MessagesDep, feedback: FeedbackDep, store: StoreDep
) -> Caller:
    return Caller(services, recall, log, feedback, store)


CallerDep = Annotated[Caller, Depends(_caller)]


@router.post("/v1/chat/completions", summary="OpenAI-compatible proxy: memory injected, answer passed through")
async def chat_completions(request: Request, background: BackgroundTasks, caller: CallerDep) -> Response:
    return await _handle(request, background, caller, "openai")


@router.post("/v1/messages", summary="Anthropic-compatible proxy: memory injected, answer passed through")
async def messages(request: Request, background: BackgroundTasks, caller: CallerDep) -> Response:
    return await _handle(request, background, caller, "anthropic")

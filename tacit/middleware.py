"""The middleware: :func:`wrap` an Anthropic or OpenAI client so every chat call carries the user's memory.

    from tacit import Memory, wrap
    client = wrap(anthropic.Anthropic(), user_id="ana", memory=Memory())
    client.messages.create(model=..., max_tokens=..., messages=[...])   # the memory prefix is in the system prompt

``messages.create`` / ``messages.stream`` (Anthropic) and ``chat.completions.create`` /
``chat.completions.stream`` (OpenAI) get the prefix at the start of the system prompt; the response comes back
unchanged; the request's new user turn(s) and the answer are observed in the background. Everything else
passes straight through to the SDK client. If tacit is down the call goes ahead without a prefix.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from memory.types import check_user_id
from memory.wire import (
    MAX_TURN_CHARS,
    Flavor,
    Turn,
    answer_text,
    conversation,
    has_user_text,
    inject,
    new_user_turns,
)
from tacit._background import Background
from tacit._streams import AsyncObservedStream, AsyncObservedStreamManager, ObservedStream, ObservedStreamManager
from tacit._types import AsyncMemoryLike, MemoryLike

log = logging.getLogger("tacit.wrap")

C = TypeVar("C")
USER_KW = "tacit_user_id"


@dataclass(frozen=True)
class _Call:
    """One intercepted request: what goes to the SDK and what to observe afterwards."""

    kwargs: dict[str, Any]
    user_id: str
    new_turns: list[Turn]


@dataclass
class _Hook:
    """What the proxies share: the memory, the default user, the flavour, the observation queue."""

    memory: MemoryLike | AsyncMemoryLike
    user_id: str
    budget_tokens: int
    session_id: str | None
    flavor: Flavor
    background: Background = field(default_factory=Background)

    @property
    def async_memory(self) -> bool:
        return inspect.iscoroutinefunction(self.memory.context)

    def _start(self, kwargs: Mapping[str, Any]) -> tuple[dict[str, Any], str, list[Turn], list[Turn]]:
        sdk_kwargs = dict(kwargs)
        user_id = check_user_id(str(sdk_kwargs.pop(USER_KW, None) or self.user_id), USER_KW)
        messages = list(sdk_kwargs.get("messages") or [])
        if "messages" in sdk_kwargs:
            sdk_kwargs["messages"] = messages  # read once: the caller may have passed a one-shot iterable
        return sdk_kwargs, user_id, conversation(messages), new_user_turns(messages)

    def prepare(self, kwargs: Mapping[str, Any]) -> _Call:
        sdk_kwargs, user_id, turns, new = self._start(kwargs)
        prefix = ""
        if has_user_text(turns):
            try:
                memory = cast(MemoryLike, self.memory)
                prefix = memory.prefix(user_id, turns, budget_tokens=self.budget_tokens)
            except Exception as exc:
                log.warning("tacit: no memory for this call (context failed: %s: %s)", type(exc).__name__, exc)
        return _Call(inject(sdk_kwargs, prefix, self.flavor), user_id, new)

    async def aprepare(self, kwargs: Mapping[str, Any]) -> _Call:
        sdk_kwargs, user_id, turns, new = self._start(kwargs)
        prefix = ""
        if has_user_text(turns):
            try:
                if self.async_memory:
                    prefix = await cast(AsyncMemoryLike, self.memory).prefix(
                        user_id, turns, budget_tokens=self.budget_tokens
                    )
                else:
                    sync = cast(MemoryLike, self.memory)
                    prefix = await asyncio.to_thread(sync.prefix, user_id, turns, budget_tokens=self.budget_tokens)
            except Exception as exc:
                log.warning("tacit: no memory for this call (context failed: %s: %s)", type(exc).__name__, exc)
        return _Call(inject(sdk_kwargs, prefix, self.flavor), user_id, new)

    def observe(self, call: _Call, answer: str) -> None:
        """Hand the exchange to memory in the background (nothing to do when the request had no user words)."""
        if not call.new_turns:
            return
        turns: list[Turn] = [*call.new_turns]
        if answer.strip():
            turns.append({"role": "assistant", "content": answer[:MAX_TURN_CHARS]})
        what = f"the exchange of user {call.user_id!r}"
        if self.async_memory:
            amem = cast(AsyncMemoryLike, self.memory)
            self.background.submit_async(lambda: amem.observe(call.user_id, turns, self.session_id), what)
        else:
            mem = cast(MemoryLike, self.memory)
            self.background.submit(lambda: mem.observe(call.user_id, turns, self.session_id), what)


class _Passthrough:
    """Everything not defined here comes from the wrapped SDK object."""

    def __init__(self, target: Any, hook: _Hook) -> None:
        self._target = target
        self._hook = hook

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)

    def __repr__(self) -> str:
        return f"<tacit wrapped {self._target!r}>"


class _Create(_Passthrough):
    """``client.messages`` (Anthropic) or ``client.chat.completions`` (OpenAI), sync."""

    def create(self, **kwargs: Any) -> Any:
        call = self._hook.prepare(kwargs)
        result = self._target.create(**call.kwargs)
        if call.kwargs.get("stream") is True:
            return ObservedStream(result, self._hook.flavor, lambda text: self._hook.observe(call, text))
        self._hook.observe(call, answer_text(result, self._hook.flavor))
        return result

    def stream(self, **kwargs: Any) -> Any:
        call = self._hook.prepare(kwargs)
        manager = self._target.stream(**call.kwargs)
        return ObservedStreamManager(manager, self._hook.flavor, lambda text: self._hook.observe(call, text))


class _AsyncCreate(_Passthrough):
    """The same for ``AsyncAnthropic`` / ``AsyncOpenAI``."""

    async def create(self, **kwargs: Any) -> Any:
        call = await self._hook.aprepare(kwargs)
        result = await self._target.create(**call.kwargs)
        if call.kwargs.get("stream") is True:
            return AsyncObservedStream(result, self._hook.flavor, lambda text: self._hook.observe(call, text))
        self._hook.observe(call, answer_text(result, self._hook.flavor))
        return result

    def stream(self, **kwargs: Any) -> Any:
        async def start() -> tuple[Any, Callable[[str], None]]:
            call = await self._hook.aprepare(kwargs)
            return self._target.stream(**call.kwargs), lambda text: self._hook.observe(call, text)

        return AsyncObservedStreamManager(start, self._hook.flavor)


class _Chat(_Passthrough):
    """``client.chat`` of an OpenAI client: only ``completions`` is intercepted."""

    @property
    def completions(self) -> Any:
        kind = _AsyncCreate if _is_async(self._target.completions) else _Create
        return kind(self._target.completions, self._hook)


class Wrapped(_Passthrough):
    """What :func:`wrap` returns: the SDK client with its chat calls intercepted."""

    @property
    def messages(self) -> Any:
        if self._hook.flavor != "anthropic":
            return self._target.messages
        kind = _AsyncCreate if _is_async(self._target.messages) else _Create
        return kind(self._target.messages, self._hook)

    @property
    def chat(self) -> Any:
        if self._hook.flavor != "openai":
            return self._target.chat
        return _Chat(self._target.chat, self._hook)

    def with_options(self, **kwargs: Any) -> Any:
        """The SDK's ``with_options``, still wrapped (same memory, user and observation queue)."""
        return Wrapped(self._target.with_options(**kwargs), self._hook)

    def copy(self, **kwargs: Any) -> Any:
        return Wrapped(self._target.copy(**kwargs), self._hook)

    def tacit_flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until the observations handed off by this client (on threads) are done. True when all are."""
        return self._hook.background.flush(timeout)

    async def tacit_aflush(self, timeout: float | None = 5.0) -> bool:
        """Wait until all observations (threads and tasks) are done. True when all are."""
        return await self._hook.background.aflush(timeout)

    def __enter__(self) -> Wrapped:
        self._target.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._target.__exit__(*exc)

    async def __aenter__(self) -> Wrapped:
        await self._target.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._target.__aexit__(*exc)


def _is_async(resource: Any) -> bool:
    return type(resource).__name__.startswith("Async") or inspect.iscoroutinefunction(getattr(resource, "create", None))


def _flavor(client: Any) -> Flavor:
    if hasattr(client, "messages") and hasattr(getattr(client, "messages", None), "create"):
        return "anthropic"
    chat = getattr(client, "chat", None)
    if chat is not None and hasattr(getattr(chat, "completions", None), "create"):
        return "openai"
    raise TypeError(f"tacit.wrap: {type(client).__name__} is neither an Anthropic nor an OpenAI client")


def wrap(
    client: C,
    *,
    user_id: str,
    memory: MemoryLike | AsyncMemoryLike,
    budget_tokens: int = 400,
    session_id: str | None = None,
) -> C:
    """Wrap an ``anthropic.Anthropic``/``AsyncAnthropic`` or ``openai.OpenAI``/``AsyncOpenAI`` client.

    ``memory`` is a :class:`tacit.Memory`, :class:`tacit.Client` or :class:`tacit.AsyncClient` (the async one
    only with an async SDK client). ``user_id`` is the default user; a call can name another with
    ``tacit_user_id=...`` (removed before the SDK sees the arguments). ``session_id`` is logged with the
    observed turns. The result behaves like ``client`` (it is typed as it), but is not an instance of its class.
    """
    flavor = _flavor(client)
    hook = _Hook(memory, check_user_id(user_id), budget_tokens, session_id, flavor)
    resource = getattr(client, "messages") if flavor == "anthropic" else getattr(client, "chat").completions  # noqa: B009
    if hook.async_memory and not _is_async(resource):
        raise TypeError("tacit.wrap: an async memory (tacit.AsyncClient) needs an async SDK client")
    return cast(C, Wrapped(client, hook))

"""Stream wrappers: hand the caller every event/chunk of the SDK's stream unchanged, keep the answer text,
and report it once when the stream ends (read to the end, closed, or left early through ``with``).
Anything else (``.response``, ``.get_final_message()``...) passes through to the SDK object."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any

from memory.wire import Flavor, answer_text, delta_text

Done = Callable[[str], None]


class _Accumulator:
    def __init__(self, flavor: Flavor, on_done: Done) -> None:
        self._flavor = flavor
        self._on_done = on_done
        self._parts: list[str] = []
        self._finished = False

    def feed(self, item: Any) -> None:
        text = delta_text(item, self._flavor)
        if text:
            self._parts.append(text)

    def finish(self) -> None:
        if not self._finished:
            self._finished = True
            self._on_done("".join(self._parts))

    def abandon(self) -> None:
        """The stream failed: there is no answer to observe."""
        self._finished = True


class ObservedStream:
    """Wraps an SDK ``Stream`` (``create(..., stream=True)``)."""

    def __init__(self, inner: Any, flavor: Flavor, on_done: Done) -> None:
        self._inner = inner
        self._acc = _Accumulator(flavor, on_done)
        self._it: Iterator[Any] | None = None

    def __iter__(self) -> ObservedStream:
        return self

    def __next__(self) -> Any:
        if self._it is None:
            self._it = iter(self._inner)
        try:
            item = next(self._it)
        except StopIteration:
            self._acc.finish()
            raise
        except BaseException:
            self._acc.abandon()
            raise
        self._acc.feed(item)
        return item

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._acc.finish()

    def __enter__(self) -> ObservedStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __repr__(self) -> str:
        return f"<tacit observed {self._inner!r}>"


class AsyncObservedStream:
    """Wraps an SDK ``AsyncStream`` (``await create(..., stream=True)``)."""

    def __init__(self, inner: Any, flavor: Flavor, on_done: Done) -> None:
        self._inner = inner
        self._acc = _Accumulator(flavor, on_done)
        self._it: AsyncIterator[Any] | None = None

    def __aiter__(self) -> AsyncObservedStream:
        return self

    async def __anext__(self) -> Any:
        if self._it is None:
            self._it = aiter(self._inner)
        try:
            item = await anext(self._it)
        except StopAsyncIteration:
            self._acc.finish()
            raise
        except BaseException:
            self._acc.abandon()
            raise
        self._acc.feed(item)
        return item

    async def close(self) -> None:
        try:
            await self._inner.close()
        finally:
            self._acc.finish()

    async def __aenter__(self) -> AsyncObservedStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __repr__(self) -> str:
        return f"<tacit observed {self._inner!r}>"


def _snapshot_text(stream: Any, flavor: Flavor) -> str:
    name = "current_message_snapshot" if flavor == "anthropic" else "current_completion_snapshot"
    try:
        return answer_text(getattr(stream, name), flavor)
    except Exception:  # nothing received yet
        return ""


class ObservedStreamManager:
    """Wraps the SDKs' ``.stream(...)`` helpers (``with client.messages.stream(...) as s``): the caller gets
    the SDK's own stream object; on leaving the block the text received so far is observed."""

    def __init__(self, manager: Any, flavor: Flavor, on_done: Done) -> None:
        self._manager = manager
        self._flavor = flavor
        self._on_done = on_done
        self._stream: Any = None

    def __enter__(self) -> Any:
        self._stream = self._manager.__enter__()
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Any:
        text = _snapshot_text(self._stream, self._flavor) if exc is None else ""
        try:
            return self._manager.__exit__(exc_type, exc, tb)
        finally:
            if exc is None:
                self._on_done(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._manager, name)


class AsyncObservedStreamManager:
    """The async ``.stream(...)`` helpers: ``async with client.messages.stream(...) as s``. ``start`` runs on
    entering (the context call has to be awaited) and returns the SDK's manager and what to call at the end."""

    def __init__(self, start: Callable[[], Awaitable[tuple[Any, Done]]], flavor: Flavor) -> None:
        self._start = start
        self._flavor = flavor
        self._manager: Any = None
        self._on_done: Done | None = None
        self._stream: Any = None

    async def __aenter__(self) -> Any:
        self._manager, self._on_done = await self._start()
        self._stream = await self._manager.__aenter__()
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Any:
        text = _snapshot_text(self._stream, self._flavor) if exc is None else ""
        try:
            return await self._manager.__aexit__(exc_type, exc, tb)
        finally:
            if exc is None and self._on_done is not None:
                self._on_done(text)

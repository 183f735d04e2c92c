"""Observation off the request path: calls run one at a time, in the order they were handed in (so the
conversation log keeps its order), on short-lived daemon threads or, for an async memory, on event-loop
tasks. A failure is logged, never raised. At interpreter exit, pending observations get a few seconds
to finish, so a script that makes one call and exits still teaches tacit."""

from __future__ import annotations

import asyncio
import atexit
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable

log = logging.getLogger("tacit.wrap")

EXIT_GRACE_S = 5.0

_running: weakref.WeakSet[threading.Thread] = weakref.WeakSet()  # a live thread is held by `threading`
_atexit_lock = threading.Lock()
_atexit_registered = False


def _drain_at_exit() -> None:
    deadline = time.monotonic() + EXIT_GRACE_S
    for thread in list(_running):
        thread.join(max(0.0, deadline - time.monotonic()))


def _register_atexit() -> None:
    global _atexit_registered
    with _atexit_lock:
        if not _atexit_registered:
            atexit.register(_drain_at_exit)
            _atexit_registered = True


def _report(what: str, exc: BaseException) -> None:
    log.warning("tacit: could not observe %s: %s: %s", what, type(exc).__name__, exc)
    log.debug("observe failure", exc_info=exc)


class Background:
    """An ordered queue of observation calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_thread: threading.Thread | None = None
        self._last_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, call: Callable[[], object], what: str) -> None:
        """Run ``call`` on a daemon thread, after the calls submitted before it."""
        _register_atexit()
        with self._lock:
            prev = self._last_thread
            thread = threading.Thread(target=self._run, args=(prev, call, what), name="tacit-observe", daemon=True)
            self._last_thread = thread
            _running.add(thread)
            thread.start()

    @staticmethod
    def _run(prev: threading.Thread | None, call: Callable[[], object], what: str) -> None:
        if prev is not None:
            prev.join()
        try:
            call()
        except Exception as exc:
            _report(what, exc)

    def submit_async(self, call: Callable[[], Awaitable[object]], what: str) -> None:
        """Run the coroutine ``call()`` makes as a task on the running loop, after the tasks before it."""
        loop = asyncio.get_running_loop()
        prev = self._last_task
        if prev is not None and (prev.done() or prev.get_loop() is not loop):
            prev = None

        async def run() -> None:
            if prev is not None:
                await asyncio.wait({prev})
            try:
                await call()
            except Exception as exc:
                _report(what, exc)

        task = loop.create_task(run(), name="tacit-observe")
        self._last_task = task
        self._tasks.add(task)  # a strong reference until done: the loop keeps only weak ones
        task.add_done_callback(self._tasks.discard)

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait for the thread-run observations; True when none is left running."""
        thread = self._last_thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    async def aflush(self, timeout: float | None = 5.0) -> bool:
        """Wait for the observations of both kinds; True when none is left running."""
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        tasks = {t for t in self._tasks if t.get_loop() is loop}
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        left = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))
        threads_done = await asyncio.to_thread(self.flush, left)
        return threads_done and all(t.done() for t in tasks)

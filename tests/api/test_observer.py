"""The proxy's observer: bounded concurrency, every call run, errors logged, drain waits."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from api.proxy.observer import Observer


def test_observations_run_at_most_limit_at_once_and_all_finish(caplog: pytest.LogCaptureFixture) -> None:
    running = 0
    peak = 0
    done: list[int] = []
    lock = threading.Lock()

    def call(i: int) -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.01)
        with lock:
            running -= 1
            done.append(i)
        if i == 7:
            raise RuntimeError("boom")

    async def main() -> int:
        observer = Observer(limit=3)
        for i in range(40):
            await observer.submit(lambda i=i: call(i))  # type: ignore[misc]
            assert observer.in_flight <= 3
        await observer.drain()
        return observer.in_flight

    assert asyncio.run(main()) == 0
    assert sorted(done) == list(range(40))
    assert peak == 3
    assert "observation failed" in caplog.text

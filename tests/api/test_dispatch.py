"""The parent's dispatcher on its own: real sockets, the processes played by the test (no uvicorn)."""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from api.cli.dispatch import CLOSED, CONNECTION, DRAINING, READY, Dispatcher, pair

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SOCK_SEQPACKET and SCM_RIGHTS")


class Fake:
    """A process's end of the control channel: says ready, receives connections, reports closes."""

    def __init__(self, end: socket.socket) -> None:
        self.end = end
        self.held: list[socket.socket] = []

    def receive(self) -> int:
        got = 0
        self.end.setblocking(False)
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(self.end, 64, 4)
            except BlockingIOError:
                return got
            assert data == CONNECTION and len(fds) == 1
            self.held.append(socket.socket(fileno=fds[0]))
            got += 1


@pytest.fixture
def dispatcher() -> Iterator[tuple[Dispatcher, int]]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    d = Dispatcher(listener)
    yield d, listener.getsockname()[1]
    d.close()


def _attach(d: Dispatcher, slot: int) -> Fake:
    ours, theirs = pair()
    d.attach(slot, ours)
    return Fake(theirs)


def _two_ready(d: Dispatcher) -> tuple[Fake, Fake]:
    a, b = _attach(d, 0), _attach(d, 1)
    a.end.send(READY)
    b.end.send(READY)
    _until(d, lambda: len(d.counts()) == 2)
    return a, b


def _until(d: Dispatcher, done: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        d.poll(0.05)
    assert done(), f"state not reached: {d.counts()}"


def test_connections_wait_until_a_process_is_ready_then_spread_evenly(dispatcher: tuple[Dispatcher, int]) -> None:
    d, port = dispatcher
    a, b = _attach(d, 0), _attach(d, 1)
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(6)]
    d.poll(0.2)
    assert not d.waiting and a.receive() == 0, "nothing accepted before a process is ready"
    a.end.send(READY)
    _until(d, lambda: d.counts() == {0: 6})
    b.end.send(READY)
    clients += [socket.create_connection(("127.0.0.1", port)) for _ in range(6)]
    _until(d, lambda: d.counts() == {0: 6, 1: 6})
    assert a.receive() == 6 and b.receive() == 6
    for c in a.held[:4]:  # process a finished four connections
        c.close()
    a.end.send(CLOSED * 4)
    clients += [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
    _until(d, lambda: (a.receive(), b.receive()) and len(a.held) + len(b.held) == 16)
    assert len(a.held) == 10 and len(b.held) == 6, "the new connections went to the process with fewest"
    assert d.counts() == {0: 6, 1: 6}
    for c in clients:
        c.close()


def test_a_dead_process_gets_no_connections(dispatcher: tuple[Dispatcher, int]) -> None:
    d, port = dispatcher
    a, b = _two_ready(d)
    a.end.close()  # the process died
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(5)]
    _until(d, lambda: d.counts() == {1: 5})
    assert b.receive() == 5 and 0 not in d.channels
    replacement = _attach(d, 0)  # the supervisor restarted it
    replacement.end.send(READY)
    clients += [socket.create_connection(("127.0.0.1", port)) for _ in range(5)]
    _until(d, lambda: d.counts() == {0: 5, 1: 5})
    assert replacement.receive() == 5
    for c in clients:
        c.close()


def test_a_stopping_process_gets_no_new_connections(dispatcher: tuple[Dispatcher, int]) -> None:
    d, port = dispatcher
    a, b = _two_ready(d)
    a.end.send(DRAINING)  # SIGTERM: it finishes what it holds, takes nothing new
    _until(d, lambda: len(d.counts()) == 1)
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
    _until(d, lambda: d.counts() == {1: 4})
    assert a.receive() == 0 and b.receive() == 4
    for c in clients:
        c.close()

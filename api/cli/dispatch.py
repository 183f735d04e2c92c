"""Connections handed to the least busy API process: the parent of ``tacit serve --workers N`` accepts, each
process serves what it is handed.

A chatbot backend, a proxy in front or a load generator keeps a few long-lived keep-alive connections, and every
request on a connection goes to the process that took it. How connections are spread over processes is then how
the load is spread. With one shared listening socket, a process that wakes first accepts a burst (on 16 cores,
32 clients over 6 processes left one idle); with ``SO_REUSEPORT`` the kernel hashes each connection to a process,
which is uneven at these counts (24 connections over 2 processes split 15/9 as often as 12/12). Here the parent
holds the only listening socket and passes each accepted connection (``SCM_RIGHTS`` over a Unix socket pair) to
the ready process with the fewest open connections; each process reports when one of its connections closes.

Wire, one packet per message on each process's ``SOCK_SEQPACKET`` pair:

- parent → process: ``c`` with one file descriptor, a connection to serve;
- process → parent: ``R`` once it serves (start-up done), ``C`` repeated n times when n of its connections
  closed, ``D`` when it stops (SIGTERM): no more connections for it.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import selectors
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

import uvicorn

log = logging.getLogger("tacit.serve")

CONNECTION, READY, CLOSED, DRAINING = b"c", b"R", b"C", b"D"
ACCEPT_BURST = 64  # connections accepted per wake-up before the parent looks at its processes again
PACKET = 4096


def pair() -> tuple[socket.socket, socket.socket]:
    """The parent's and the process's ends of one process's control channel."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    ours.setblocking(False)
    return ours, theirs


@dataclass
class Channel:
    """The parent's view of one process: its control socket, whether it serves, how many connections it holds."""

    ctl: socket.socket
    ready: bool = False
    open: int = 0


@dataclass
class Dispatcher:
    """The parent's side: accept on ``listener``, hand each connection to the least busy ready process."""

    listener: socket.socket
    channels: dict[int, Channel] = field(default_factory=dict)
    waiting: collections.deque[socket.socket] = field(default_factory=collections.deque)
    _selector: selectors.BaseSelector = field(default_factory=selectors.DefaultSelector)
    _turn: int = 0
    _accepting: bool = False
    _closed: bool = False

    def __post_init__(self) -> None:
        self.listener.setblocking(False)

    def attach(self, slot: int, ctl: socket.socket) -> None:
        """A (re)started process in ``slot``: connections go to it once it reports ready."""
        self.detach(slot)
        self.channels[slot] = Channel(ctl)
        self._selector.register(ctl, selectors.EVENT_READ, slot)

    def detach(self, slot: int) -> None:
        channel = self.channels.pop(slot, None)
        if channel is not None:
            self._selector.unregister(channel.ctl)
            channel.ctl.close()
        self._listen_if_ready()

    def poll(self, timeout: float) -> None:
        """Wait up to ``timeout`` for connections and process reports, and handle them."""
        events = self._selector.select(timeout)
        for key, _ in events:  # reports first: a close reported before a connect is counted before it
            if key.data is not None:
                self._read(key.data)
        if any(key.data is None for key, _ in events):
            self._accept()

    def counts(self) -> dict[int, int]:
        """Open connections per ready process (slot → count)."""
        return {slot: c.open for slot, c in self.channels.items() if c.ready}

    def close(self) -> None:
        """Stop accepting; connections not yet handed over are closed (their clients retry)."""
        self._closed = True
        if self._accepting:
            self._selector.unregister(self.listener)
            self._accepting = False
        self.listener.close()
        while self.waiting:
            self.waiting.popleft().close()
        for slot in list(self.channels):
            self.detach(slot)
        self._selector.close()

    def _read(self, slot: int) -> None:
        channel = self.channels.get(slot)
        while channel is not None:
            try:
                data = channel.ctl.recv(PACKET)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:  # the process is gone; the supervisor restarts it and attaches the new one
                channel.ready = False
                self._selector.unregister(channel.ctl)
                self.channels.pop(slot).ctl.close()
                self._listen_if_ready()
                return
            channel.open = max(0, channel.open - data.count(CLOSED))
            if DRAINING in data:
                channel.ready = False
                self._listen_if_ready()
            elif READY in data and not channel.ready:
                channel.ready = True
                self._listen_if_ready()
                self._hand_waiting()

    def _drain_reports(self) -> None:
        for slot in list(self.channels):
            self._read(slot)

    def _accept(self) -> None:
        for _ in range(ACCEPT_BURST):
            try:
                conn, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError as e:  # out of descriptors, a connection reset before accept: keep serving
                log.warning("accept failed: %s", e)
                break
            self.waiting.append(conn)
        self._hand_waiting()

    def _hand_waiting(self) -> None:
        if self.waiting:
            self._drain_reports()
        while self.waiting:
            conn = self.waiting[0]
            if not self._hand(conn):
                return  # no process can take it now: it waits for one to report ready
            self.waiting.popleft()
            conn.close()  # the process holds its own descriptor now

    def _hand(self, conn: socket.socket) -> bool:
        ready = sorted(
            (slot for slot, c in self.channels.items() if c.ready),
            key=lambda s: (self.channels[s].open, (s - self._turn) % (1 + max(self.channels))),
        )
        for slot in ready:
            channel = self.channels[slot]
            try:
                socket.send_fds(channel.ctl, [CONNECTION], [conn.fileno()])
            except BlockingIOError:  # its queue of handed connections is full: try the next process
                continue
            except OSError:  # it died: the supervisor restarts it
                channel.ready = False
                continue
            channel.open += 1
            self._turn = slot + 1
            return True
        self._listen_if_ready()
        return False

    def _listen_if_ready(self) -> None:
        """Accept only while some process can serve: otherwise connections wait in the kernel's backlog."""
        want = not self._closed and any(c.ready for c in self.channels.values())
        if want and not self._accepting:
            self._selector.register(self.listener, selectors.EVENT_READ, None)
        elif not want and self._accepting:
            self._selector.unregister(self.listener)
        self._accepting = want


class HandedServer(uvicorn.Server):
    """uvicorn's server without a listening socket: it serves the connections the parent hands it over ``ctl``."""

    def __init__(self, config: uvicorn.Config, ctl: socket.socket) -> None:
        super().__init__(config)
        self._ctl = ctl
        self._unreported = 0
        self._opening: set[asyncio.Task[object]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # lifespan start-up (exits on failure), no listener
        if self.should_exit:
            return
        loop = asyncio.get_running_loop()
        factory = _reporting(self.config.http_protocol_class, self._closed)
        self._protocol: Callable[[], asyncio.Protocol] = lambda: factory(
            config=self.config, server_state=self.server_state, app_state=self.lifespan.state
        )
        self._ctl.setblocking(False)
        loop.add_reader(self._ctl.fileno(), self._receive, loop)
        self._report(READY)
        log.info("API process %d ready", os.getpid())

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().remove_reader(self._ctl.fileno())
        self._report(DRAINING)
        with contextlib.suppress(OSError):  # handed before the parent read DRAINING: closed unserved, as a
            while True:  # listening socket's backlog is when a server stops
                _, fds, _, _ = socket.recv_fds(self._ctl, PACKET, 16)
                if not fds:
                    break
                for fd in fds:
                    os.close(fd)
        await super().shutdown(sockets)

    def _receive(self, loop: asyncio.AbstractEventLoop) -> None:
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(self._ctl, PACKET, 16)
            except BlockingIOError:
                return
            if not data:  # the parent is gone (the kernel sends SIGTERM too): stop serving
                loop.remove_reader(self._ctl.fileno())
                self.should_exit = True
                return
            for fd in fds:
                conn = socket.socket(fileno=fd)
                task = loop.create_task(loop.connect_accepted_socket(self._protocol, conn))
                self._opening.add(task)
                task.add_done_callback(self._opened)

    def _opened(self, task: asyncio.Task[object]) -> None:
        self._opening.discard(task)
        if not task.cancelled() and task.exception() is not None:  # set up failed: the connection is gone
            log.warning("a handed connection could not be served: %s", task.exception())
            self._closed()

    def _closed(self) -> None:
        self._unreported += 1
        self._report(CLOSED * self._unreported)

    def _report(self, message: bytes) -> None:
        try:
            self._ctl.send(message)
        except BlockingIOError:  # the parent is behind; closes are reported with the next one
            return
        except OSError:  # the parent is gone
            return
        if message.startswith(CLOSED):
            self._unreported = 0


def _reporting(base: type[asyncio.Protocol], closed: Callable[[], None]) -> Callable[..., asyncio.Protocol]:
    """uvicorn's HTTP protocol class, reporting each closed connection."""

    class Reporting(base):  # type: ignore[valid-type,misc]
        def connection_lost(self, exc: Exception | None) -> None:
            super().connection_lost(exc)
            closed()

    return Reporting

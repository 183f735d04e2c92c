"""``tacit serve --workers N`` on Linux: N API processes behind one listening socket held by their parent.

The parent accepts every connection and hands it to the ready process with the fewest open connections
(:mod:`api.cli.dispatch`): with keep-alive clients, how connections are spread is how load is spread, and
neither uvicorn's shared socket (bursts land on whichever process wakes first) nor ``SO_REUSEPORT`` (a hash,
uneven at tens of connections) spreads them evenly.

Holding the port for the life of the group also means a port already in use is refused before any process
starts, and no other program takes the port while a process is restarted. The parent restarts a process that
dies, stops the group when a process fails to start (the same error would recur), and on SIGTERM or SIGINT
stops accepting, then stops every process gracefully (uvicorn finishes the requests in flight) and kills what
is left after ``GRACE_S``. A process whose parent dies is sent SIGTERM by the kernel.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from types import FrameType

from agents.lifetime import die_with_parent
from api.cli.dispatch import Dispatcher, pair

log = logging.getLogger("tacit.serve")

STARTUP_FAILURE = 3  # uvicorn's exit status for a process that failed before serving
GRACE_S = 30.0  # after SIGTERM, the time processes get to finish their requests before they are killed
POLL_S = 0.5  # how often the parent looks at its processes
QUICK_DEATH_S = 10.0  # a process that dies this soon after its start, RESTART_LIMIT times in a row, stops the group
RESTART_LIMIT = 5


def handing_supported() -> bool:
    """Passing connections needs SCM_RIGHTS over SOCK_SEQPACKET Unix sockets (Linux); elsewhere uvicorn's own
    supervisor runs the processes."""
    return sys.platform.startswith("linux") and hasattr(socket, "send_fds") and hasattr(socket, "SOCK_SEQPACKET")


def listen(host: str, port: int, backlog: int) -> socket.socket:
    """The group's one listening TCP socket on (host, port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    return sock


@dataclass(frozen=True)
class ProcessSpec:
    """What each API process needs to start (picklable: processes are spawned, not forked)."""

    host: str
    port: int
    log_level: str
    backlog: int = 2048


def serve_one(spec: ProcessSpec, ctl: socket.socket) -> None:
    """One API process: the app from the environment's settings, serving the connections handed over ``ctl``."""
    die_with_parent()
    import uvicorn

    from api.cli.dispatch import HandedServer

    config = uvicorn.Config(
        "api.cli.main:process_app",
        factory=True,
        host=spec.host,
        port=spec.port,
        log_level=spec.log_level,
        log_config=None,
        timeout_graceful_shutdown=int(GRACE_S) - 5,
    )
    HandedServer(config, ctl).run()


class ProcessGroup:
    """N API processes on one port; :meth:`run` blocks until the group stops and returns its exit status."""

    def __init__(self, spec: ProcessSpec, workers: int) -> None:
        self.spec = spec
        self.workers = workers
        self._stop = threading.Event()
        self._context = multiprocessing.get_context("spawn")
        self._processes: list[tuple[BaseProcess, float]] = []
        self._quick_deaths = 0
        self._signal = ""

    def run(self) -> int:
        listener = listen(self.spec.host, self.spec.port, self.spec.backlog)  # OSError (in use) before any start
        if self.spec.port == 0:  # an ephemeral port: the one the kernel gave
            self.spec = ProcessSpec(self.spec.host, listener.getsockname()[1], self.spec.log_level, self.spec.backlog)
        dispatcher = Dispatcher(listener)
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        status = 0
        try:
            log.info("serving on %s:%d with %d processes", self.spec.host, self.spec.port, self.workers)
            self._processes = [self._start(dispatcher, slot) for slot in range(self.workers)]
            checked = time.monotonic()
            while not self._stop.is_set():
                dispatcher.poll(POLL_S)
                if time.monotonic() - checked >= POLL_S:
                    checked = time.monotonic()
                    status = self._keep_alive(dispatcher)
                    if status:
                        break
            if self._signal:
                log.info("received %s: stopping %d processes", self._signal, self.workers)
        finally:
            dispatcher.close()  # no new connections from here on
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return status

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self._signal = signal.Signals(signum).name  # logged by the loop: a handler must not take logging's lock
        self._stop.set()

    def _start(self, dispatcher: Dispatcher, slot: int) -> tuple[BaseProcess, float]:
        ours, theirs = pair()
        process = self._context.Process(target=serve_one, args=(self.spec, theirs), name="tacit-api")
        process.start()
        theirs.close()  # the process holds its own copy
        dispatcher.attach(slot, ours)
        return process, time.monotonic()

    def _keep_alive(self, dispatcher: Dispatcher) -> int:
        """Restart dead processes; a nonzero status when the group must stop instead."""
        for slot, (process, started) in enumerate(self._processes):
            if process.is_alive() or self._stop.is_set():
                continue
            code = process.exitcode
            if code == STARTUP_FAILURE:
                log.error("API process %s failed to start (exit %s): stopping", process.pid, code)
                return 1
            quick = time.monotonic() - started < QUICK_DEATH_S
            self._quick_deaths = self._quick_deaths + 1 if quick else 0
            if self._quick_deaths >= RESTART_LIMIT:
                log.error("API processes keep dying within %.0f s of their start: stopping", QUICK_DEATH_S)
                return 1
            log.warning("API process %s exited (%s): starting another", process.pid, code)
            self._processes[slot] = self._start(dispatcher, slot)
        return 0

    def _stop_all(self) -> None:
        for process, _ in self._processes:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + GRACE_S
        for process, _ in self._processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                log.warning("API process %s did not stop in %.0f s: killing it", process.pid, GRACE_S)
                process.kill()
                process.join()

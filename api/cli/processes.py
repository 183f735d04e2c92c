"""``tacit serve --workers N`` on Linux: N API processes, each listening on the same port with its own socket.

uvicorn's own supervisor binds one socket and hands it to every process. Each process then accepts in bursts
when it wakes, so a handful of long-lived keep-alive connections (a chatbot backend's pool, a load generator)
lands on a few processes: on 16 cores, 32 clients over 6 processes left one process idle and five saturated
(``bench/results/load_16core_postgres.json``). With ``SO_REUSEPORT`` every process binds its own listening
socket and the kernel hashes each new connection to one of them, so connections spread evenly from the first
one on (what nginx's ``reuse_port`` and gunicorn's ``--reuse-port`` do).

The parent holds the port bound (not listening, so it gets no connections) for the life of the group: a port
already in use is refused before any process starts, and no other program takes the port while a process is
restarted. It restarts a process that dies, stops the group when a process fails to start (the same error
would recur), and on SIGTERM or SIGINT stops every process gracefully (uvicorn finishes the requests in
flight), then kills what is left after ``GRACE_S``. A process whose parent dies is sent SIGTERM by the kernel.
"""

from __future__ import annotations

import ctypes
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

log = logging.getLogger("tacit.serve")

STARTUP_FAILURE = 3  # uvicorn's exit status for a process that failed before serving
GRACE_S = 30.0  # after SIGTERM, the time processes get to finish their requests before they are killed
POLL_S = 0.5  # how often the parent looks at its processes
QUICK_DEATH_S = 10.0  # a process that dies this soon after its start, RESTART_LIMIT times in a row, stops the group
RESTART_LIMIT = 5
_PR_SET_PDEATHSIG = 1


def reuse_port_supported() -> bool:
    """Linux spreads connections over sockets bound with SO_REUSEPORT; elsewhere the option does not balance."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEPORT, not yet listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
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


def serve_one(spec: ProcessSpec) -> None:
    """One API process: its own listening socket on the shared port, the app from the environment's settings."""
    _die_with_parent()
    import uvicorn

    sock = bind(spec.host, spec.port)
    config = uvicorn.Config(
        "api.cli.main:process_app",
        factory=True,
        host=spec.host,
        port=spec.port,
        log_level=spec.log_level,
        log_config=None,
        backlog=spec.backlog,
        timeout_graceful_shutdown=int(GRACE_S) - 5,
    )
    uvicorn.Server(config).run(sockets=[sock])


def _die_with_parent() -> None:
    """Ask the kernel for SIGTERM when the parent dies (a SIGKILLed parent cannot stop its processes)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the parent's graceful stop still applies
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


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
        reserved = bind(self.spec.host, self.spec.port)  # OSError (in use) before anything starts
        if self.spec.port == 0:  # an ephemeral port: the one the kernel gave, for every process
            self.spec = ProcessSpec(self.spec.host, reserved.getsockname()[1], self.spec.log_level, self.spec.backlog)
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        status = 0
        try:
            log.info("serving on %s:%d with %d processes (SO_REUSEPORT)", self.spec.host, self.spec.port, self.workers)
            self._processes = [self._start() for _ in range(self.workers)]
            while not self._stop.wait(POLL_S):
                status = self._keep_alive()
                if status:
                    break
            if self._signal:
                log.info("received %s: stopping %d processes", self._signal, self.workers)
        finally:
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            reserved.close()
        return status

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self._signal = signal.Signals(signum).name  # logged by the loop: a handler must not take logging's lock
        self._stop.set()

    def _start(self) -> tuple[BaseProcess, float]:
        process = self._context.Process(target=serve_one, args=(self.spec,), name="tacit-api")
        process.start()
        return process, time.monotonic()

    def _keep_alive(self) -> int:
        """Restart dead processes; a nonzero status when the group must stop instead."""
        for i, (process, started) in enumerate(self._processes):
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
            self._processes[i] = self._start()
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

"""`tacit serve --workers N` on Linux: the parent holds the only listening socket and hands each connection to
the process with the fewest open ones; a dead process is replaced; SIGTERM stops the group; a port in use is
refused with a clear error. Connections are traced to processes through /proc (Linux only)."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from harness.backends import ChromaServer
from harness.procs import TACIT, env_for, free_port

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="handing connections over is Linux's")

LISTEN, ESTABLISHED = "0A", "01"
NOT_LISTENING = frozenset(f"{n:02X}" for n in range(1, 12)) - {LISTEN}  # every TCP state of an accepted socket


def _sockets(port: int) -> list[tuple[str, int, str]]:
    """(state, peer port, inode) of every IPv4 TCP socket whose local port is ``port``."""
    out = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        f = line.split()
        local, remote, state, inode = f[1], f[2], f[3], f[9]
        if int(local.split(":")[1], 16) == port:
            out.append((state, int(remote.split(":")[1], 16), inode))
    return out


def _inodes(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(p) for p in text.split()]


def _peers(pid: int, port: int, states: frozenset[str] = frozenset({ESTABLISHED})) -> set[int]:
    """The client-side ports of the connections on ``port`` in one of ``states`` that process ``pid`` holds."""
    accepted = {inode: peer for state, peer, inode in _sockets(port) if state in states}
    return {accepted[i] for i in _inodes(pid) if i in accepted}


def _held(pids: list[int], port: int, conns: list[socket.socket]) -> dict[int, int]:
    """How many of ``conns`` each process holds."""
    ours = {c.getsockname()[1] for c in conns}
    return {pid: len(_peers(pid, port) & ours) for pid in pids}


class Group:
    def __init__(self, tmp_path: Path, chroma: ChromaServer, workers: int) -> None:
        self.port = free_port()
        self.workers = workers
        self.log = tmp_path / "serve.log"
        env = env_for(tmp_path / "data") | {"TACIT_CHROMA_URL": chroma.url, "TACIT_WORKER__IN_PROCESS": "false"}
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [TACIT, "serve", "--port", str(self.port), "--workers", str(workers)],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, timeout: float = 180, avoid: frozenset[int] = frozenset()) -> list[int]:
        """Wait until ``workers`` live processes (none of ``avoid``) said they serve and /readyz answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()[-3000:]
            said = {int(p) for p in re.findall(r"API process (\d+) ready", self.log.read_text())}
            found = sorted(said & set(_children(self.proc.pid)) - avoid)
            if len(found) == self.workers:
                try:
                    if httpx.get(f"http://127.0.0.1:{self.port}/readyz", timeout=5).status_code == 200:
                        return found
                except httpx.HTTPError:
                    pass
            time.sleep(0.2)
        raise TimeoutError(f"{self.workers} processes not ready: {self.log.read_text()[-3000:]}")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(90)


@pytest.fixture
def group(tmp_path: Path, chroma_server: ChromaServer) -> Iterator[Group]:
    g = Group(tmp_path, chroma_server, workers=2)
    yield g
    if g.proc.poll() is None:
        g.proc.kill()
        g.proc.wait(30)


def _get(conn: socket.socket, port: int) -> bytes:
    conn.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        assert chunk, "the server closed the connection"
        data += chunk
    return data


def _connect(n: int, port: int) -> list[socket.socket]:
    conns = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(n)]
    for c in conns:  # every connection served (kept alive), so each sits in the process it was handed to
        assert _get(c, port).startswith(b"HTTP/1.1 200")
    return conns


def test_connections_go_to_the_process_with_fewest(group: Group) -> None:
    pids = group.wait_ready()
    listening = {inode for state, _, inode in _sockets(group.port) if state == LISTEN}
    assert len(listening) == 1 and listening <= _inodes(group.proc.pid), "only the parent listens"
    assert not any(_inodes(pid) & listening for pid in pids)
    first = _connect(24, group.port)
    try:
        held = _held(pids, group.port, first)
        assert held == dict.fromkeys(pids, 12), f"connections by process: {held}"  # a hash splits 24 unevenly
        emptied = pids[0]
        closing = _peers(emptied, group.port)
        gone = [c for c in first if c.getsockname()[1] in closing]
        for c in gone:
            c.close()
        # A socket the client closed leaves ESTABLISHED at once (CLOSE_WAIT) but stays the process's until it
        # sees the close, tells the parent, and lets go of it: wait for that, in any state.
        deadline = time.monotonic() + 60
        while _peers(emptied, group.port, NOT_LISTENING) & closing and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _peers(emptied, group.port, NOT_LISTENING) & closing, "the process let go of the closed ones"
        kept = [c for c in first if c not in gone]
        second = _connect(12, group.port)
        try:
            now = _held(pids, group.port, kept + second)
            assert now == dict.fromkeys(pids, 12), f"new connections go to the emptied process: {now}"
        finally:
            for c in second:
                c.close()
    finally:
        for c in first:
            c.close()
    assert group.stop() == 0


def test_a_dead_process_is_replaced_and_sigterm_stops_the_group(group: Group) -> None:
    first = group.wait_ready()
    victim = min(first)
    subprocess.run(["kill", "-9", str(victim)], check=True)
    again = group.wait_ready(avoid=frozenset({victim}))
    assert victim not in again and len(again) == 2
    assert "exited" in group.log.read_text()
    assert group.stop() == 0
    assert not [pid for pid in again if Path(f"/proc/{pid}").exists()], "the group's processes are gone"


def test_a_port_in_use_is_refused(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = env_for(tmp_path / "data") | {"TACIT_CHROMA_URL": "http://127.0.0.1:9"}
        out = subprocess.run(
            [TACIT, "serve", "--port", str(port), "--workers", "2"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert out.returncode == 2, out.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in out.stderr and "in use" in out.stderr


def test_processes_exit_when_the_parent_is_killed(group: Group) -> None:
    children = group.wait_ready()
    group.proc.kill()  # SIGKILL: the parent cannot stop its processes; the kernel tells them (PR_SET_PDEATHSIG)
    group.proc.wait(30)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.2)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()], "orphaned API processes"

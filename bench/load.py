"""Load: throughput and tail latency of the context and proxy endpoints under N concurrent clients, against real
``tacit serve`` processes on 127.0.0.1.

Set-ups (``--setup``):

* ``embedded``: the defaults, SQLite + embedded Chroma in a fresh data dir, one API process (``--workers 1``;
  ``tacit serve`` refuses more: embedded Chroma is single-process);
* ``postgres``: a throwaway PostgreSQL cluster and a ``chroma run`` server, both on 127.0.0.1 and started the
  way the integration tests start them (``harness/backends.py``), served with each of ``--processes`` (default
  1 and 2 API processes, ``tacit serve --workers N``).

Each set-up is seeded through the store itself (``MemoryStore.add_many``, one batch per user): ``--users``
users with ``--memories`` memories each (two of them constraint/style items, which recall always injects),
texts drawn with a seed from a few hundred generated preference statements. The embedder is wrapped in a
cache holding those texts' real embeddings (computed once), so seeding costs SQL and index writes, not
embedding. Then ``tacit serve`` starts as a subprocess, every user is requested once (each user's first
request opens their index partition), and for each endpoint and each ``--clients`` count a closed loop runs:
N clients, each sending its next request as soon as the previous answer is in, bounded by ``--seconds`` and
``--requests``, after ``--warmup`` seconds of the same load that are not counted. Endpoints:

* ``context``: ``POST /v1/users/{user}/context`` with ``{"query": ..., "budget_tokens": 400}``;
* ``proxy``: ``POST /v1/chat/completions`` (header ``X-Tacit-User``, a system and a user message) through the
  proxy to the offline echo model (the embedded default upstream), or with ``--upstream stub`` to the
  OpenAI-compatible stub (``harness/stubs/openai_api.py``) running in its own process. The proxy logs each
  exchange and enqueues its learning job; the learning worker is off by default (``--learning`` keeps it on)
  so that extraction, which costs more than the request itself, does not run beside the measurement.

Requests are a fixed list of a few hundred generated request texts (templates x slots, drawn with
``--seed``), paired with random users. Since they repeat, the server keeps no recent vectors unless
``--recent-texts`` says so: every request pays its embedding, as unrepeated production traffic does. Errors
are transport errors, timeouts, non-200 answers and bodies without the expected field; latencies are over the
successful requests.

The client is one asyncio process speaking HTTP/1.1 over raw keep-alive sockets (no HTTP library), so it
stays light; on a 2-core machine it still competes with the server for the CPU. Each row says how much CPU
every party used during the timed window (client, tacit processes, PostgreSQL, Chroma, the stub), read
from ``/proc``, as a share of one core and per request.

Comparing two versions of the code: ``--compare before=DIR,after=DIR --rounds 3`` seeds once, then serves the same
data with each source tree in turn (``PYTHONPATH=DIR``, the same venv), alternating round after round, so both see
the same machine load; the report gives each round's ratio (after / before) of req/s and p99.

Run the full measurement: ``python -m bench.load`` (``--setup both``; writes ``bench/results/load.json``).
Smoke: ``python -m bench.load --quick`` (writes ``bench/results/load_quick.json``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import multiprocessing
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from numpy.typing import NDArray

RESULTS = Path(__file__).resolve().parent / "results"
TACIT = str(Path(sys.executable).with_name("tacit"))
HOST = "127.0.0.1"
BUDGET = 400
SYSTEM = "You are a helpful assistant."
ANSWER = "Here is a short answer from the stub upstream model."
CLK_TCK = os.sysconf("SC_CLK_TCK")

# -- generated texts ------------------------------------------------------------------------------------------
# (things one asks for, things one likes) per domain: requests are templates x things x occasions, memories
# are statements x things liked.
DOMAINS: dict[str, tuple[list[str], list[str]]] = {
    "food": (
        ["a dinner recipe", "a lunch spot", "a dessert to bake", "a quick breakfast", "a snack for the office"],
        ["spicy Thai curries", "fresh sushi", "homemade pasta", "vegan burgers", "dark chocolate", "strong coffee"],
    ),
    "travel": (
        ["a city break", "a hiking trip", "a beach holiday", "a train journey", "a hotel"],
        ["window seats", "night trains", "small boutique hotels", "mountain huts", "quiet beaches", "road trips"],
    ),
    "books": (
        ["a novel", "a non-fiction book", "an audiobook", "a podcast", "a comic"],
        ["hard science fiction", "long fantasy series", "history books", "crime novels", "poetry", "biographies"],
    ),
    "fitness": (
        ["a workout plan", "a running route", "a yoga routine", "a gym program", "a stretching session"],
        ["early morning runs", "strength training", "swimming laps", "cycling to work", "climbing", "pilates"],
    ),
    "tech": (
        ["a laptop", "a phone", "a pair of headphones", "a note-taking app", "a keyboard"],
        ["Linux", "open-source software", "mechanical keyboards", "long battery life", "small phones", "e-ink"],
    ),
    "home": (
        ["a sofa", "a houseplant", "a paint colour for the bedroom", "a desk lamp", "a rug"],
        ["Scandinavian furniture", "light wood", "warm lighting", "minimalist rooms", "big plants", "vintage decor"],
    ),
    "music": (
        ["an album", "a concert", "a playlist for focus", "a new band", "a record player"],
        ["jazz piano", "90s hip hop", "classical guitar", "electronic music", "folk songs", "live recordings"],
    ),
    "work": (
        ["a way to plan my week", "a meeting agenda", "a course to take", "a time-tracking method", "a new job"],
        ["remote work", "few meetings", "written updates", "deep work mornings", "pair programming", "kanban"],
    ),
}
REQUEST_TEMPLATES = (
    "Can you suggest {thing} {when}?",
    "What would you recommend as {thing} {when}?",
    "I need {thing} {when}. Any ideas?",
    "Help me pick {thing} {when}, please.",
    "What's a good option for {thing} {when}?",
)
OCCASIONS = ("this weekend", "for next month", "tonight", "for my birthday", "on a tight budget", "for a friend")
MEMORY_TEMPLATES = ("I really like {like}.", "I usually avoid {like}.", "I prefer {like} whenever I can.")
CORE = (
    ("constraint", "I am allergic to peanuts; never suggest anything that contains them."),
    ("style", "Keep answers short and to the point."),
    ("constraint", "I am vegetarian."),
    ("style", "Use metric units."),
)


def request_texts(n: int, seed: int) -> list[str]:
    """``n`` distinct request texts, drawn with ``seed`` from every template x thing x occasion."""
    every = [
        t.format(thing=thing, when=when)
        for things, _ in DOMAINS.values()
        for thing in things
        for t in REQUEST_TEMPLATES
        for when in OCCASIONS
    ]
    return random.Random(seed).sample(every, min(n, len(every)))


def memory_texts() -> list[str]:
    return [t.format(like=like) for _, likes in DOMAINS.values() for like in likes for t in MEMORY_TEMPLATES]


# -- CPU accounting from /proc --------------------------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            out.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return out


def _tree(root: int, children: dict[int, list[int]]) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += children.get(pid, [])
    return pids


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime + stime, plus cutime + cstime: children that exited and were reaped (PostgreSQL backends end
    # with their connections) move their time to the parent, so without these a tree's total could fall
    return sum(int(f) for f in fields[11:15]) / CLK_TCK


def cpu_snapshot(roots: dict[str, int]) -> tuple[dict[str, float], dict[int, float]]:
    """CPU seconds used so far by each named process tree and by this (client) process; and by each process
    of the ``tacit`` tree (to see how the load spreads over the API processes)."""
    children = _children()
    per_pid = {p: _cpu_s(p) for name, pid in roots.items() for p in _tree(pid, children)}
    snap = {name: sum(per_pid[p] for p in _tree(pid, children)) for name, pid in roots.items()}
    snap["client"] = time.process_time()
    return snap, {p: per_pid[p] for p in _tree(roots["tacit"], children)} if "tacit" in roots else {}


def connections_by_process(port: int, root: int) -> list[int]:
    """How many established connections to ``port`` each process of the ``root`` tree holds, most first (how
    the clients' keep-alive connections were spread over the API processes)."""
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                f = line.split()
                if f[3] == "01" and int(f[1].rsplit(":", 1)[1], 16) == port:
                    established.add(f"socket:[{f[9]}]")
    counts = []
    for pid in _tree(root, _children()):
        with contextlib.suppress(OSError):
            held = sum(1 for fd in Path(f"/proc/{pid}/fd").iterdir() if os.readlink(fd) in established)
            if held:
                counts.append(held)
    return sorted(counts, reverse=True)


# -- the HTTP client: raw keep-alive sockets, one asyncio loop ------------------------------------------------
class HttpError(Exception):
    pass


class Connection1:
    """One HTTP/1.1 keep-alive connection (reconnects after an error or a ``connection: close``)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, path: str, body: bytes, headers: str = "") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        assert self.reader is not None
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{headers}\r\n".encode()
            + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lines = head.decode("latin-1").lower().split("\r\n")
        length, chunked, close = None, False, False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            value = value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding":
                chunked = "chunked" in value
            elif name == "connection":
                close = value == "close"
        if length is not None:
            payload = await self.reader.readexactly(length)
        elif chunked:
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                parts.append((await self.reader.readexactly(size + 2))[:-2])
            payload = b"".join(parts)
        else:
            raise HttpError("response without a length")
        if close:
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Endpoint:
    name: str
    expect: bytes  # a field every good answer has

    def build(self, user: str, text: str) -> tuple[str, bytes, str]:
        """(path, body, extra headers) of one request."""
        if self.name == "context":
            body = {"query": text, "budget_tokens": BUDGET}
            return f"/v1/users/{user}/context", json.dumps(body).encode(), ""
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
        body2 = {"model": "load-test", "messages": messages}
        return "/v1/chat/completions", json.dumps(body2).encode(), f"X-Tacit-User: {user}\r\n"


ENDPOINTS = {"context": Endpoint("context", b'"prefix"'), "proxy": Endpoint("proxy", b'"choices"')}


@dataclass
class LoopResult:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    wall_s: float = 0.0


async def closed_loop(
    conns: list[Connection1],
    endpoint: Endpoint,
    seconds: float,
    max_requests: int,
    work: Iterator[tuple[str, str]],
    timeout_s: float,
    ramp_s: float = 0.0,
) -> LoopResult:
    """One client per connection in ``conns``, each sending its next request when its last answer is in,
    until ``seconds`` have passed or ``max_requests`` were sent. With ``ramp_s`` the clients start one after
    another over that time (a client connects on its first request)."""
    result = LoopResult()
    sent = 0
    start = time.perf_counter()
    deadline = start + seconds

    async def client(i: int, conn: Connection1) -> None:
        nonlocal sent
        await asyncio.sleep(ramp_s * i / len(conns))
        while sent < max_requests and time.perf_counter() < deadline:
            sent += 1
            path, body, headers = endpoint.build(*next(work))
            t0 = time.perf_counter()
            try:
                async with asyncio.timeout(timeout_s):
                    status, payload = await conn.request(path, body, headers)
            except TimeoutError:
                result.errors["timeout"] += 1
                conn.close()
                continue
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, HttpError, ValueError) as e:
                result.errors[type(e).__name__] += 1
                conn.close()
                await asyncio.sleep(0.05)
                continue
            if status != 200:
                result.errors[f"HTTP {status}"] += 1
            elif endpoint.expect not in payload:
                result.errors["unexpected body"] += 1
            else:
                result.latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(client(i, c) for i, c in enumerate(conns)))
    result.wall_s = time.perf_counter() - start
    return result


# -- servers --------------------------------------------------------------------------------------------------
def free_port() -> int:
    from harness.procs import free_port as free

    return free()


class TacitServer:
    """``tacit serve --workers N`` as a subprocess, ready when every process has started."""

    def __init__(self, env: dict[str, str], workers: int, log: Path, timeout_s: float = 300) -> None:
        self.port = free_port()
        self.log = log
        self.workers = workers
        with log.open("w") as out:
            self.proc = subprocess.Popen(
                [TACIT, "serve", "--port", str(self.port), "--workers", str(workers)],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"tacit serve exited ({self.proc.returncode}): {self.tail()}")
            if log.read_text(errors="replace").count("Application startup complete") >= workers:
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"http://{HOST}:{self.port}/readyz", timeout=5).status_code == 200:
                        return
            time.sleep(0.3)
        self.stop()
        raise SystemExit(f"tacit serve not ready in {timeout_s:.0f} s: {self.tail()}")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


def _stub_main(conn: Connection) -> None:
    """The stub upstream's process: answers every chat completion, until told to stop."""
    from harness.stubs.openai_api import OpenAIStub
    from harness.stubs.server import RecordedRequest, StubReply

    class EndlessStub(OpenAIStub):
        def _reply_for(self, request: RecordedRequest) -> StubReply:
            self.queue_completion(ANSWER)  # one reply per request, shaped like a recorded completion
            self.requests.clear()  # keep no log of a long run
            return super()._reply_for(request)

    with EndlessStub() as stub:
        conn.send(stub.base_url)
        conn.recv()
        conn.send(stub.problems[:5])


@contextlib.contextmanager
def stub_upstream() -> Iterator[tuple[str, int]]:
    """(base URL, pid) of the stub upstream in its own process."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_stub_main, args=(child,), daemon=True)
    proc.start()
    try:
        yield parent.recv(), proc.pid or 0
        parent.send("stop")
        problems = parent.recv()
        if problems:
            print(f"stub upstream problems: {problems}", file=sys.stderr)
    finally:
        proc.join(10)
        if proc.is_alive():
            proc.kill()


@dataclass
class Backend:
    """Where one set-up keeps its data, and the processes that are not tacit (for CPU accounting)."""

    name: str
    env: dict[str, str]
    others: dict[str, int]


@contextlib.contextmanager
def backend(setup: str, root: Path, server_env: dict[str, str] | None = None) -> Iterator[Backend]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TACIT_")}
    env |= {"TACIT_DATA_DIR": str(root / "data"), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env |= server_env or {}
    if setup == "embedded":
        yield Backend(setup, env, {})
        return
    import pytest

    from harness.backends import start_chroma, start_postgres

    try:
        pg = start_postgres()
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        raise SystemExit(str(exc)) from None
    chroma = None
    try:
        url = pg.create_database("tacit_load")
        chroma = start_chroma(root / "chroma-server")
        postmaster = int((pg.datadir / "postmaster.pid").read_text().split()[0])
        env |= {"TACIT_DATABASE_URL": url, "TACIT_CHROMA_URL": chroma.url}
        yield Backend(setup, env, {"postgres": postmaster, "chroma": chroma.proc.pid})
    finally:
        if chroma is not None:
            chroma.stop()
        pg.stop()


# -- seeding --------------------------------------------------------------------------------------------------
class CachedEmbedder:
    """The real embedder, answering known texts from a table (seeding embeds each text once)."""

    def __init__(self, inner: Any, texts: Sequence[str]) -> None:
        self.inner = inner
        self.table = dict(zip(texts, inner.embed(list(texts)), strict=True))

    @property
    def model_name(self) -> str:
        return str(self.inner.model_name)

    @property
    def dimension(self) -> int:
        return int(self.inner.dimension)

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        missing = [t for t in texts if t not in self.table]
        if missing:
            self.table |= dict(zip(missing, self.inner.embed(missing), strict=True))
        return np.stack([self.table[t] for t in texts]).astype(np.float32)


def seed_users(env: dict[str, str], users: list[str], memories: int, seed: int) -> dict[str, float]:
    """Add ``memories`` memories to each user through ``MemoryStore.add_many`` (one call per user)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    from agents.services import Services
    from memory.build import build_embedder
    from memory.db.migrate import upgrade
    from memory.settings import Settings
    from memory.store.schemas import NewMemory
    from memory.types import MemoryKind

    old = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # the settings the server will read, from the same environment
    try:
        settings = Settings()
    finally:
        os.environ.clear()
        os.environ.update(old)
    rng = random.Random(seed)
    pool = memory_texts()
    t0 = time.perf_counter()
    upgrade(settings.sqlalchemy_url())
    embedder = CachedEmbedder(build_embedder(settings), pool + [t for _, t in CORE])
    embed_s = time.perf_counter() - t0
    services = Services(settings, embedder=embedder)
    t0 = time.perf_counter()
    try:
        for i, uid in enumerate(users):
            core = [NewMemory(text=t, kind=MemoryKind(k)) for k, t in (CORE[i % 2], CORE[2 + i % 2])][:memories]
            n = memories - len(core)
            texts = rng.sample(pool, n) if n <= len(pool) else rng.choices(pool, k=n)
            services.store.ensure_user(uid)
            services.store.add_many(uid, core + [NewMemory(text=t) for t in texts], actor="bench")
    finally:
        services.close()
        SharedSystemClient.clear_system_cache()  # let the server process have the embedded index alone
    seed_s = time.perf_counter() - t0
    return {"embed_pool_s": embed_s, "seed_s": seed_s, "memories_per_s": len(users) * memories / seed_s}


# -- one set-up -----------------------------------------------------------------------------------------------
def pct(lat: list[float]) -> dict[str, float]:
    if not lat:
        return {"p50_ms": float("nan"), "p95_ms": float("nan"), "p99_ms": float("nan"), "mean_ms": float("nan")}
    p50, p95, p99 = (float(v) * 1000 for v in np.percentile(lat, [50, 95, 99]))
    return {"p50_ms": p50, "p95_ms": p95, "p99_ms": p99, "mean_ms": float(np.mean(lat)) * 1000}


def measure(
    a: argparse.Namespace, server: TacitServer, be: Backend, users: list[str], texts: list[str], processes: int
) -> list[dict[str, Any]]:
    rng = random.Random(a.seed + processes)

    def work() -> Iterator[tuple[str, str]]:
        while True:
            yield rng.choice(users), rng.choice(texts)

    roots = {"tacit": server.proc.pid, **be.others}

    async def cell(
        endpoint: Endpoint, clients: int, warmup: float, seconds: float, n: int
    ) -> tuple[LoopResult, dict[str, float], dict[int, float], float | None, list[int]]:
        """Warm-up, then the timed loop over the same connections (so which API process serves which
        connection is settled before timing); returns the timed result, the CPU each party used and how many
        of the connections each API process held."""
        conns = [Connection1(server.port) for _ in range(clients)]
        try:
            if warmup > 0:  # clients connect one by one, as they would over time
                await closed_loop(conns, endpoint, warmup, n, work(), a.timeout, ramp_s=min(1.0, warmup / 2))
            held = connections_by_process(server.port, roots["tacit"])
            batches_before = embed_counts(server.port) if processes == 1 else None
            before, pids_before = cpu_snapshot(roots)
            res = await closed_loop(conns, endpoint, seconds, n, work(), a.timeout)
            after, pids_after = cpu_snapshot(roots)
            batches_after = embed_counts(server.port) if processes == 1 else None
        finally:
            for c in conns:
                c.close()
        cpu = {k: after[k] - before[k] for k in after}
        batch = None
        if batches_before and batches_after and batches_after[0] > batches_before[0]:
            batch = (batches_after[1] - batches_before[1]) / (batches_after[0] - batches_before[0])
        return res, cpu, {p: pids_after[p] - pids_before.get(p, 0.0) for p in pids_after}, batch, held

    # each user's first request opens their index partition: not what the timed loops should measure
    async def first_requests() -> LoopResult:
        conns = [Connection1(server.port) for _ in range(max(a.clients))]
        try:
            return await closed_loop(
                conns, ENDPOINTS["context"], 600, len(users), iter([(u, texts[0]) for u in users]), a.timeout
            )
        finally:
            for c in conns:
                c.close()

    first = asyncio.run(first_requests())
    if first.errors:
        print(f"  first requests: errors {dict(first.errors)}", file=sys.stderr)
    rows = []
    for name, clients in itertools.product(a.endpoints, a.clients):
        res, cpu, by_pid, batch, held = asyncio.run(cell(ENDPOINTS[name], clients, a.warmup, a.seconds, a.requests))
        by_process = list(by_pid.values())
        ok = len(res.latencies)
        row: dict[str, Any] = {
            "setup": be.name,
            "endpoint": name,
            "clients": clients,
            "processes": processes,
            "requests": ok + sum(res.errors.values()),
            "ok": ok,
            "errors": sum(res.errors.values()),
            "error_kinds": dict(res.errors),
            "wall_s": res.wall_s,
            "rps": ok / res.wall_s if res.wall_s else 0.0,
            **pct(res.latencies),
            "cpu_cores": {k: v / res.wall_s for k, v in cpu.items()},
            "cpu_ms_per_request": {k: 1000 * v / max(ok, 1) for k, v in cpu.items()},
            "embed_mean_batch": batch,  # embedding calls per forward pass of the batching embedder (1 process)
            "tacit_cores_by_process": sorted(
                (v / res.wall_s for v in by_process if v > 0.02 * res.wall_s), reverse=True
            ),
            "connections_by_process": held,  # after the warm-up (before it, clients may not all be connected)
        }
        rows.append(row)
        print_row(row)
    return rows


def embed_counts(port: int) -> tuple[float, float] | None:
    """The batching embedder's (passes, calls) since start, from /metrics (None when it does not say)."""
    try:
        text = httpx.get(f"http://{HOST}:{port}/metrics", timeout=10).text
    except httpx.HTTPError:
        return None
    values = dict(line.split(" ", 1) for line in text.splitlines() if line.startswith("tacit_embed_"))
    if "tacit_embed_passes" not in values:
        return None
    return float(values["tacit_embed_passes"]), float(values["tacit_embed_calls"])


def run_setup(a: argparse.Namespace, setup: str, texts: list[str]) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix=f"tacit-load-{setup}-"))
    root.chmod(0o755)
    users = [f"load-{u:05d}" for u in range(a.users)]
    out: dict[str, Any] = {"rows": []}
    try:
        with contextlib.ExitStack() as stack, backend(setup, root, dict(a.server_env)) as be:
            if a.upstream == "stub":
                url, pid = stack.enter_context(stub_upstream())
                be.env["TACIT_UPSTREAM__OPENAI_BASE_URL"] = url
                be.others["stub"] = pid
            if not a.learning:
                be.env["TACIT_WORKER__IN_PROCESS"] = "false"
            # The bench's few hundred request texts repeat; most production requests do not. So by default the
            # server keeps no recent vectors and every request pays its embedding.
            be.env["TACIT_EMBEDDING__RECENT_TEXTS"] = str(a.recent_texts)
            print(f"[{setup}] seeding {a.users} users x {a.memories} memories", file=sys.stderr, flush=True)
            out["seed"] = seed_users(be.env, users, a.memories, a.seed)
            print(
                f"[{setup}] seeded in {out['seed']['seed_s']:.1f} s ({out['seed']['memories_per_s']:.0f} memories/s)",
                file=sys.stderr,
                flush=True,
            )
            codes = a.compare or [("", "")]
            for processes in [1] if setup == "embedded" else a.processes:
                for rnd, (label, tree) in itertools.product(range(a.rounds if a.compare else 1), codes):
                    name = f"{processes}-{label}-{rnd}" if label else str(processes)
                    env = be.env | ({"PYTHONPATH": tree} if tree else {})
                    print(f"[{setup}] starting tacit serve --workers {processes} {label}", file=sys.stderr, flush=True)
                    t0 = time.perf_counter()
                    server = TacitServer(env, processes, root / f"serve-{name}.log")
                    out[f"start_{name}_s"] = time.perf_counter() - t0
                    try:
                        rows = measure(a, server, be, users, texts, processes)
                    finally:
                        server.stop()
                    out["rows"] += [r | {"code": label, "round": rnd} for r in rows] if label else rows
                    log = server.log.read_text(errors="replace")
                    if "Traceback" in log or " ERROR " in log:
                        print(f"[{setup}] server log has errors:\n{log[-3000:]}", file=sys.stderr)
    finally:
        if a.keep:
            print(f"kept {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    return out


# -- report ---------------------------------------------------------------------------------------------------
HEADER = (
    f"{'setup':9} {'endpoint':8} {'clients':>7} {'procs':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
    f"{'p99 ms':>8} {'errors':>6} {'tacit CPU ms/req':>16} {'batch':>5}"
    "   CPU cores used: client / tacit / pg / chroma / stub"
)


def print_row(r: dict[str, Any]) -> None:
    c = r["cpu_cores"]
    setup = r["setup"] + (" " + r["code"] if r.get("code") else "")
    batch = f"{r['embed_mean_batch']:.1f}" if r.get("embed_mean_batch") else "-"
    cpu = " / ".join(f"{c[k]:.2f}" if k in c else "-" for k in ("client", "tacit", "postgres", "chroma", "stub"))
    print(
        f"{setup:9} {r['endpoint']:8} {r['clients']:7} {r['processes']:5} {r['rps']:8.1f} {r['p50_ms']:8.1f} "
        f"{r['p95_ms']:8.1f} {r['p99_ms']:8.1f} {r['errors']:6} {r['cpu_ms_per_request']['tacit']:16.1f} "
        f"{batch:>5}   {cpu}",
        flush=True,
    )
    if r["processes"] > 1:
        shares = " / ".join(f"{v:.2f}" for v in r["tacit_cores_by_process"])
        held = " / ".join(str(n) for n in r.get("connections_by_process", []))
        print(f"{'':9} {'':8} {'':7} {'':5} CPU cores used by each tacit process: {shares}", flush=True)
        print(f"{'':9} {'':8} {'':7} {'':5} client connections held by each process: {held}", flush=True)


def targets(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    emb = [r for r in rows if r["setup"] == "embedded" and r["endpoint"] == "context" and r["clients"] == 32]
    if emb:
        r = emb[0]
        ok = r["rps"] >= 200 and r["errors"] == 0 and r["p99_ms"] < 100
        out["embedded context, 32 clients: >= 200 req/s, 0 errors, p99 < 100 ms"] = {
            "rps": r["rps"],
            "errors": r["errors"],
            "p99_ms": r["p99_ms"],
            "pass": ok,
        }
    pg = [r for r in rows if r["setup"] == "postgres" and r["endpoint"] == "context"]
    if pg:
        top = max(r["clients"] for r in pg)
        by = {r["processes"]: r["rps"] for r in pg if r["clients"] == top}
        if 1 in by and 2 in by:
            out[f"postgres context, {top} clients: 2 processes >= 1 process"] = {
                "rps_1": by[1],
                "rps_2": by[2],
                "pass": by[2] >= by[1],
            }
    return out


def report(result: dict[str, Any]) -> None:
    print("\n" + HEADER)
    for r in result["rows"]:
        print_row(r)
    print(
        "\nThe client runs on the same machine: its CPU (first CPU column, in cores) is taken from the server's "
        f"{result['summary']['cpus']} cores."
    )
    for name, t in result["targets"].items():
        print(f"target: {name}: {'PASS' if t['pass'] else 'FAIL'} {json.dumps({k: v for k, v in t.items()})}")
    for name, c in result.get("comparison", {}).items():
        rounds = "; ".join(f"{x:.2f}x / {y:.2f}x" for x, y in zip(c["rps_ratio"], c["p99_ratio"], strict=True))
        print(
            f"{name}: req/s {c['rps_median_ratio']:.2f}x, p99 {c['p99_median_ratio']:.2f}x (median of rounds; "
            f"each round req/s / p99: {rounds})"
        )


def comparison(rows: list[dict[str, Any]], codes: list[tuple[str, str]]) -> dict[str, Any]:
    """Per set-up, endpoint and client count: the later tree's req/s and p99 over the first's, round by round."""
    first = codes[0][0]
    out: dict[str, Any] = {}
    by = {(r["setup"], r["endpoint"], r["clients"], r["processes"], r["code"], r["round"]): r for r in rows}
    for setup, endpoint, clients, procs, code, rnd in by:
        if code == first:
            continue
        base = by.get((setup, endpoint, clients, procs, first, rnd))
        if base is None:
            continue
        c = out.setdefault(
            f"{setup} {endpoint} {clients} clients {procs} proc, {code} / {first}", {"rps_ratio": [], "p99_ratio": []}
        )
        r = by[(setup, endpoint, clients, procs, code, rnd)]
        c["rps_ratio"].append(r["rps"] / base["rps"] if base["rps"] else float("nan"))
        c["p99_ratio"].append(r["p99_ms"] / base["p99_ms"] if base["p99_ms"] else float("nan"))
    for c in out.values():
        c["rps_median_ratio"] = float(np.median(c["rps_ratio"]))
        c["p99_median_ratio"] = float(np.median(c["p99_ratio"]))
    return out


# -- main -----------------------------------------------------------------------------------------------------
def ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def env_pairs(text: str) -> list[tuple[str, str]]:
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(p) != 2 or not p[0].startswith("TACIT_") for p in pairs):
        raise argparse.ArgumentTypeError("give TACIT_NAME=VALUE pairs, comma-separated")
    return [(k, v) for k, v in pairs]


def trees(text: str) -> list[tuple[str, str]]:
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(p) != 2 or not Path(p[1], "api").is_dir() for p in pairs):
        raise argparse.ArgumentTypeError("give LABEL=DIR pairs, each DIR a tacit source tree (with api/)")
    return [(label, str(Path(d).resolve())) for label, d in pairs]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--setup", choices=["embedded", "postgres", "both"], default="both")
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--memories", type=int, default=100, help="memories per user")
    ap.add_argument("--clients", type=ints, default=[1, 8, 32], help="concurrent clients, comma-separated")
    ap.add_argument("--processes", type=ints, default=[1, 2], help="API processes for postgres, comma-separated")
    ap.add_argument("--endpoints", type=lambda s: s.split(","), default=["context", "proxy"])
    ap.add_argument("--seconds", type=float, default=20.0, help="timed seconds per row")
    ap.add_argument("--requests", type=int, default=50_000, help="most requests per row")
    ap.add_argument("--warmup", type=float, default=3.0, help="untimed seconds of the same load before each row")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds before a request counts as an error")
    ap.add_argument("--upstream", choices=["echo", "stub"], default="echo", help="the proxy's upstream model")
    ap.add_argument("--learning", action="store_true", help="keep the in-process learning worker on")
    ap.add_argument("--texts", type=int, default=300, help="distinct request texts")
    ap.add_argument(
        "--recent-texts",
        type=int,
        default=0,
        help="the server's embedding.recent_texts (0: every request is embedded, as unrepeated traffic is)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--server-env",
        type=env_pairs,
        default=[],
        help="KEY=VALUE,...: settings for the tacit server (e.g. TACIT_EMBEDDING__QUANTIZE=int8); the bench's own "
        "TACIT_ variables are never passed on",
    )
    ap.add_argument("--keep", action="store_true", help="keep the temp folders (data, server logs)")
    ap.add_argument("--json", type=Path, default=None, help="default bench/results/load.json (load_quick.json)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 20 users x 20, 4 clients, 3 s per row")
    ap.add_argument(
        "--compare", type=trees, default=None, help="LABEL=DIR,LABEL=DIR: serve the same data with each source tree"
    )
    ap.add_argument("--rounds", type=int, default=3, help="alternations of the --compare trees")
    a = ap.parse_args(argv)
    if a.quick:
        a.users, a.memories, a.clients, a.seconds, a.warmup = 20, 20, [4], 3.0, 1.0
    if unknown := set(a.endpoints) - set(ENDPOINTS):
        ap.error(f"unknown endpoints {sorted(unknown)}")
    return a


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the embedder is read from local files only
    json_path = a.json or RESULTS / ("load_quick.json" if a.quick else "load.json")
    texts = request_texts(a.texts, a.seed)
    setups = ["embedded", "postgres"] if a.setup == "both" else [a.setup]
    t0 = time.perf_counter()
    print(HEADER)
    runs = {s: run_setup(a, s, texts) for s in setups}
    rows = [r for s in setups for r in runs[s]["rows"]]
    summary = {k: v for k, v in vars(a).items() if k not in ("json", "keep")}
    summary |= {
        "request_texts": len(texts),
        "memory_texts": len(memory_texts()),
        "cpus": os.cpu_count(),
        "load_avg_at_end": os.getloadavg(),
        "python": platform.python_version(),
        "chromadb": version("chromadb"),
        "uvicorn": version("uvicorn"),
        "wall_s": time.perf_counter() - t0,
        **{f"{s}_{k}": v for s in setups for k, v in runs[s].items() if k != "rows"},
    }
    result: dict[str, Any] = {"summary": summary, "rows": rows, "targets": targets(rows)}
    if a.compare:
        result["comparison"] = comparison(rows, a.compare)
    report(result)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwrote {json_path}")


if __name__ == "__main__":
    main()

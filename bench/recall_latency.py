"""Recall latency at scale: the context call in process and over HTTP, against its floor, and the proxy's cost.

Fills ``--users`` x ``--per-user`` memories (default 1,000 x 1,000; a second shape is ``--users 10000
--per-user 100``), then measures, for random users and realistic request texts (PrefEval questions, or a
built-in list when the data is absent):

(a) ``parts.recall.context(user, ContextRequest(query=..., budget_tokens=400))`` in process;
(b) the same call over HTTP, ``POST /v1/users/{user}/context`` against the real app (``create_app``) served by
    uvicorn on 127.0.0.1 in a thread of this process, one request at a time on one keep-alive connection;
(c) the floor, in the same run and interleaved with (a) request by request: embedding the request with the
    same embedder, then an exact numpy dot product over that user's vectors (held in memory) and top-k
    (k = the recall's vector candidates). Printed as ratios context / floor at p50 and p95;
(d) the proxy's added latency: ``POST /v1/chat/completions`` through tacit (header ``X-Tacit-User``) to a
    local OpenAI-compatible stub upstream (``harness/stubs/openai_api.py``, in this process), against the
    same body sent to the stub directly; direct and proxied calls alternate and the per-pair difference is
    reported;
(e) with ``--mem0``: mem0's ``search`` on the same memories and the (a) requests, in the bench-only venv, after
    tacit's measurements (``bench/mem0_latency.py`` says how its store is filled).

Fill, fast and partly synthetic. Embedding a million texts with the real model is far too slow here, so
rows are written directly: ``users`` and ``memories`` rows inserted in bulk through SQLAlchemy with the
columns the store writes (``memory.store.writes.new_row``: status active, embedding = the vector's bytes,
embedding_model = the embedder's name), and each user's vectors upserted into their own Chroma partition
with ``ChromaIndex.upsert`` in batches. **Memory vectors are synthetic**: a pool of base texts (PrefEval
preferences) is embedded once with the real model, and each memory is its base text with the vector
``unit(base + user offset + noise)`` (cosine ~0.85 to its base; the per-user offset clusters a user's
vectors). **The query embedding is the real model's**, as in production. Kinds are mostly ``preference``;
each user also has ``--core`` constraint/style items (no context), which recall always fetches and injects,
so the core path is exercised. Context-conditioned memories (a second embedding per request) are not
generated.

Model threads (``--threads``, default 1, the service's default): the intra-op threads of the embedder
(ONNX Runtime by default, or torch). On this shared two-core machine a thread per core makes a one-sentence
embedding spin against every other process: measured here under load with torch, p50 ~400-600 ms with 2
threads against ~20-60 ms with 1. The floor uses the same embedder, so the ratios hold either way.

Warm and cold. After the fill the parts are closed and opened afresh (a new SQL engine and Chroma client: a
restarted server). Chroma loads a user's index into memory on that user's first query in a process and keeps
it (measured here: ~30 ms for a 100-vector collection, ~13 ms for a 1,000-vector one, then ~1 ms), so the
first request of each user since start is measured apart: ``--cold`` requests, one per user, before anything
else. The warm measurements draw their users from ``--active`` other users, each served once before timing.

The learning worker is off (``worker.in_process=False``): the proxy still logs each exchange and enqueues
its learning job after the response, but no extraction competes for the two cores while timing.

Sizes. The Chroma fill runs at ~1,000-2,200 vectors/s on this machine (fewer per second with more, smaller
collections), so a 1M fill takes 8-16 minutes here. Embedded Chroma keeps loaded collections in memory, up to
a count it derives from the open-file limit (RLIMIT_NOFILE / 5: 4,000 here), so the process peaked at 7.7 GB
RSS for 1,000 x 1,000 and 13.3 GB for 10,000 x 100. Both full shapes are saved under ``bench/results``.

Targets (printed with pass/fail): context p95 within 1.5x the floor's p95 and under 25 ms in process;
proxy overhead p95 under 30 ms. With a reranker (``recall.rerank=model``, the default) the reranker's own floor
is timed too, on the same request and the floor's best RERANK_CANDIDATES vectors (``model_floor``), and the
target becomes context p95 within 1.5x the floor's p95 plus the model's floor p95, and under 35 ms.
Run: ``python -m bench.recall_latency [--users 20 --per-user 200]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any, cast

import httpx
import numpy as np
import uvicorn
from numpy.typing import NDArray
from sqlalchemy import Table, insert, select

from agents.services import Services
from api.app import create_app
from bench import mem0_latency
from bench.prefeval_data import DATA, load, topics
from harness.stubs.openai_api import OpenAIStub
from memory.db.engine import write_tx
from memory.db.migrate import upgrade
from memory.db.tables import MemoryRow, UserRow
from memory.db.types import utcnow
from memory.ids import new_id
from memory.ports import Embedder, MetadataValue, VectorRecord
from memory.recall.rank import Candidate, Scored
from memory.recall.rerank import RERANK_CANDIDATES, Reranker
from memory.recall.service import VECTOR_CANDIDATES
from memory.recall.types import ContextRequest
from memory.settings import EmbeddingSettings, Settings, UpstreamSettings, WorkerSettings
from memory.store.convert import vector_to_bytes
from memory.store.schemas import NewMemory
from memory.types import MemoryKind, MemorySource, MemoryStatus
from memory.vector.partition import partition_key

Matrix = NDArray[np.float32]
TENANT = "default"  # the tenant the API and Services serve
ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
USER_PULL = 0.35  # norm of the per-user offset added to every base vector of that user
NOISE = 0.45  # norm of the per-memory noise
ANSWER = "Here is a short answer from the stub upstream model."
SYSTEM = "You are a helpful assistant."

# Used when the PrefEval data is absent: base memory texts and requests of the same flavour.
FALLBACK_BASES = (
    "I prefer window seats on long flights and avoid red-eye departures.",
    "I love spicy Thai and Sichuan food but can't stand cilantro.",
    "I learn best with hands-on projects rather than lectures.",
    "I prefer hiking in the mountains to beach holidays.",
    "I only buy clothes made of natural fabrics like cotton and wool.",
    "I like minimalist Scandinavian furniture in light wood.",
    "I prefer electric cars and care about charging range.",
    "I read mostly science fiction and long fantasy series.",
    "I work out early in the morning and prefer strength training.",
    "I like board games with friends more than video games.",
    "I prefer working from home with few meetings.",
    "I use fragrance-free skincare because my skin is sensitive.",
)
FALLBACK_QUESTIONS = (
    "Can you help me plan a trip to Japan next spring?",
    "What should I cook for dinner tonight?",
    "I want to learn some statistics; where should I start?",
    "Any ideas for a weekend getaway?",
    "I need a new jacket for the winter. What would you suggest?",
    "How should I furnish my new living room?",
    "I'm thinking about buying a new car. What do you recommend?",
    "Can you recommend a book for my holiday?",
    "Could you suggest a workout plan for me?",
    "What's a fun thing to do with friends this weekend?",
    "How can I organise my work week better?",
    "Which moisturiser would you recommend for me?",
)
CORE_TEXTS = (
    (MemoryKind.constraint, "I am allergic to peanuts; never suggest anything that contains them."),
    (MemoryKind.style, "Keep answers short and to the point."),
    (MemoryKind.constraint, "I am vegetarian."),
    (MemoryKind.style, "Use metric units."),
    (MemoryKind.constraint, "My budget for any purchase is under 500 euros."),
    (MemoryKind.style, "Answer in British English."),
    (MemoryKind.constraint, "I cannot travel on Saturdays."),
    (MemoryKind.style, "Use bullet points for lists of options."),
)


def unit(x: NDArray[Any]) -> Matrix:
    out: Matrix = (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)
    return out


def top_k(matrix: Matrix, q: Matrix, k: int) -> NDArray[np.intp]:
    """Indices of the ``k`` rows of ``matrix`` closest to ``q`` (dot product of unit vectors), best first."""
    scores = matrix @ q
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    return top[np.argsort(-scores[top])]


def pct(lat: list[float]) -> dict[str, float]:
    """p50/p95/p99 (and mean) of ``lat`` seconds, in milliseconds."""
    p50, p95, p99 = (float(v) * 1000 for v in np.percentile(lat, [50, 95, 99]))
    return {"n": len(lat), "p50_ms": p50, "p95_ms": p95, "p99_ms": p99, "mean_ms": float(np.mean(lat)) * 1000}


def text_pool(data: str | None, n_bases: int, rng: random.Random) -> tuple[list[str], list[str], str]:
    """(base memory texts, request texts, where they came from)."""
    root = Path(data) if data else DATA
    if not (root / "explicit_preference").is_dir():
        return list(FALLBACK_BASES), list(FALLBACK_QUESTIONS), "built-in list (PrefEval data not found)"
    records = [r for t in topics(root) for r in load(root, "explicit_preference", t)]
    bases = [r["preference"] for r in records]
    if n_bases < len(bases):
        bases = rng.sample(bases, n_bases)
    return bases, [r["question"] for r in records], f"PrefEval explicit preferences at {root}"


# -- fill ---------------------------------------------------------------------------------------------------------
class Fill:
    """Writes users and memories straight into SQL and Chroma, and keeps every user's vectors for the floor."""

    def __init__(self, services: Services, bases: list[str], core: int, seed: int) -> None:
        self.bases = bases
        self.core = core
        self.np_rng = np.random.default_rng(seed)
        self.vectors: dict[str, Matrix] = {}
        self.text_ids: dict[str, NDArray[np.int32]] = {}  # into texts(): what each memory says
        self.sql_s = 0.0
        self.index_s = 0.0
        t0 = time.perf_counter()
        embedder = services.embedder
        self.base_vecs = embedder.embed(bases)
        self.base_cats = services.categorizer.classify(self.base_vecs)
        core_items = [CORE_TEXTS[i % len(CORE_TEXTS)] for i in range(core)]
        self.core_items = core_items
        self.core_vecs = embedder.embed([t for _, t in core_items]) if core_items else self.base_vecs[:0]
        self.core_cats = services.categorizer.classify(self.core_vecs) if core_items else []
        self.embed_s = time.perf_counter() - t0
        self.model = embedder.model_name

    def texts(self) -> list[str]:
        """Every text a memory can have: the base texts, then the core items'."""
        return self.bases + [t for _, t in self.core_items]

    def users(self, services: Services, user_ids: list[str], per_user: int, batch: int) -> None:
        """Add ``user_ids``, each with ``per_user`` memories (the first ``core`` of them constraint/style)."""
        now = utcnow()
        dim = self.base_vecs.shape[1]
        rows: list[dict[str, Any]] = []
        records: dict[str, list[VectorRecord]] = {}
        for uid in user_ids:
            n_core = min(self.core, per_user)
            n_pref = per_user - n_core
            pick = self.np_rng.integers(0, len(self.bases), n_pref)
            offset = unit(self.np_rng.standard_normal((dim,))) * USER_PULL
            noise = self.np_rng.standard_normal((n_pref, dim)) * (NOISE / np.sqrt(dim))
            vecs = np.concatenate([self.core_vecs[:n_core], unit(self.base_vecs[pick] + offset + noise)])
            texts = [t for _, t in self.core_items[:n_core]] + [self.bases[i] for i in pick]
            kinds = [k.value for k, _ in self.core_items[:n_core]] + [MemoryKind.preference.value] * n_pref
            cats = list(self.core_cats[:n_core]) + [self.base_cats[i] for i in pick]
            user_rows = [
                memory_row(uid, text, kind, cat, vec, self.model, now)
                for text, kind, cat, vec in zip(texts, kinds, cats, vecs, strict=True)
            ]
            rows += user_rows
            self.vectors[uid] = vecs
            self.text_ids[uid] = np.concatenate([len(self.bases) + np.arange(n_core), pick]).astype(np.int32)
            records[uid] = [VectorRecord(r["id"], v, index_meta(r)) for r, v in zip(user_rows, vecs, strict=True)]
        t0 = time.perf_counter()
        with write_tx(services.sessions) as s:
            s.execute(insert(UserRow), [{"tenant": TENANT, "external_id": u, "created_at": now} for u in user_ids])
            stmt = select(UserRow.external_id, UserRow.pk).where(UserRow.external_id.in_(user_ids))
            pks: dict[str, int] = {uid: pk for uid, pk in s.execute(stmt)}
            for r in rows:
                r["user_pk"] = pks[r.pop("_user")]
            table = cast(Table, MemoryRow.__table__)  # a Core executemany: ~1.3x the ORM bulk insert here
            for i in range(0, len(rows), 10_000):
                s.execute(table.insert(), rows[i : i + 10_000])
        self.sql_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        index = services.index
        for uid in user_ids:
            recs = records[uid]
            for i in range(0, len(recs), batch):
                index.upsert(partition_key(TENANT, uid), recs[i : i + batch])
        self.index_s += time.perf_counter() - t0


def index_meta(row: dict[str, Any]) -> dict[str, MetadataValue]:
    """What the store's outbox writes with each vector (``memory.store.outbox.index_metadata``)."""
    return {"kind": row["kind"], "category": row["category"], "pinned": row["pinned"]}


def memory_row(user: str, text: str, kind: str, category: str, vec: Matrix, model: str, now: Any) -> dict[str, Any]:
    """The columns ``memory.store.writes.new_row`` sets, as a dict for a bulk insert (``_user``: the owner)."""
    return {
        "_user": user,
        "id": new_id(),
        "text": text,
        "kind": kind,
        "category": category,
        "context": "",
        "subject": "",
        "source": MemorySource.explicit.value,
        "confidence": 0.8,
        "evidence": [],
        "status": MemoryStatus.active.value,
        "pinned": False,
        "human_edited": False,
        "valid_from": now,
        "valid_to": None,
        "superseded_by": None,
        "related_to": None,
        "seen_count": 1,
        "use_count": 0,
        "last_seen_at": now,
        "last_used_at": None,
        "embedding": vector_to_bytes(vec),
        "embedding_model": model,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


# -- measurements -------------------------------------------------------------------------------------------------
Request = tuple[str, str]  # (user id, request text)


def alternate(first: Callable[[], None], second: Callable[[], None], i: int) -> tuple[float, float]:
    """Time ``first`` and ``second`` back to back, in alternating order by ``i`` so drift hits both alike."""
    times = [0.0, 0.0]
    order = (0, 1) if i % 2 == 0 else (1, 0)
    calls = (first, second)
    for j in order:
        t0 = time.perf_counter()
        calls[j]()
        times[j] = time.perf_counter() - t0
    return times[0], times[1]


def in_process(
    services: Services, vectors: dict[str, Matrix], reqs: list[Request], warmup: int, budget: int
) -> dict[str, Any]:
    """(a) the context call and (c) its floor, interleaved request by request."""
    recall, embedder = services.recall, services.embedder
    ctx_lat: list[float] = []
    floor_lat: list[float] = []
    embed_lat: list[float] = []
    model_lat: list[float] = []  # the reranker alone on the floor's best RERANK_CANDIDATES (its own floor)
    items: list[int] = []
    core: list[int] = []
    considered: list[int] = []
    for i, (uid, text) in enumerate(reqs):
        got: dict[str, Any] = {}

        def ctx(uid: str = uid, text: str = text, got: dict[str, Any] = got) -> None:
            got["r"] = recall.context(uid, ContextRequest(query=text, budget_tokens=budget))

        def floor(uid: str = uid, text: str = text, got: dict[str, Any] = got) -> None:
            t0 = time.perf_counter()
            q = embedder.embed([text])[0]
            got["embed"] = time.perf_counter() - t0
            got["q"], got["top"] = q, top_k(vectors[uid], q, VECTOR_CANDIDATES)

        c, f = alternate(ctx, floor, i)
        m = model_floor(services.reranker, text, got["q"], vectors[uid], got["top"])
        if i < warmup:
            continue
        ctx_lat.append(c)
        floor_lat.append(f)
        model_lat.append(m)
        embed_lat.append(got["embed"])
        result = got["r"]
        items.append(len(result.items))
        core.append(sum(x.section == "core" for x in result.items))
        considered.append(result.considered)
    return {
        "context": pct(ctx_lat),
        "floor": pct(floor_lat),
        "floor_embed_only": pct(embed_lat),
        "model_floor": pct(model_lat),
        "mean_items": float(np.mean(items)),
        "mean_core_items": float(np.mean(core)),
        "mean_candidates_considered": float(np.mean(considered)),
    }


def model_floor(reranker: Reranker, text: str, q: Matrix, vecs: Matrix, top: NDArray[np.intp]) -> float:
    """Seconds the reranker alone takes on the floor's best RERANK_CANDIDATES (0 when it is ``off``)."""
    if reranker.name == "off":
        return 0.0
    now = utcnow()
    best = top[:RERANK_CANDIDATES]
    cos = vecs[best] @ q
    ranked = [
        Scored(Candidate(f"m{j}", "", "preference", "general", "", False, 0.8, 1, now), float(c), float(c))
        for j, c in zip(best, cos, strict=True)
    ]
    held = {f"m{j}": vecs[j] for j in best}
    t0 = time.perf_counter()
    reranker.rerank(text, q, ranked, held, RERANK_CANDIDATES)
    return time.perf_counter() - t0


def after_write(
    services: Services, reqs: list[Request], bases: list[str], rng: random.Random, budget: int
) -> dict[str, float]:
    """A chat turn's next request: one memory is added to the user (untimed: embedding, SQL, index), then the
    context call is timed. The recall pool sees the change and applies it as a delta."""
    lat: list[float] = []
    # untimed, once per user: the fill wrote all of a user's rows within the same second, more than the pool's
    # delta re-reads, so a filled user's first change reads its rows afresh (a real user's rows are spread out)
    for uid in dict.fromkeys(u for u, _ in reqs):
        services.store.add(uid, NewMemory(text=f"{rng.choice(bases)} (first)"), actor="bench")
        services.recall.context(uid, ContextRequest(query=rng.choice(bases), budget_tokens=budget))
    for uid, text in reqs:
        services.store.add(uid, NewMemory(text=f"{rng.choice(bases)} ({len(lat)})"), actor="bench")
        t0 = time.perf_counter()
        services.recall.context(uid, ContextRequest(query=text, budget_tokens=budget))
        lat.append(time.perf_counter() - t0)
    return pct(lat)


@contextlib.contextmanager
def serving(services: Services) -> Iterator[str]:
    """The real app (``create_app``) under uvicorn on 127.0.0.1, in a thread; yields its base URL."""
    config = uvicorn.Config(
        create_app(services=services), host="127.0.0.1", port=0, log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="bench-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise SystemExit("the tacit app did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def over_http(base_url: str, reqs: list[Request], warmup: int, budget: int) -> dict[str, Any]:
    """(b) ``POST /v1/users/{user}/context``, one at a time on one keep-alive connection."""
    lat: list[float] = []
    with httpx.Client(base_url=base_url, timeout=60) as client:
        for i, (uid, text) in enumerate(reqs):
            t0 = time.perf_counter()
            r = client.post(f"/v1/users/{uid}/context", json={"query": text, "budget_tokens": budget})
            dt = time.perf_counter() - t0
            r.raise_for_status()
            if i >= warmup:
                lat.append(dt)
    return {"context_http": pct(lat)}


def proxy(base_url: str, stub: OpenAIStub, reqs: list[Request], warmup: int) -> dict[str, Any]:
    """(d) the same chat body straight to the stub and through tacit's proxy, alternating; per-pair difference."""
    direct_lat: list[float] = []
    proxied_lat: list[float] = []
    with httpx.Client(timeout=60) as up, httpx.Client(base_url=base_url, timeout=60) as tacit:
        for i, (uid, text) in enumerate(reqs):
            body = {
                "model": "stub-model",
                "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
            }
            stub.queue_completion(ANSWER)
            stub.queue_completion(ANSWER)

            def direct(body: dict[str, Any] = body) -> None:
                up.post(stub.base_url + "/chat/completions", json=body).raise_for_status()

            def proxied(body: dict[str, Any] = body, uid: str = uid) -> None:
                r = tacit.post("/v1/chat/completions", json=body, headers={"X-Tacit-User": uid})
                r.raise_for_status()
                assert r.json()["choices"][0]["message"]["content"] == ANSWER

            d, p = alternate(direct, proxied, i)
            if i >= warmup:
                direct_lat.append(d)
                proxied_lat.append(p)
    if stub.problems:
        raise SystemExit(f"stub upstream problems: {stub.problems[:3]}")
    diff = [p - d for p, d in zip(proxied_lat, direct_lat, strict=True)]
    return {"upstream_direct": pct(direct_lat), "through_proxy": pct(proxied_lat), "proxy_overhead": pct(diff)}


# -- main ---------------------------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--per-user", type=int, default=1000)
    ap.add_argument("--core", type=int, default=5, help="constraint/style items per user (always injected)")
    ap.add_argument("--bases", type=int, default=400, help="base texts embedded for the synthetic memories")
    ap.add_argument("--requests", type=int, default=500, help="timed requests per measurement")
    ap.add_argument("--warmup", type=int, default=30, help="untimed requests before each measurement")
    ap.add_argument("--active", type=int, default=200, help="users the warm measurements draw from")
    ap.add_argument("--cold", type=int, default=100, help="first requests since start, one per other user")
    ap.add_argument("--after-write", type=int, default=100, help="requests timed right after a write")
    ap.add_argument("--budget", type=int, default=400)
    ap.add_argument("--batch", type=int, default=1000, help="records per ChromaIndex.upsert call")
    ap.add_argument("--users-per-tx", type=int, default=100, help="users per SQL fill transaction")
    ap.add_argument("--data", default=None, help="PrefEval folder (default ../shared/benchdata/prefeval)")
    ap.add_argument("--data-dir", type=Path, default=None, help="tacit data dir (default: a fresh temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the temp data dir")
    ap.add_argument("--json", type=Path, default=None, help="default bench/results/recall_latency_UxM.json")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="intra-op threads of the embedder (0: the runtime's default, one per core); see the docstring",
    )
    ap.add_argument("--mem0", action="store_true", help="also time mem0's search on the same fill and requests")
    ap.add_argument("--mem0-python", type=Path, default=ROOT / ".venv-mem0" / "bin" / "python")
    ap.add_argument("--mem0-requests", type=int, default=200, help="timed mem0 searches (after --warmup)")
    ap.add_argument("--mem0-batch", type=int, default=5000, help="vectors per mem0 vector_store.insert call")
    ap.add_argument("--mem0-timeout", type=float, default=3600, help="seconds for the mem0 worker")
    return ap.parse_args(argv)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    rng = random.Random(a.seed)
    data_dir = a.data_dir or Path(tempfile.mkdtemp(prefix="tacit-rlbench-"))
    remove = a.data_dir is None and not a.keep  # never delete a directory the caller named
    json_path = a.json or RESULTS / f"recall_latency_{a.users}x{a.per_user}.json"
    bases, questions, source = text_pool(a.data, a.bases, rng)
    try:
        with OpenAIStub() as stub:
            settings = Settings(
                data_dir=data_dir,
                worker=WorkerSettings(in_process=False),
                upstream=UpstreamSettings(openai_base_url=stub.base_url),
                # recent_texts=0: the context call and its floor embed the same text, one right after the other
                embedding=EmbeddingSettings(threads=a.threads, recent_texts=0),
            )
            upgrade(settings.sqlalchemy_url())
            result = run(a, settings, stub, bases, questions, rng)
        result["summary"] |= {"text_source": source, "data_dir_bytes": dir_bytes(data_dir)}
        result["summary"]["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report(result)
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, indent=2) + "\n")
        print(f"\nwrote {json_path}")
    finally:
        if remove:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            print(f"kept {data_dir}", file=sys.stderr)


def fill_all(a: argparse.Namespace, settings: Settings, bases: list[str]) -> tuple[Fill, Embedder]:
    """Fill through one set of parts, then close them; returns the fill (vectors, timings) and the embedder."""
    services = Services(settings)
    try:
        print(f"embedding {len(bases)} base texts with the real model", file=sys.stderr, flush=True)
        fill = Fill(services, bases, a.core, a.seed)
        user_ids = [f"user-{u:06d}" for u in range(a.users)]
        print(f"filling {a.users:,} users x {a.per_user:,} memories", file=sys.stderr, flush=True)
        step = max(1, a.users // 20)
        for s in range(0, a.users, a.users_per_tx):
            fill.users(services, user_ids[s : s + a.users_per_tx], a.per_user, a.batch)
            done = min(s + a.users_per_tx, a.users)
            if done % step < a.users_per_tx or done == a.users:
                rate = done * a.per_user / (fill.sql_s + fill.index_s)
                print(
                    f"  {done:,}/{a.users:,} users: SQL {fill.sql_s:,.0f} s, index {fill.index_s:,.0f} s "
                    f"({rate:,.0f}/s)",
                    file=sys.stderr,
                    flush=True,
                )
        return fill, services.embedder
    finally:
        services.close()


def restarted(settings: Settings, embedder: Embedder) -> Services:
    """Fresh parts over the filled data dir, as a restarted server has: a new SQL engine and a new Chroma client
    (Chroma shares one client per path within a process, so its cache is cleared first). The embedder is reused
    only to save loading it again."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    gc.collect()
    services = Services(settings, embedder=embedder)
    services.categorizer.classify(embedder.embed(["warm-up"]))  # category prototypes, embedded once per process
    services.index.ping()
    return services


def run(
    a: argparse.Namespace,
    settings: Settings,
    stub: OpenAIStub,
    bases: list[str],
    questions: list[str],
    rng: random.Random,
) -> dict[str, Any]:
    t_all = time.perf_counter()
    fill, embedder = fill_all(a, settings, bases)
    total = a.users * a.per_user
    fill_s = fill.sql_s + fill.index_s
    order = [f"user-{u:06d}" for u in range(a.users)]
    rng.shuffle(order)
    n_cold = min(a.cold, a.users // 2)
    cold_users, active = order[:n_cold], order[n_cold : n_cold + min(a.active, a.users - n_cold)]

    def requests(n: int) -> list[Request]:
        return [(rng.choice(active), rng.choice(questions)) for _ in range(n)]

    services = restarted(settings, embedder)
    try:
        print(f"measuring {n_cold} first requests since start (cold)", file=sys.stderr, flush=True)
        first = [(u, rng.choice(questions)) for u in cold_users]
        cold = in_process(services, fill.vectors, first, 0, a.budget) if first else {}
        print(f"warming {len(active)} active users (one request each)", file=sys.stderr, flush=True)
        for uid in active:
            services.recall.context(uid, ContextRequest(query=rng.choice(questions), budget_tokens=a.budget))
        n = a.warmup + a.requests
        print("measuring in process (context and floor, interleaved)", file=sys.stderr, flush=True)
        warm = requests(n)
        rows = in_process(services, fill.vectors, warm, a.warmup, a.budget)
        rows |= {f"cold_{k}": v for k, v in cold.items()}
        if a.after_write:
            print(f"measuring {a.after_write} requests right after a write to their user", file=sys.stderr, flush=True)
            rows["after_write"] = after_write(services, requests(a.after_write), bases, rng, a.budget)
        with serving(services) as url:
            print("measuring over HTTP", file=sys.stderr, flush=True)
            rows |= over_http(url, requests(n), a.warmup, a.budget)
            print("measuring the proxy", file=sys.stderr, flush=True)
            rows |= proxy(url, stub, requests(n), a.warmup)
    finally:
        services.close()
    mem0: dict[str, Any] = {}
    if a.mem0:
        print("measuring mem0's search on the same fill and requests", file=sys.stderr, flush=True)
        mem0 = mem0_latency.measure(
            a.mem0_python,
            fill.vectors,
            fill.text_ids,
            fill.texts(),
            warm[: a.warmup + a.mem0_requests],
            warmup=a.warmup,
            threads=a.threads,
            batch=a.mem0_batch,
            timeout_s=a.mem0_timeout,
        )
        rows["mem0_search"] = mem0["search"]
    ctx, flo, ovh = rows["context"], rows["floor"], rows["proxy_overhead"]
    ratios = {"p50": ctx["p50_ms"] / flo["p50_ms"], "p95": ctx["p95_ms"] / flo["p95_ms"]}
    if cold:
        ratios |= {
            "cold_p50": cold["context"]["p50_ms"] / cold["floor"]["p50_ms"],
            "cold_p95": cold["context"]["p95_ms"] / cold["floor"]["p95_ms"],
        }
    mfl = rows["model_floor"]["p95_ms"]
    ratios["p95_vs_floor_plus_model"] = ctx["p95_ms"] / (flo["p95_ms"] + mfl)
    with_model = ctx["p95_ms"] <= 1.5 * flo["p95_ms"] + mfl
    targets = {
        "context p95 <= 1.5x floor p95": {"value": ratios["p95"], "limit": 1.5, "pass": ratios["p95"] <= 1.5},
        "context p95 <= 1.5x floor + model floor p95": {
            "value": ctx["p95_ms"],
            "limit": 1.5 * flo["p95_ms"] + mfl,
            "pass": with_model,
        },
        "context p95 < 35 ms in process": {"value": ctx["p95_ms"], "limit": 35.0, "pass": ctx["p95_ms"] < 35.0},
        "context p95 < 25 ms in process": {"value": ctx["p95_ms"], "limit": 25.0, "pass": ctx["p95_ms"] < 25.0},
        "proxy overhead p95 < 30 ms": {"value": ovh["p95_ms"], "limit": 30.0, "pass": ovh["p95_ms"] < 30.0},
    }
    # "mem0" is left out: the flag is a bool, and summary["mem0"] holds mem0's own figures when it ran.
    summary = {k: v for k, v in vars(a).items() if k not in ("data_dir", "json", "keep", "data", "mem0", "mem0_python")}
    summary["mem0_measured"] = bool(mem0)
    summary |= {
        "total_memories": total,
        "active_users": len(active),
        "cold_users": n_cold,
        "dim": int(fill.base_vecs.shape[1]),
        "vector_candidates_k": VECTOR_CANDIDATES,
        "fill_embed_bases_s": fill.embed_s,
        "fill_sql_s": fill.sql_s,
        "fill_index_s": fill.index_s,
        "fill_s": fill_s,
        "fill_memories_per_s": total / fill_s,
        "wall_s": time.perf_counter() - t_all,
        "chromadb": version("chromadb"),
        "sqlalchemy_url": "sqlite (temp data dir)",
    }
    if mem0:
        summary["mem0"] = {k: v for k, v in mem0.items() if k != "search"}
    return {"summary": summary, "rows": rows, "context_x_floor": ratios, "targets": targets}


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def report(result: dict[str, Any]) -> None:
    s, rows = result["summary"], result["rows"]
    print(
        f"\nusers={s['users']:,} per_user={s['per_user']:,} total={s['total_memories']:,} core/user={s['core']} "
        f"dim={s['dim']} budget={s['budget']} requests={s['requests']} (after {s['warmup']} warm-up each) over "
        f"{s['active_users']} active users; {s['cold_users']} cold users; "
        f"model threads={s['threads'] or 'default'}"
    )
    print(f"texts: {s['text_source']}; memory vectors synthetic around {s['bases']} real base embeddings")
    print(
        f"fill: SQL {s['fill_sql_s']:,.1f} s + Chroma {s['fill_index_s']:,.1f} s = {s['fill_s']:,.1f} s "
        f"({s['fill_memories_per_s']:,.0f} memories/s); bases embedded in {s['fill_embed_bases_s']:,.1f} s; "
        f"disk {s['data_dir_bytes'] / 2**20:,.0f} MiB; peak RSS {s['peak_rss_mib']:,.0f} MiB; "
        f"wall {s['wall_s']:,.0f} s"
    )
    print(
        f"context: mean {rows['mean_items']:.1f} items chosen ({rows['mean_core_items']:.1f} core), "
        f"{rows['mean_candidates_considered']:.0f} candidates considered\n"
    )
    names = {
        "context": "(a) context, in process",
        "context_http": "(b) context over HTTP (uvicorn, 1 conn)",
        "floor": f"(c) floor: embed + numpy top-{s['vector_candidates_k']}",
        "floor_embed_only": "    of which embedding the query",
        "model_floor": "    the reranker alone on its top candidates",
        "upstream_direct": "(d) chat call straight to the stub",
        "through_proxy": "    the same through the tacit proxy",
        "proxy_overhead": "    proxy overhead (per-pair difference)",
        "cold_context": "cold: a user's first context since start",
        "cold_floor": "      its floor (same requests)",
        "after_write": "context right after a write to the user",
        "mem0_search": "mem0 search, top-5 (the (a) requests)",
    }
    print(f"{'':44} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for key, name in names.items():
        if key in rows:
            r = rows[key]
            print(f"{name:44} {r['p50_ms']:8.2f} {r['p95_ms']:8.2f} {r['p99_ms']:8.2f}")
    x = result["context_x_floor"]
    print(f"{'context / floor (warm)':44} {x['p50']:7.2f}x {x['p95']:7.2f}x")
    if "cold_p50" in x:
        print(f"{'context / floor (cold)':44} {x['cold_p50']:7.2f}x {x['cold_p95']:7.2f}x")
    if "mem0" in s:
        m = s["mem0"]
        print(
            f"mem0 {m['mem0ai']}: {m['requests']} searches; its store filled at {m['fill_memories_per_s']:,.0f} "
            "memories/s (vector_store.insert, one collection for all users)"
        )
    print("\ntargets (warm, in process; proxy through the app):")
    for name, t in result["targets"].items():
        print(f"  {name:34} {t['value']:8.2f}   {verdict(t['pass'])}")


if __name__ == "__main__":
    main()

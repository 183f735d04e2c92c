"""Per-user vector search: latency and recall of tacit's one-Chroma-collection-per-user index.

tacit keeps one Chroma collection per user partition (``memory/vector/chroma.py``) rather than one shared
collection filtered with ``where={"user_id": ...}``: a filtered search over a shared collection scans far
more than that user's vectors, so its cost grows with the whole service (chroma-core/chroma#7092). This
script fills ``--users`` x ``--per-user`` vectors through ``ChromaIndex.upsert`` and then times
``ChromaIndex.query`` for random users against two references:

* the floor: an exact numpy dot product over that user's vectors (held in memory) plus ``argpartition``
  top-k, which is also the ground truth for Chroma's recall@k (HNSW is approximate);
* optionally (``--shared-baseline N``) one shared Chroma collection holding the first N users' vectors,
  searched with ``where={"user_id": u}``: the design tacit does not use.

Vectors are synthetic random unit vectors (float32, normalised) drawn around a few per-user cluster
centres, and each query lies near one of its user's centres. No embedder runs: this measures the index,
not the embedding model. Run: ``python -m bench.vector_search [--users 20 --per-user 200]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from memory.ports import MetadataValue, VectorRecord
from memory.vector.chroma import ChromaIndex
from memory.vector.partition import partition_key

Matrix = NDArray[np.float32]
TENANT = "bench"
CENTRES = 4  # cluster centres per user
SPREAD = 0.8  # norm of the noise added to a centre: cosine to the centre is about 0.78
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "vector_search.json"


def unit(x: NDArray[Any]) -> Matrix:
    out: Matrix = (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)
    return out


def around(rng: np.random.Generator, centres: Matrix, n: int) -> Matrix:
    """``n`` unit vectors, each near a randomly chosen one of ``centres``."""
    dim = centres.shape[1]
    picked = centres[rng.integers(0, len(centres), n)]
    return unit(picked + rng.standard_normal((n, dim)) * (SPREAD / np.sqrt(dim)))


def exact_top(matrix: Matrix, q: Matrix, k: int) -> NDArray[np.intp]:
    """Indices of the ``k`` rows of ``matrix`` closest to ``q`` by cosine, best first."""
    scores = matrix @ q
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    return top[np.argsort(-scores[top])]


def rid(user: int, j: int) -> str:
    return f"{user}:{j}"


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def stats(lat: list[float], floor: dict[str, float] | None, recall: float | None) -> dict[str, Any]:
    p50, p95, p99 = (float(v) * 1000 for v in np.percentile(lat, [50, 95, 99]))
    row: dict[str, Any] = {"n": len(lat), "p50_ms": p50, "p95_ms": p95, "p99_ms": p99, "recall": recall}
    if floor is not None:
        row["p50_x_floor"] = p50 / floor["p50_ms"]
        row["p95_x_floor"] = p95 / floor["p95_ms"]
    return row


Query = tuple[int, Matrix]  # (user, query vector)


def timed_search(
    search: Callable[[int, Matrix], list[str]],
    queries: list[Query],
    vectors: dict[int, Matrix],
    k: int,
    warmup: int,
) -> tuple[list[float], float]:
    """Run the first ``warmup`` queries untimed, time the rest; returns latencies and mean recall@k."""
    for user, q in queries[:warmup]:
        search(user, q)
    queries = queries[warmup:]
    lat: list[float] = []
    hits = 0
    for user, q in queries:
        t0 = time.perf_counter()
        got = search(user, q)
        lat.append(time.perf_counter() - t0)
        hits += len(set(got) & {rid(user, int(j)) for j in exact_top(vectors[user], q, k)})
    return lat, hits / (k * len(queries))


def fill_shared(data_dir: Path, vectors: dict[int, Matrix], n: int) -> tuple[Any, float]:
    """One shared collection with users ``0..n-1``, metadata ``{"user_id": ...}``; returns it and seconds."""
    import chromadb
    from chromadb.api.types import Metadata
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    client = chromadb.PersistentClient(path=str(data_dir / "shared"), settings=settings)
    coll = client.get_or_create_collection(
        "shared", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    batch = min(client.get_max_batch_size(), 5000)
    ids = [rid(u, j) for u in range(n) for j in range(len(vectors[u]))]
    metas: list[Metadata] = [{"user_id": str(u)} for u in range(n) for _ in range(len(vectors[u]))]
    emb = np.concatenate([vectors[u] for u in range(n)])
    t0 = time.perf_counter()
    for s in range(0, len(ids), batch):
        coll.add(ids=ids[s : s + batch], embeddings=emb[s : s + batch], metadatas=metas[s : s + batch])
        if (s // batch) % 20 == 0:
            print(f"  shared fill {min(s + batch, len(ids)):,}/{len(ids):,}", file=sys.stderr, flush=True)
    return coll, time.perf_counter() - t0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--per-user", type=int, default=1000)
    ap.add_argument("--dim", type=int, default=384)
    ap.add_argument("--queries", type=int, default=2000, help="timed searches, over random users")
    ap.add_argument("--warmup", type=int, default=200, help="untimed searches before timing")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--batch", type=int, default=1000, help="records per ChromaIndex.upsert call")
    ap.add_argument("--data-dir", type=Path, default=None, help="default: a fresh temp dir")
    ap.add_argument("--keep", action="store_true", help="keep the data dir")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shared-baseline", type=int, default=0, metavar="N", help="users in one shared coll.")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    rng = np.random.default_rng(a.seed)
    data_dir = a.data_dir or Path(tempfile.mkdtemp(prefix="tacit-vbench-"))
    remove = a.data_dir is None and not a.keep  # never delete a directory the caller named
    index = ChromaIndex(path=data_dir / "tacit")
    parts = [partition_key(TENANT, f"user-{u:06d}") for u in range(a.users)]
    vectors: dict[int, Matrix] = {}
    centres: dict[int, Matrix] = {}
    meta: dict[str, MetadataValue] = {
        "kind": "preference",
        "category": "style",
        "pinned": False,
    }  # what tacit's outbox writes
    try:
        print(f"filling {a.users} users x {a.per_user} into {data_dir}", file=sys.stderr, flush=True)
        fill_s = 0.0
        for u in range(a.users):
            centres[u] = unit(rng.standard_normal((CENTRES, a.dim)))
            vectors[u] = around(rng, centres[u], a.per_user)
            recs = [VectorRecord(rid(u, j), v, meta) for j, v in enumerate(vectors[u])]
            t0 = time.perf_counter()
            for s in range(0, len(recs), a.batch):
                index.upsert(parts[u], recs[s : s + a.batch])
            fill_s += time.perf_counter() - t0
            if (u + 1) % max(1, a.users // 20) == 0 or u + 1 == a.users:
                done = (u + 1) * a.per_user
                print(f"  {u + 1}/{a.users} users, {done / fill_s:,.0f} vectors/s", file=sys.stderr)
        total = a.users * a.per_user
        cached = len(index._collections)  # ChromaIndex keeps the handle of every collection it has touched

        users = rng.integers(0, a.users, a.warmup + a.queries)
        queries = [(int(u), around(rng, centres[int(u)], 1)[0]) for u in users]

        def tacit(u: int, q: Matrix) -> list[str]:
            return [m.id for m in index.query(parts[u], q, a.k)]

        def floor(u: int, q: Matrix) -> list[str]:
            return [rid(u, int(j)) for j in exact_top(vectors[u], q, a.k)]

        print("querying", file=sys.stderr, flush=True)
        floor_lat, _ = timed_search(floor, queries, vectors, a.k, a.warmup)
        floor_row = stats(floor_lat, None, 1.0)
        tacit_lat, tacit_recall = timed_search(tacit, queries, vectors, a.k, a.warmup)
        rows = {
            "tacit per-user collection": stats(tacit_lat, floor_row, tacit_recall),
            "numpy floor (exact)": stats(floor_lat, floor_row, 1.0),
        }
        shared_fill: dict[str, float] = {}
        n = min(a.shared_baseline, a.users)
        if n > 0:
            print(f"filling the shared collection with {n} users", file=sys.stderr, flush=True)
            coll, secs = fill_shared(data_dir, vectors, n)
            shared_fill = {"users": n, "vectors": n * a.per_user, "fill_s": secs}

            def shared(u: int, q: Matrix) -> list[str]:
                res = coll.query(
                    query_embeddings=q.reshape(1, -1),
                    n_results=a.k,
                    where={"user_id": str(u)},
                    include=["distances"],
                )
                return list(res["ids"][0])

            s_users = rng.integers(0, n, a.warmup + a.queries)
            sq = [(int(u), around(rng, centres[int(u)], 1)[0]) for u in s_users]
            lat, rec = timed_search(shared, sq, vectors, a.k, a.warmup)
            rows[f"filtered shared collection ({n * a.per_user:,} vectors)"] = stats(lat, floor_row, rec)

        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        disk = dir_bytes(data_dir)
        summary = {k: v for k, v in vars(a).items() if k not in ("data_dir", "json", "keep")}
        summary |= dict(total_vectors=total, fill_s=fill_s, fill_vectors_per_s=total / fill_s)
        summary |= dict(disk_bytes=disk, peak_rss_mib=peak_mib, collection_handles_cached=cached)
        summary |= dict(shared=shared_fill, chromadb=version("chromadb"))
        print(
            f"\nusers={a.users} per_user={a.per_user} total={total:,} dim={a.dim} k={a.k} "
            f"queries={a.queries} (after {a.warmup} warm-up)"
        )
        print(
            f"fill: {fill_s:,.1f} s, {total / fill_s:,.0f} vectors/s"
            + (f"; shared: {shared_fill['fill_s']:,.1f} s" if shared_fill else "")
        )
        print(
            f"disk: {disk / 2**20:,.1f} MiB   peak RSS: {peak_mib:,.0f} MiB "
            f"(includes the {total * a.dim * 4 / 2**20:,.0f} MiB numpy copy)"
        )
        print(f"collection handles cached during timing: {cached}/{a.users} (all, from the fill)\n")
        print(f"{'':44} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'p50 x':>7} {'p95 x':>7} {'recall':>7}")
        for name, r in rows.items():
            print(
                f"{name:44} {r['p50_ms']:8.3f} {r['p95_ms']:8.3f} {r['p99_ms']:8.3f} "
                f"{r['p50_x_floor']:7.1f} {r['p95_x_floor']:7.1f} {r['recall']:7.3f}"
            )
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2) + "\n")
        print(f"\nwrote {a.json}")
    finally:
        if remove:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            print(f"kept {data_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""mem0's search latency on ``bench/recall_latency.py``'s workload, in the same run (``--mem0`` there).

The tacit process hands over what it filled: every memory's vector (a float32 ``.npy`` on disk, user after
user, ``per_user`` rows each), its text (an index into a list of texts), and the timed requests (user id,
request text). A worker in the bench-only venv ``.venv-mem0`` (``bash bench/mem0_env.sh``) then:

- builds mem0's ``Memory`` as ``bench/mem0_compare.py`` does: the same embedding model, offline, through mem0's
  ``huggingface`` embedder (torch, ``--threads`` threads like tacit's ONNX Runtime), a Chroma store in a
  temp dir, an LLM that is never called;
- writes the same vectors, with the payload ``Memory.add(..., infer=False)`` writes (data, hash, created_at,
  updated_at, user_id), straight into mem0's vector store (``memory.vector_store.insert``, batches of
  ``--mem0-batch``). ``Memory.add`` embeds and inserts one memory at a time (24 memories/s here), which would
  take half a day for a million; the store ends up as it would have, one Chroma collection for everyone;
- times ``memory.search(request, filters={"user_id": user}, top_k=5)`` for the same requests tacit answered
  (after ``warmup`` untimed ones): mem0's whole search path, embedding the request included.

Printed beside tacit's context call; the JSON goes into ``recall_latency_UxM.json`` under ``mem0``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FLAG = "--mem0-latency-worker"


def percentiles(latencies: list[float]) -> dict[str, float]:
    lat = sorted(latencies)
    return {f"p{q}_ms": lat[min(len(lat) - 1, int(len(lat) * q / 100))] * 1000 for q in (50, 95, 99)}


def worker(out: Path) -> None:
    """In .venv-mem0: read the spec (JSON on stdin), fill mem0's store, time its searches, write to ``out``."""
    import inspect
    from importlib.metadata import version

    import numpy as np

    sys.path.insert(0, str(ROOT))
    from bench.mem0_compare import mem0_memory, set_threads

    spec: dict[str, Any] = json.load(sys.stdin)
    set_threads(int(spec["threads"]))
    vectors = np.load(spec["vectors"], mmap_mode="r")
    text_ids = np.load(spec["text_ids"], mmap_mode="r")
    texts: list[str] = spec["texts"]
    hashes = [hashlib.md5(t.encode()).hexdigest() for t in texts]
    users: list[str] = spec["users"]
    per_user = int(spec["per_user"])
    batch = int(spec["batch"])
    with tempfile.TemporaryDirectory(prefix="mem0-latency-") as tmp:
        memory = mem0_memory(Path(tmp))
        store = memory.vector_store
        now = datetime.now(UTC).isoformat()
        t0 = time.perf_counter()
        for u, uid in enumerate(users):
            for start in range(0, per_user, batch):
                rows = range(u * per_user + start, u * per_user + min(per_user, start + batch))
                store.insert(
                    vectors=np.asarray(vectors[rows.start : rows.stop], dtype=np.float32),
                    payloads=[
                        {
                            "data": texts[int(text_ids[r])],
                            "hash": hashes[int(text_ids[r])],
                            "created_at": now,
                            "updated_at": now,
                            "user_id": uid,
                        }
                        for r in rows
                    ],
                    ids=[f"{uid}-{r - u * per_user}" for r in rows],
                )
            if (u + 1) % max(1, len(users) // 10) == 0:
                print(f"  mem0 fill: {u + 1:,}/{len(users):,} users", file=sys.stderr, flush=True)
        fill_s = time.perf_counter() - t0
        new_api = "filters" in inspect.signature(memory.search).parameters
        latencies: list[float] = []
        returned: list[int] = []
        for i, (uid, request) in enumerate(spec["requests"]):
            t1 = time.perf_counter()
            if new_api:
                found = memory.search(request, filters={"user_id": uid}, top_k=5)
            else:
                found = memory.search(request, user_id=uid, limit=5)
            if i >= spec["warmup"]:
                latencies.append(time.perf_counter() - t1)
                results = found["results"] if isinstance(found, dict) else found
                returned.append(len(results))
    if min(returned) < 5:
        raise SystemExit(f"mem0 returned fewer than 5 results for a user ({min(returned)})")
    out.write_text(
        json.dumps(
            {
                "search": percentiles(latencies),
                "requests": len(latencies),
                "fill_s": fill_s,
                "fill_memories_per_s": len(users) * per_user / fill_s,
                "mem0ai": version("mem0ai"),
                "chromadb": version("chromadb"),
            }
        )
    )


def measure(
    python: Path,
    vectors: dict[str, Any],
    text_ids: dict[str, Any],
    texts: list[str],
    requests: list[tuple[str, str]],
    *,
    warmup: int,
    threads: int,
    batch: int,
    timeout_s: float,
) -> dict[str, Any]:
    """In tacit's venv: write the fill to disk, run :func:`worker` in ``python`` and return its metrics.
    ``vectors`` / ``text_ids``: per user (all users the same count), in fill order."""
    import numpy as np

    from bench.mem0_compare import run_in_mem0_venv

    users = list(vectors)
    per_user = len(next(iter(vectors.values())))
    dim = next(iter(vectors.values())).shape[1]
    with tempfile.TemporaryDirectory(prefix="mem0-latency-in-") as tmp:
        vec_path, ids_path = Path(tmp) / "vectors.npy", Path(tmp) / "text_ids.npy"
        all_vecs = np.lib.format.open_memmap(vec_path, mode="w+", dtype=np.float32, shape=(len(users) * per_user, dim))
        all_ids = np.lib.format.open_memmap(ids_path, mode="w+", dtype=np.int32, shape=(len(users) * per_user,))
        for u, uid in enumerate(users):
            all_vecs[u * per_user : (u + 1) * per_user] = vectors[uid]
            all_ids[u * per_user : (u + 1) * per_user] = text_ids[uid]
        all_vecs.flush()
        all_ids.flush()
        del all_vecs, all_ids
        spec = {
            "vectors": str(vec_path),
            "text_ids": str(ids_path),
            "texts": texts,
            "users": users,
            "per_user": per_user,
            "requests": requests,
            "warmup": warmup,
            "threads": threads,
            "batch": batch,
        }
        return run_in_mem0_venv(python, Path(__file__), FLAG, json.dumps(spec), timeout_s)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == FLAG:
        worker(Path(sys.argv[2]))
    else:
        raise SystemExit(f"run by bench/recall_latency.py --mem0 (usage: {FLAG} OUT, spec on stdin)")

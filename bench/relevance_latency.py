"""The relevance model's own floor: ``ModelReranker.rerank`` alone (topics of the request, facets of the
candidates, the model's terms, the choice) on 20 and 48 candidates, beside embedding the request (the floor
every recall pays), in one run so the ratio holds on a loaded machine. Candidates are real embeddings of the
hand-written cases' memories; requests are the cases' requests.

Run: python -m bench.relevance_latency [--repeat 300]   (bench/results/relevance_latency.json)
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bench.relevance_cases import load
from memory.build import build_embedder, build_reranker
from memory.recall.rank import Candidate, Scored
from memory.settings import EmbeddingSettings, Settings
from memory.taxonomy.categories import Categorizer


def _pct(xs: list[float], q: float) -> float:
    return sorted(xs)[min(len(xs) - 1, int(len(xs) * q))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=300)
    ap.add_argument("--json", default="bench/results/relevance_latency.json")
    args = ap.parse_args()
    settings = Settings(embedding=EmbeddingSettings(recent_texts=0))  # each query embedded, though they repeat
    embedder = build_embedder(settings)
    categorizer = Categorizer(embedder)
    reranker = build_reranker(settings, embedder, categorizer)
    users, requests = load()
    texts = [t for ts in users.values() for t in ts]
    vectors = embedder.embed(texts)
    now = datetime.now(UTC)
    rng = np.random.default_rng(0)
    queries = [r["request"] for r in requests]
    out: dict[str, dict[str, float]] = {}
    for n in (20, 48):
        embed_s: list[float] = []
        model_s: list[float] = []
        for k in range(args.repeat):
            query = queries[k % len(queries)]
            t0 = time.perf_counter()
            q = embedder.embed([query])[0]
            t1 = time.perf_counter()
            picks = rng.choice(len(texts), size=n, replace=len(texts) < n)
            ranked = [
                Scored(Candidate(f"m{i}", texts[i], "preference", "general", "", False, 0.8, 1, now), 0.3, 0.3)
                for i in picks
            ]
            held = {f"m{i}": vectors[i] for i in picks}
            t2 = time.perf_counter()
            reranker.rerank(query, q, ranked, held, n)
            t3 = time.perf_counter()
            embed_s.append(t1 - t0)
            model_s.append(t3 - t2)
        out[f"{n} candidates"] = {
            "model_p50_ms": _pct(model_s, 0.5),
            "model_p95_ms": _pct(model_s, 0.95),
            "embed_request_p50_ms": _pct(embed_s, 0.5),
            "embed_request_p95_ms": _pct(embed_s, 0.95),
            "model_over_embed_p50": _pct(model_s, 0.5) / _pct(embed_s, 0.5),
        }
    cols = ["model_p50_ms", "model_p95_ms", "embed_request_p50_ms", "embed_request_p95_ms", "model_over_embed_p50"]
    print(f"{'shape':<16}" + "".join(f"{c:>22}" for c in cols))
    for name, r in out.items():
        print(f"{name:<16}" + "".join(f"{r[c]:>22.3f}" for c in cols))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2))
    print(f"saved {args.json}")
    getattr(embedder, "close", lambda: None)()


if __name__ == "__main__":
    main()

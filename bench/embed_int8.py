"""The 8-bit embedding model (``embedding.quantize=int8``) against the full one, on this machine, in one run:

- CPU per text, one text a call (a lone request) and twelve a call (the batching embedder under load);
- how close its vectors are: cosine to the full model's vector of the same text;
- whether it ranks the same way: for each hand-written case's request (``bench/data/relevance_cases.jsonl``),
  the overlap of the top 5 of the user's memories by cosine, and whether the best memory that applies keeps
  its place in the top 5.

Texts are the cases' requests and memories (written by this project). Run: python -m bench.embed_int8
(bench/results/embed_int8.json)
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bench.relevance_cases import load
from memory.embedding.onnx import OnnxEmbedder

RESULTS = Path(__file__).parent / "results"


def cpu_ms_per_text(embedder: OnnxEmbedder, texts: list[str], per_call: int, seconds: float) -> float:
    """CPU milliseconds per text, calls of ``per_call`` texts repeated for about ``seconds`` of CPU."""
    batches = [texts[i : i + per_call] for i in range(0, len(texts) - per_call + 1, per_call)]
    done = 0
    t0 = time.process_time()
    while time.process_time() - t0 < seconds:
        for batch in batches:
            embedder.embed(batch)
            done += len(batch)
    return (time.process_time() - t0) * 1000 / done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seconds", type=float, default=4.0, help="CPU seconds per timing cell")
    ap.add_argument("--json", type=Path, default=RESULTS / "embed_int8.json")
    a = ap.parse_args()
    users, cases = load()
    requests = [c["request"] for c in cases]
    memories = sorted({m for ms in users.values() for m in ms})
    texts = requests + memories
    full = OnnxEmbedder(model_name="all-MiniLM-L6-v2", threads=1)
    small = OnnxEmbedder(model_name="all-MiniLM-L6-v2", threads=1, quantize="int8")
    v_full, v_small = full.embed(texts), small.embed(texts)
    cos = np.sum(v_full * v_small, axis=1)
    at = {t: i for i, t in enumerate(texts)}
    overlap, kept, top1 = [], [], []
    for c in cases:
        mine = users[c["user"]]
        q = at[c["request"]]
        ranks = []
        for v in (v_full, v_small):
            sims = np.array([float(v[q] @ v[at[m]]) for m in mine])
            ranks.append([mine[i] for i in np.argsort(-sims, kind="stable")])
        overlap.append(len(set(ranks[0][:5]) & set(ranks[1][:5])) / min(5, len(mine)))
        top1.append(ranks[0][0] == ranks[1][0])
        if c["applies"]:
            best = next(m for m in ranks[0] if m in c["applies"])
            kept.append(best in ranks[1][:5] if best in ranks[0][:5] else True)
    timing: dict[str, Any] = {}
    for per_call in (1, 12):
        for name, e in (("full", full), ("int8", small), ("full", full), ("int8", small)):  # alternated: load drifts
            timing.setdefault(f"{name}_{per_call}", []).append(cpu_ms_per_text(e, texts, per_call, a.seconds))
    ms = {k: float(np.median(v)) for k, v in timing.items()}
    out: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "texts": len(texts),
        "cases": len(cases),
        "cosine_to_full": {
            "min": float(cos.min()),
            "p05": float(np.quantile(cos, 0.05)),
            "mean": float(cos.mean()),
        },
        "top5_overlap_mean": float(np.mean(overlap)),
        "top1_same": float(np.mean(top1)),
        "best_applying_kept_in_top5": float(np.mean(kept)),
        "cpu_ms_per_text": ms,
        "cpu_ms_per_text_runs": timing,
        "speedup_1": ms["full_1"] / ms["int8_1"],
        "speedup_12": ms["full_12"] / ms["int8_12"],
    }
    print(f"{'texts a call':<14}{'full ms/text':>14}{'int8 ms/text':>14}{'full / int8':>13}")
    for per_call in (1, 12):
        f, s = ms[f"full_{per_call}"], ms[f"int8_{per_call}"]
        print(f"{per_call:<14}{f:>14.2f}{s:>14.2f}{f / s:>12.2f}x")
    near = out["cosine_to_full"]
    print(
        f"cosine to the full model's vectors ({len(texts)} texts): min {near['min']:.4f}, "
        f"5th pct {near['p05']:.4f}, mean {near['mean']:.4f}"
    )
    print(
        f"ranking of each case user's memories ({len(cases)} requests): top-5 overlap {out['top5_overlap_mean']:.3f}, "
        f"same top 1 {out['top1_same']:.3f}, best applying memory kept in the top 5 "
        f"{out['best_applying_kept_in_top5']:.3f}"
    )
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(out, indent=1) + "\n")
    print(f"saved {a.json}")


if __name__ == "__main__":
    main()

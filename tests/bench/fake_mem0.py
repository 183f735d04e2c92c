"""Stands in for the mem0 venv's worker in the bench smoke test: ``bench.recall_latency --mem0`` hands its fill
over exactly as it does to mem0 (vectors and text ids on disk, the spec on stdin), and this checks what arrived
and answers with metrics of the shape the real worker writes. No mem0 code runs here.

Run as ``python fake_mem0.py SCRIPT FLAG OUT`` (the interpreter's command line, with the script path first)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np


def main() -> None:
    out = Path(sys.argv[-1])
    spec = json.load(sys.stdin)
    vectors = np.load(spec["vectors"])
    text_ids = np.load(spec["text_ids"])
    users, per_user = spec["users"], int(spec["per_user"])
    if vectors.shape[0] != len(users) * per_user or text_ids.shape != (vectors.shape[0],):
        raise SystemExit(f"bad handover: {vectors.shape} vectors, {text_ids.shape} ids for {len(users)}x{per_user}")
    if int(text_ids.max()) >= len(spec["texts"]) or not spec["requests"]:
        raise SystemExit("bad handover: text ids out of range or no requests")
    out.write_text(
        json.dumps(
            {
                "search": {"p50_ms": 1.0, "p95_ms": 2.0, "p99_ms": 3.0},
                "requests": len(spec["requests"]) - int(spec["warmup"]),
                "fill_s": 1.0,
                "fill_memories_per_s": float(vectors.shape[0]),
                "mem0ai": "fake",
                "chromadb": "fake",
            }
        )
    )


if __name__ == "__main__":
    main()

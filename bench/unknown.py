"""What tacit does not know: the context's ``unknown`` on 40 hand-written requests (bench/data/
unknown_requests.jsonl, each with the taxonomy topic(s) a person would give it) over a user whose memory
covers some preference dimensions and not others (USER below, with the dimensions each memory covers).

Judged per request: the expected uncovered dimensions are those of its labelled topics (per
memory/recall/dimensions.py, ``when`` words applied) minus the ones the user's memory covers.
- covered listed: a dimension the memory covers was listed (target: never);
- hit: at least one expected uncovered dimension was listed, over the requests that have one (target >= 0.8);
- precision: listed dimensions that were expected (a wrong topic lists the wrong questions).

Run: python -m bench.unknown [--json bench/results/unknown.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from agents.services import Services
from memory.db.migrate import upgrade
from memory.recall.dimensions import DIMENSIONS
from memory.recall.types import ContextRequest
from memory.settings import Settings, WorkerSettings
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind

DATA = Path(__file__).parent / "data" / "unknown_requests.jsonl"
# (text, kind, category, the dimension it covers)
USER = (
    ("Is vegetarian", MemoryKind.constraint, "food", "food.diet"),
    ("Prefers Python for code examples", MemoryKind.style, "communication", "communication.language"),
    ("Has a golden retriever named Rex", MemoryKind.fact, "pets", "pets.pet"),
    ("Travels on a tight budget", MemoryKind.preference, "travel", "travel.budget"),
    ("Works as a nurse on night shifts", MemoryKind.fact, "work", "work.role"),
    ("Has sensitive skin", MemoryKind.fact, "beauty", "beauty.skin"),
    ("Loves jazz and soul music", MemoryKind.preference, "music", "music.genres"),
    ("Prefers short, concise answers", MemoryKind.style, "communication", "communication.length"),
    ("Is a beginner at working out", MemoryKind.fact, "fitness", "fitness.level"),
    ("Lives with a partner and two young kids", MemoryKind.fact, "family", "family.household"),
)


def expected(request: str, topics: list[str], covered: set[str]) -> set[str]:
    low = request.lower()
    dims = {
        f"{d.category}.{d.key}"
        for d in DIMENSIONS
        if d.category in topics and (not d.when or any(w in low for w in d.when))
    }
    return dims - covered


def run(svc: Services) -> dict[str, Any]:
    svc.store.create_user(NewUser(id="u"))
    for text, kind, category, _ in USER:
        svc.store.add("u", NewMemory(text=text, kind=kind, category=category))
    covered = {dim for *_, dim in USER}
    recall = svc.recall
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    per: list[dict[str, Any]] = []
    recall.context("u", ContextRequest(query="warm-up: load the prototypes"))
    started = time.perf_counter()
    for r in rows:
        result = recall.context("u", ContextRequest(query=r["request"]))
        listed = [u.dimension for u in result.unknown]
        want = expected(r["request"], r["topics"], covered)
        per.append({**r, "listed": listed, "expected": sorted(want), "covered_listed": sorted(set(listed) & covered)})
    elapsed = time.perf_counter() - started
    having = [p for p in per if p["expected"]]
    hits = [p for p in having if set(p["listed"]) & set(p["expected"])]
    listed_total = sum(len(p["listed"]) for p in per)
    right = sum(len(set(p["listed"]) & set(p["expected"])) for p in per)
    return {
        "requests": len(per),
        "with_uncovered": len(having),
        "hit_rate": len(hits) / max(1, len(having)),
        "covered_listed": sum(len(p["covered_listed"]) for p in per),
        "precision": right / max(1, listed_total),
        "ms_per_context": 1000 * elapsed / max(1, len(per)),
        "targets": {"hit_rate": 0.8, "covered_listed": 0},
        "per_request": per,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--json", default="bench/results/unknown.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), worker=WorkerSettings(in_process=False))
        upgrade(settings.sqlalchemy_url())
        svc = Services(settings)
        try:
            result = run(svc)
        finally:
            svc.close()
    for p in result["per_request"]:
        mark = "ok " if (set(p["listed"]) & set(p["expected"])) or not p["expected"] else "MISS"
        if p["covered_listed"]:
            mark = "BAD"
        print(f"{mark:<5}{p['request'][:52]:<54}listed {p['listed']}  expected {p['expected']}")
    print(
        f"\n{result['requests']} requests, {result['with_uncovered']} with an uncovered dimension: "
        f"hit rate {result['hit_rate']:.3f} (target >= 0.8), covered listed {result['covered_listed']} (target 0), "
        f"precision {result['precision']:.3f}, {result['ms_per_context']:.1f} ms per context call"
    )
    Path(args.json).write_text(json.dumps(result, indent=2))
    print(f"saved {args.json}")


if __name__ == "__main__":
    main()

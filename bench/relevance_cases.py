"""Conditional and constraint cases written by hand (bench/data/relevance_cases.jsonl, labelling rules in
bench/data/README.md): twelve users with eight memories each, and requests where some of them apply and the rest
must stay out (CUPID's spirit: the same user, a preference that applies to one request and not to the next). None
of it is training data. A global style item applies to every request of its user; a topical one (noa, eli) must
stay out of unrelated requests; where the user lives (pia, kai) applies to place-bound requests only.

Memories are added without a kind (tacit reads it from the wording: allergies, diets, fears and style rules
become core items, always injected). Per ranking (``recall.rerank`` off, the embeddings' cut, against model):

- hit rate: share of (request, memory that applies) pairs where the memory is chosen;
- precision: share of all chosen items (core and request) that apply;
- false injection: share of chosen request items (not core) that do not apply; and the share of requests with
  at least one such item;
- empty when nothing applies: share of the requests with no applying request item that get none.

Run: python -m bench.relevance_cases [--json bench/results/relevance_cases.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from statistics import mean
from typing import Any

from agents.services import Services
from memory.db.migrate import upgrade
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser

CASES = Path(__file__).parent / "data" / "relevance_cases.jsonl"


def load(path: Path = CASES) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    users: dict[str, list[str]] = {}
    requests: list[dict[str, Any]] = []
    for line in path.read_text().splitlines():
        row = json.loads(line)
        if "memories" in row:
            users[row["user"]] = row["memories"]
        else:
            requests.append(row)
    return users, requests


def run(parts: Services, users: dict[str, list[str]], requests: list[dict[str, Any]]) -> dict[str, Any]:
    for uid, texts in users.items():
        parts.store.create_user(NewUser(id=uid))
        parts.store.add_many(uid, [NewMemory(text=t) for t in texts], actor="bench")
    hits, right, false_items, any_false, empty_ok, latencies, misses = [], [], [], [], [], [], []
    for case in requests:
        t0 = time.perf_counter()
        result = parts.recall.context(case["user"], ContextRequest(query=case["request"]))
        latencies.append(time.perf_counter() - t0)
        chosen = {c.memory.text for c in result.items}
        extra = [c.memory.text for c in result.items if c.section == "request"]
        applies = set(case["applies"])
        core = {c.memory.text for c in result.items if c.section == "core"}
        for text in applies:
            hits.append(text in chosen)
            if text not in chosen:
                misses.append({"request": case["request"], "missed": text})
        right += [t in applies for t in chosen]
        wrong = [t for t in extra if t not in applies]
        false_items += [t not in applies for t in extra]
        any_false.append(bool(wrong))
        if wrong:
            misses.append({"request": case["request"], "injected": wrong})
        if not (applies - core):
            empty_ok.append(not extra)
    latencies.sort()
    return {
        "requests": len(requests),
        "hit_rate": mean(hits),
        "precision": mean(right) if right else 1.0,
        "false_injection_items": mean(false_items) if false_items else 0.0,
        "requests_with_false_injection": mean(any_false),
        "empty_when_nothing_applies": mean(empty_ok) if empty_ok else 1.0,
        "context_p50_ms": latencies[len(latencies) // 2] * 1000,
        "misses": misses,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", default="bench/results/relevance_cases.json")
    ap.add_argument("--rankings", default="off,model", help="recall.rerank values to compare")
    ap.add_argument("--cases", default=str(CASES), help="the cases file (default: bench/data/relevance_cases.jsonl)")
    ap.add_argument("--model", default=None, help="a relevance model file to use (default: the shipped one)")
    args = ap.parse_args()
    users, requests = load(Path(args.cases))
    results: dict[str, Any] = {}
    for mode in args.rankings.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(args.model) if args.model else None
            recall = RecallSettings(rerank=mode, relevance_model=model)
            settings = Settings(data_dir=Path(tmp), recall=recall)
            upgrade(settings.sqlalchemy_url())
            parts = Services(settings)
            try:
                results[mode] = run(parts, users, requests)
            finally:
                parts.close()
    cols = [
        "hit_rate",
        "precision",
        "false_injection_items",
        "requests_with_false_injection",
        "empty_when_nothing_applies",
    ]
    print(f"{'ranking':<10}" + "".join(f"{c:>31} " for c in cols))
    for mode, r in results.items():
        print(f"{mode:<10}" + "".join(f"{r[c]:>31.3f} " for c in cols))
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"saved {out} ({len(requests)} requests, {len(users)} users)")


if __name__ == "__main__":
    main()

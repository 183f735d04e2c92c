"""Recall quality on PrefEval: does the context call pick each question's preference, and only that topic?

Synthetic users u0..u{N-1}: user j holds, for every topic, record j's explicit ``preference`` (added directly
through the store, category left for tacit to infer). Each record's ``question`` is asked as that user's
request. Scenario A: those memories alone. Scenario B: plus ``--extra`` memories per user drawn (seed 0) from
the preferences of other records of any topic (texts identical to the user's own skipped).

Printed per scenario: hit@1 (the best-scored chosen item is the gold preference), hit@k (the gold item is
among the k chosen), precision (share of chosen items from the question's topic), mean k, mean prefix
tokens, and tokens saved against injecting every memory the user has. Run: python -m bench.recall_quality

``--rankings off,model`` (the default): each ``recall.rerank`` value side by side, the embeddings' own cut
against tacit's relevance model (the default since issue 14); results in ``recall_quality.json`` by ranking.

``--rerank``: recall with ``recall.rerank=llm``, on the LLM the environment configures (``ANTHROPIC_API_KEY``, or
``TACIT_LLM__BASE_URL`` for an OpenAI-compatible server); results go to ``recall_quality_rerank.json``. Each
request then waits for one model call, and the model's own mistakes count like the embedding's.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from statistics import mean
from typing import Any

from agents.llm.build import build_llm
from agents.services import Services
from bench.prefeval_data import data_dir, load, topics
from memory.db.migrate import upgrade
from memory.recall import prefix as px
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind


def build_users(root: Path, n_users: int, extra: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    """user id -> [(text, topic)], own preferences first."""
    all_topics = topics(root)
    records = {t: load(root, "explicit_preference", t) for t in all_topics}
    pool = [(r["preference"], t) for t in all_topics for r in records[t]]
    rng = random.Random(seed)
    users: dict[str, list[tuple[str, str]]] = {}
    for j in range(n_users):
        own = [(records[t][j]["preference"], t) for t in all_topics if j < len(records[t])]
        texts = {x for x, _ in own}
        others = [p for p in pool if p[0] not in texts]
        users[f"u{j}"] = own + (rng.sample(others, extra) if extra else [])
    return users


def run(
    parts: Services, root: Path, n_users: int, extra: int, budget: int, seed: int, kind: MemoryKind | None = None
) -> dict[str, Any]:
    users = build_users(root, n_users, extra, seed)
    store = parts.store
    t0 = time.perf_counter()
    topic_of: dict[str, str] = {}
    for uid, items in users.items():
        store.create_user(NewUser(id=uid))
        added = store.add_many(uid, [NewMemory(text=t, kind=kind) for t, _ in items], actor="bench")
        topic_of.update({m.id: topic for m, (_, topic) in zip(added, items, strict=True)})
    fill_s = time.perf_counter() - t0
    hit1, hitk, precision, ks, tokens, saved, latencies = [], [], [], [], [], [], []
    all_topics = topics(root)
    for j in range(n_users):
        uid = f"u{j}"
        full = px.estimate_tokens(px.render([], [px.line(t, "") for t, _ in users[uid]]))
        for topic in all_topics:
            records = load(root, "explicit_preference", topic)
            if j >= len(records):
                continue
            gold = records[j]["preference"]
            t1 = time.perf_counter()
            result = parts.recall.context(uid, ContextRequest(query=records[j]["question"], budget_tokens=budget))
            latencies.append(time.perf_counter() - t1)
            chosen = result.items
            texts = [c.memory.text for c in chosen]
            best = max(chosen, key=lambda c: c.score).memory.text if chosen else None
            hit1.append(best == gold)
            hitk.append(gold in texts)
            precision.append(sum(topic_of.get(c.memory.id) == topic for c in chosen) / len(chosen) if chosen else 0.0)
            ks.append(len(chosen))
            tokens.append(result.tokens)
            saved.append(1 - result.tokens / full)
    latencies.sort()
    return {
        "users": n_users,
        "memories_per_user": mean(len(v) for v in users.values()),
        "requests": len(hit1),
        "hit@1": mean(hit1),
        "hit@k": mean(hitk),
        "precision": mean(precision),
        "mean_k": mean(ks),
        "mean_prefix_tokens": mean(tokens),
        "tokens_saved_vs_all_memories": mean(saved),
        "context_p50_ms": latencies[len(latencies) // 2] * 1000,
        "context_p95_ms": latencies[int(len(latencies) * 0.95)] * 1000,
        "fill_s": fill_s,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="PrefEval folder (default ../shared/benchdata/prefeval)")
    ap.add_argument("--users", type=int, default=30)
    ap.add_argument("--extra", type=int, default=100, help="extra memories per user in scenario B")
    ap.add_argument("--budget", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rerank", action="store_true", help="rerank with the LLM the environment configures")
    ap.add_argument("--rankings", default="off,model", help="recall.rerank values to compare (without --rerank)")
    ap.add_argument(
        "--kind",
        default=None,
        help="add every memory with this kind (default: none given, tacit reads it from the text)",
    )
    ap.add_argument("--json", default=None, help="default bench/results/recall_quality[_rerank].json")
    args = ap.parse_args()
    root = data_dir(args.data)
    if args.rerank and build_llm(Settings()) is None:
        raise SystemExit("--rerank needs an LLM: set ANTHROPIC_API_KEY, or TACIT_LLM__BASE_URL for an OpenAI server")
    results: dict[str, Any] = {}
    for ranking in ["llm"] if args.rerank else args.rankings.split(","):
        recall = RecallSettings(rerank=ranking)  # type: ignore[arg-type]
        for name, extra in (("A", 0), ("B", args.extra)):
            with tempfile.TemporaryDirectory() as tmp:
                settings = Settings(data_dir=Path(tmp), recall=recall)
                upgrade(settings.sqlalchemy_url())
                parts = Services(settings)
                try:
                    kind = MemoryKind(args.kind) if args.kind else None
                    results[f"{name} {ranking}"] = run(parts, root, args.users, extra, args.budget, args.seed, kind)
                finally:
                    parts.close()
    cols = [
        "hit@1",
        "hit@k",
        "precision",
        "mean_k",
        "mean_prefix_tokens",
        "tokens_saved_vs_all_memories",
        "context_p50_ms",
        "context_p95_ms",
    ]
    print(f"{'scenario':<18}" + "".join(f"{c:>16}" for c in cols))
    for name, r in results.items():
        print(f"{name + ' (' + str(round(r['memories_per_user'])) + ')':<18}" + "".join(f"{r[c]:>16.3f}" for c in cols))
    out = Path(args.json or f"bench/results/recall_quality{'_rerank' if args.rerank else ''}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"saved {out}")


if __name__ == "__main__":
    main()

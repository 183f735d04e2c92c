"""PrefEval on users u30 and up only: the set a choice between relevance models may be made on
(``bench.recall_quality`` reports u0..u29, which no choice may read). Scored, never trained on.

Same set-up as :mod:`bench.recall_quality` (scenario A: each user's own preferences; B: plus ``--extra``
preferences of other records, seed 0), users u{first}..u{first + users - 1}, each model file given (and
``off`` with ``--off``):

    python -m training.relevance.prefeval_decide --models a.npz,b.npz [--off] --json out.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from statistics import mean
from typing import Any

from agents.services import Services
from bench.prefeval_data import data_dir, load, topics
from bench.recall_quality import build_users
from memory.db.migrate import upgrade
from memory.recall.relevance.model import digest
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser

FIRST = 30  # u0..u29 are the reported set


def run(parts: Services, root: Path, first: int, users: int, extra: int) -> dict[str, Any]:
    everyone = build_users(root, first + users, extra, 0)
    chosen_users = [f"u{j}" for j in range(first, first + users)]
    topic_of: dict[str, str] = {}
    for uid in chosen_users:
        items = everyone[uid]
        parts.store.create_user(NewUser(id=uid))
        added = parts.store.add_many(uid, [NewMemory(text=t) for t, _ in items], actor="bench")
        topic_of.update({m.id: topic for m, (_, topic) in zip(added, items, strict=True)})
    hit1, hitk, precision, ks = [], [], [], []
    for j in range(first, first + users):
        for topic in topics(root):
            records = load(root, "explicit_preference", topic)
            if j >= len(records):
                continue
            gold = records[j]["preference"]
            result = parts.recall.context(f"u{j}", ContextRequest(query=records[j]["question"], budget_tokens=400))
            texts = [c.memory.text for c in result.items]
            best = max(result.items, key=lambda c: c.score).memory.text if result.items else None
            hit1.append(best == gold)
            hitk.append(gold in texts)
            n = len(result.items)
            precision.append(sum(topic_of.get(c.memory.id) == topic for c in result.items) / n if n else 0.0)
            ks.append(n)
    return {
        "requests": len(hit1),
        "hit@1": mean(hit1),
        "hit@k": mean(hitk),
        "precision": mean(precision),
        "mean_k": mean(ks),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default="", help="comma-separated relevance model files (rerank=model)")
    ap.add_argument("--off", action="store_true")
    ap.add_argument("--first", type=int, default=FIRST)
    ap.add_argument("--users", type=int, default=30)
    ap.add_argument("--extra", type=int, default=100)
    ap.add_argument(
        "--policy",
        default="",
        help="reranker constants to override, e.g. REQUEST_VETO=0.5,MAX_CHOSEN=4 (a stricter policy, to compare "
        "two models at the same operating point)",
    )
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    from memory.recall.relevance import reranker

    for item in filter(None, args.policy.split(",")):
        name, value = item.split("=")
        if not hasattr(reranker, name):
            raise SystemExit(f"memory.recall.relevance.reranker has no {name}")
        setattr(reranker, name, type(getattr(reranker, name))(value))
    if args.first < FIRST:
        raise SystemExit(f"users before u{FIRST} are the reported set: choose nothing on them")
    root = data_dir(None)
    runs: list[tuple[str, RecallSettings]] = [("off", RecallSettings(rerank="off"))] if args.off else []
    runs += [
        (f"{Path(p).name} {digest(Path(p))}", RecallSettings(relevance_model=Path(p)))
        for p in args.models.split(",")
        if p
    ]
    results: dict[str, Any] = {"users": f"u{args.first}..u{args.first + args.users - 1}", "policy": args.policy}
    for name, recall in runs:
        for scenario, extra in (("A", 0), ("B", args.extra)):
            with tempfile.TemporaryDirectory() as tmp:
                settings = Settings(data_dir=Path(tmp), recall=recall)
                upgrade(settings.sqlalchemy_url())
                parts = Services(settings)
                try:
                    r = results[f"{scenario} {name}"] = run(parts, root, args.first, args.users, extra)
                finally:
                    parts.close()
            print(f"{scenario} {name:<40}" + "".join(f"{k} {v:.3f}  " for k, v in r.items()), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

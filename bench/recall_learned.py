"""Recall quality with learned memories: PrefEval conversations go through the learning path, then each
record's question is asked through the context call.

Per form (explicit, choice-based, persona-driven), synthetic users u0..u{N-1}: user j has, for every topic,
record j's preference-revealing turns ingested as one conversation (the real message log, job queue,
extraction graph and store, with the default offline extractor). Then each of those records' ``question``
is asked as that user's request. A memory belongs to a record when its evidence cites one of that record's
messages.

Printed per form:
- captured: share of records that left at least one active memory (a learning miss can't be recalled);
- hit@k: the context chose a memory of the question's own record;
- hit@k | captured: the same, over the captured records only (recall's own share);
- precision: share of the chosen items that belong to the question's record (a user has one record per
  topic; core items count too: a learned allergy is a constraint, injected for every request);
- mean k, mean prefix tokens.

Each ``--rankings`` value (default ``off,model``: the embeddings' cut against tacit's relevance model) learns
the same conversations afresh and is reported as "FORM RANKING".

Run: python -m bench.recall_learned [--users 10] [--forms explicit,choice,persona] [--rankings off,model]
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
from bench.prefeval_capture import FORMS, revealing_turns
from bench.prefeval_data import data_dir, load, topics
from memory.db.migrate import upgrade
from memory.learn.log import NewTurns
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings, WorkerSettings


def run_form(svc: Services, root: Path, form: str, n_users: int, budget: int) -> dict[str, Any]:
    all_topics = topics(root)
    records = {t: load(root, FORMS[form], t) for t in all_topics}
    owner: dict[str, tuple[int, str]] = {}  # message id -> (user index, topic)
    t0 = time.perf_counter()
    for j in range(n_users):
        user = f"{form}-u{j}"
        for topic in all_topics:
            if j < len(records[topic]):
                turns = revealing_turns(form, records[topic][j])
                receipt = svc.log.append(user, NewTurns.model_validate({"turns": turns}))
                owner.update({str(m): (j, topic) for m in receipt.message_ids})
        svc.worker.drain()
    learn_s = time.perf_counter() - t0
    captured, hit, hit_captured, precision, ks, tokens = [], [], [], [], [], []
    for j in range(n_users):
        user = f"{form}-u{j}"
        learned: dict[str, set[str]] = {}  # topic -> ids of memories citing that record
        for m in svc.store.list_memories(user, limit=200).items:
            for e in m.evidence:
                if str(e.message_id) in owner:
                    learned.setdefault(owner[str(e.message_id)][1], set()).add(m.id)
        for topic in all_topics:
            if j >= len(records[topic]):
                continue
            result = svc.recall.context(user, ContextRequest(query=records[topic][j]["question"], budget_tokens=budget))
            chosen = {c.memory.id for c in result.items}
            own = learned.get(topic, set())
            captured.append(bool(own))
            hit.append(bool(chosen & own))
            if own:
                hit_captured.append(bool(chosen & own))
            precision.append(len(chosen & own) / len(chosen) if chosen else 0.0)
            ks.append(len(chosen))
            tokens.append(result.tokens)
    return {
        "users": n_users,
        "questions": len(hit),
        "captured": mean(captured),
        "hit@k": mean(hit),
        "hit@k_given_captured": mean(hit_captured) if hit_captured else 0.0,
        "precision": mean(precision),
        "mean_k": mean(ks),
        "mean_prefix_tokens": mean(tokens),
        "learn_s": learn_s,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--data", default=None, help="PrefEval folder (default ../shared/benchdata/prefeval)")
    ap.add_argument("--users", type=int, default=10)
    ap.add_argument("--forms", default="explicit,choice,persona")
    ap.add_argument("--budget", type=int, default=400)
    ap.add_argument("--rankings", default="off,model", help="recall.rerank values to compare (learning is the same)")
    ap.add_argument("--json", default="bench/results/recall_learned.json")
    args = ap.parse_args()
    root = data_dir(args.data)
    results: dict[str, Any] = {}
    for ranking in args.rankings.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                data_dir=Path(tmp),
                worker=WorkerSettings(in_process=False),
                recall=RecallSettings(rerank=ranking),  # type: ignore[arg-type]
            )
            upgrade(settings.sqlalchemy_url())
            svc = Services(settings)
            try:
                for form in args.forms.split(","):
                    results[f"{form} {ranking}"] = run_form(svc, root, form, args.users, args.budget)
            finally:
                svc.close()
    cols = ["captured", "hit@k", "hit@k_given_captured", "precision", "mean_k", "mean_prefix_tokens"]
    print(f"{'form':<16}" + "".join(f"{c:>22}" for c in cols))
    for form, r in results.items():
        print(f"{form:<16}" + "".join(f"{r[c]:>22.3f}" for c in cols))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2))
    print(f"saved {args.json}")


if __name__ == "__main__":
    main()

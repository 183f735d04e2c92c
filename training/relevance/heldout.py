"""Recall on the held-out split, end to end: the model choices are made on this, never on a benchmark.

The held-out texts of :mod:`training.relevance.generate` (topics source: memories and requests the training never
saw) become users of a real recall stack (SQLite and Chroma in a temp dir, memories added without a kind, so
tacit reads it from the wording as on a manual add):

- ``all``: one user holding every held-out memory (about 90: many candidates, few apply);
- ``s0``..``s5``: users holding a seeded 15 of them (a short profile).

Every held-out request is asked of every user. A memory *applies* when its topic bears on the request's (the
generator's label). Per ranking and per model file:

- hit rate: share of (request, applying memory the user holds) pairs where the memory is chosen;
- request hit: share of requests with something that applies where at least one such memory is chosen;
- precision: share of chosen items (core ones included) that apply; request precision: the same over the
  request items only (core: pinned, constraints and style, read from the wording);
- empty: share of requests where nothing applies that get no request item.

    python -m training.relevance.heldout [--models a.npz,b.npz] [--json bench/results/relevance_heldout.json]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import defaultdict
from pathlib import Path
from statistics import mean
from typing import Any

from agents.services import Services
from memory.db.migrate import upgrade
from memory.recall.relevance.model import DEFAULT_PATH, digest
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser
from training.relevance.generate import SEED, pairs
from training.relevance.place_labels import HELDOUT_HOMES, HELDOUT_PLACE_BOUND

SHORT_USERS, SHORT_SIZE = 6, 15


def held_out(
    place_labels: bool = False, circumstances: bool = False, owned: bool = False
) -> tuple[list[str], dict[str, set[str]]]:
    """(held-out topic memories, request -> the memories among them that apply); with ``place_labels``, the home
    places also apply to the requests judged place-bound (training/relevance/place_labels.py); with
    ``circumstances``, on the ninth pass's split (its topics and links, an experiment); with ``owned``, on the eleventh
    pass's (the same)."""
    pairs_ = pairs(SEED, augment=False, circumstances=circumstances, owned=owned)
    test = [p for p in pairs_["test"] if p.source == "topics"]
    memories = sorted({p.memory for p in test})
    applies: dict[str, set[str]] = defaultdict(set)
    for p in test:
        applies[p.request]
        if p.label:
            applies[p.request].add(p.memory)
    if place_labels:
        if not (set(memories) >= HELDOUT_HOMES and set(applies) >= HELDOUT_PLACE_BOUND):
            raise ValueError("training/relevance/place_labels.py names texts the held-out split no longer holds")
        for request in HELDOUT_PLACE_BOUND:
            applies[request] |= HELDOUT_HOMES
    return memories, dict(applies)


def users(memories: list[str]) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    out = {"all": memories}
    out |= {f"s{i}": rng.sample(memories, SHORT_SIZE) for i in range(SHORT_USERS)}
    return out


def run(parts: Services, who: dict[str, list[str]], applies: dict[str, set[str]]) -> dict[str, Any]:
    for uid, texts in who.items():
        parts.store.create_user(NewUser(id=uid))
        parts.store.add_many(uid, [NewMemory(text=t) for t in texts], actor="heldout")
    hits, req_hits, precision, empty, chosen_n, req_prec, core_n = [], [], [], [], [], [], []
    for uid, texts in who.items():
        held = set(texts)
        for request, good in sorted(applies.items()):
            result = parts.recall.context(uid, ContextRequest(query=request))
            chosen = [c.memory.text for c in result.items]
            extra = [c.memory.text for c in result.items if c.section == "request"]
            want = good & held
            hits += [m in chosen for m in want]
            if want:
                req_hits.append(bool(want & set(chosen)))
            else:
                empty.append(not extra)
            if chosen:
                precision.append(sum(m in good for m in chosen) / len(chosen))
            if extra:
                req_prec.append(sum(m in good for m in extra) / len(extra))
            chosen_n.append(len(chosen))
            core_n.append(len(chosen) - len(extra))
    return {
        "hit_rate": mean(hits),
        "request_hit": mean(req_hits),
        "precision": mean(precision),
        "empty_when_nothing_applies": mean(empty) if empty else 1.0,
        "request_precision": mean(req_prec) if req_prec else 0.0,
        "mean_chosen": mean(chosen_n),
        "mean_core": mean(core_n),
        "pairs": len(hits),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=str(DEFAULT_PATH), help="comma-separated .npz files (rerank=model)")
    ap.add_argument("--off", action="store_true", help="also the embeddings' cut (rerank=off)")
    ap.add_argument("--candidates", default="", help="comma-separated recall.rerank_candidates to try (model)")
    ap.add_argument("--place-labels", action="store_true", help="home places also apply to place-bound requests")
    ap.add_argument("--circumstances", action="store_true", help="on the ninth pass's split (an experiment)")
    ap.add_argument("--owned", action="store_true", help="on the eleventh pass's split (an experiment)")
    ap.add_argument("--json", default="bench/results/relevance_heldout.json")
    args = ap.parse_args()
    memories, applies = held_out(args.place_labels, args.circumstances, args.owned)
    who = users(memories)
    runs: list[tuple[str, RecallSettings]] = [("off", RecallSettings(rerank="off"))] if args.off else []
    for path in args.models.split(","):
        name = f"model {Path(path).name} {digest(Path(path))}"
        runs.append((name, RecallSettings(relevance_model=Path(path))))
        for n in filter(None, args.candidates.split(",")):
            runs.append((f"{name} reads {n}", RecallSettings(relevance_model=Path(path), rerank_candidates=int(n))))
    results: dict[str, Any] = {"memories": len(memories), "requests": len(applies), "users": len(who)}
    for name, recall in runs:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(data_dir=Path(tmp), recall=recall)
            upgrade(settings.sqlalchemy_url())
            parts = Services(settings)
            try:
                results[name] = run(parts, who, applies)
            finally:
                parts.close()
        r = results[name]
        print(f"{name:<44}" + "".join(f"{k} {v:.3f}  " for k, v in r.items() if isinstance(v, float)), flush=True)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print(f"saved {args.json}")


if __name__ == "__main__":
    main()

"""Train the relevance model (:mod:`memory.recall.relevance.model`) from the pairs of
:mod:`training.relevance.generate`, and write its weights and its scores on the held-out split.

Full-batch Adam on a class-weighted logistic loss, seeded, on one CPU thread: the pairs' vectors are computed
once by the installed embedding model (the one recall uses); about a minute of CPU in all. The threshold
(promote) and the veto are read on a validation share of the training texts (:func:`calibrate`); the held-out
test pairs only score the result.

    python -m training.relevance.train            # writes memory/recall/relevance/relevance.npz
    python -m training.relevance.train --out x.npz --json bench/results/relevance_model.json
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from memory.ports import Embedder
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from training.relevance.generate import SEED, Pair, pairs

RANK = 16
STEPS = 400
LR = 0.01
WEIGHT_DECAY = 1e-3
VETO_QUANTILE = 0.05  # the veto keeps 95% of the validation pairs that bear on their request
PROMOTE_PRECISION = 0.8  # an item the embeddings' cut left out is added from the probability this precise
# ... or from this one where no probability of the grid (0.3-0.95) is that precise on the validation pairs. With the
# tenth pass's life circumstances (session 31) none is (0.90 reads 0.70: the new links make the validation pairs
# harder), and the grid's top, 0.95, promoted too rarely: PrefEval u30..u59 (the set choices may be made on)
# scenario B hit@k 0.847 at 0.95 against 0.858 at 0.90, the held-out split's hit 0.496 -> 0.500 at precision
# 0.283 -> 0.284, the hand-written cases the same. 0.90 is also what the earlier shipped model calibrated to.
PROMOTE_FALLBACK = 0.9
VALIDATION = 0.25  # share of the training texts set aside to read the threshold and the veto on


class Features:
    """The vectors and topics of every text the pairs use, computed once."""

    def __init__(self, embedder: Embedder, texts: Sequence[str]) -> None:
        categorizer = Categorizer(embedder)
        self.index = {t: i for i, t in enumerate(texts)}
        self.vectors = embedder.embed(list(texts))
        self.asked = categorizer.topics(self.vectors, form="request")
        self.facets = categorizer.facets(self.vectors)


class _Batch:
    """The training pairs as indices into their distinct requests and memories: every term of the logit is
    bilinear in (request, memory), so one step scores the whole requests x memories matrix with a few matrix
    products and reads the pairs' entries from it (hundreds of thousands of pairs in well under a second)."""

    def __init__(self, f: Features, rows: Sequence[Pair]) -> None:
        requests = sorted({p.request for p in rows})
        memories = sorted({p.memory for p in rows})
        r_at = {t: i for i, t in enumerate(requests)}
        m_at = {t: i for i, t in enumerate(memories)}
        r_rows = [f.index[t] for t in requests]
        m_rows = [f.index[t] for t in memories]
        self.q = torch.from_numpy(f.vectors[r_rows])
        self.m = torch.from_numpy(f.vectors[m_rows])
        self.tq = torch.from_numpy(f.asked[r_rows])
        self.fm = torch.from_numpy(f.facets[m_rows])
        self.ri = torch.tensor([r_at[p.request] for p in rows], dtype=torch.long)
        self.mi = torch.tensor([m_at[p.memory] for p in rows], dtype=torch.long)
        self.y = torch.tensor([p.label for p in rows], dtype=torch.float32)


def fit(
    embedder: Embedder,
    train: Sequence[Pair],
    *,
    rank: int = RANK,
    steps: int = STEPS,
    seed: int = SEED,
    features: Features | None = None,
) -> RelevanceModel:
    """A model fitted to ``train`` (deterministic for a seed)."""
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    f = features or Features(embedder, sorted({p.request for p in train} | {p.memory for p in train}))
    t = _Batch(f, train)
    dim, cats = f.vectors.shape[1], f.asked.shape[1]
    a = torch.tensor(5.0, requires_grad=True)
    d = torch.zeros(dim, requires_grad=True)
    u = (0.01 * torch.randn(dim, rank)).requires_grad_()
    v = (0.01 * torch.randn(dim, rank)).requires_grad_()
    c = torch.zeros(cats, cats, requires_grad=True)
    bias = torch.tensor(-2.0, requires_grad=True)
    pos = float(t.y.sum())
    weight = torch.tensor((len(train) - pos) / max(pos, 1.0))
    opt = torch.optim.Adam([a, d, u, v, c, bias], lr=LR)
    for _ in range(steps):
        opt.zero_grad()
        matrix = (a * t.q + t.q * d) @ t.m.T + (t.q @ u) @ (t.m @ v).T + (t.tq @ c) @ t.fm.T
        logit = bias + matrix[t.ri, t.mi]
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, t.y, pos_weight=weight)
        loss = loss + WEIGHT_DECAY * (d.square().sum() + u.square().sum() + v.square().sum() + 0.1 * c.square().sum())
        loss.backward()
        opt.step()
    model = RelevanceModel(
        a=float(a.detach()),
        d=d.detach().numpy().astype(np.float32),
        U=u.detach().numpy().astype(np.float32),
        V=v.detach().numpy().astype(np.float32),
        C=c.detach().numpy().astype(np.float32),
        bias=float(bias.detach()),
        threshold=0.5,
        veto=0.0,
        embedder=embedder.model_name,
        categories=tuple(PROTOTYPES),
    )
    return model


def calibrate(embedder: Embedder, train: Sequence[Pair], f: Features, **kw: Any) -> tuple[float, float]:
    """(threshold, veto) read on pairs the model was not fitted on: a seeded VALIDATION share of the training
    texts is set aside and a model is fitted on pairs of the other texts; on pairs of the set-aside texts, the
    threshold is the lowest probability where precision reaches PROMOTE_PRECISION (PROMOTE_FALLBACK if none), the
    veto the VETO_QUANTILE of the positives' probabilities."""
    texts = sorted({x for p in train for x in p.roots})  # a text and its variants go to the same side
    rng = np.random.default_rng(SEED)
    aside = set(rng.choice(texts, size=round(len(texts) * VALIDATION), replace=False).tolist())
    fitted = [p for p in train if not set(p.roots) & aside]
    held = [p for p in train if set(p.roots) <= aside and not p.request_root and not p.memory_root]
    model = fit(embedder, fitted, features=f, **kw)
    probs = predict(model, f, held)
    labels = np.array([p.label for p in held])
    grid = [round(float(th), 2) for th in np.arange(0.3, 0.96, 0.05)]
    precise = [th for th in grid if _precision(probs >= th, labels) >= PROMOTE_PRECISION]
    threshold = precise[0] if precise else PROMOTE_FALLBACK
    return threshold, round(float(np.quantile(probs[labels == 1], VETO_QUANTILE)), 4)


def _precision(pred: np.ndarray[Any, Any], labels: np.ndarray[Any, Any]) -> float:
    return float((pred & (labels == 1)).sum()) / max(1.0, float(pred.sum()))


def predict(model: RelevanceModel, f: Features, rows: Sequence[Pair]) -> np.ndarray[Any, np.dtype[np.float32]]:
    """The runtime scorer's probability for each pair (one request at a time, as recall calls it)."""
    out = np.zeros(len(rows), dtype=np.float32)
    by_request: dict[str, list[int]] = {}
    for i, p in enumerate(rows):
        by_request.setdefault(p.request, []).append(i)
    for request, idx in by_request.items():
        q = f.index[request]
        m = [f.index[rows[i].memory] for i in idx]
        terms = model.terms(f.vectors[q], f.vectors[m], f.asked[q], f.facets[m])
        out[idx] = terms.probability
    return out


def _f1(pred: np.ndarray[Any, Any], labels: np.ndarray[Any, Any]) -> float:
    tp = float((pred & (labels == 1)).sum())
    return 2 * tp / max(1.0, float(pred.sum()) + float((labels == 1).sum()))


def scores(model: RelevanceModel, f: Features, rows: Sequence[Pair]) -> dict[str, float]:
    """Precision, recall, F1 at the model's threshold, and the pairwise AUC, on ``rows``."""
    probs = predict(model, f, rows)
    labels = np.array([p.label for p in rows])
    pred = probs >= model.threshold
    tp = float((pred & (labels == 1)).sum())
    pos, neg = probs[labels == 1], probs[labels == 0]
    auc = float((pos[:, None] > neg[None, :]).mean()) if len(pos) and len(neg) else float("nan")
    return {
        "pairs": len(rows),
        "positives": int(labels.sum()),
        "precision": tp / max(1.0, float(pred.sum())),
        "recall": tp / max(1.0, float(labels.sum())),
        "f1": _f1(pred, labels),
        "auc": auc,
        **per_request(probs, labels, rows),
    }


def per_request(probs: np.ndarray[Any, Any], labels: np.ndarray[Any, Any], rows: Sequence[Pair]) -> dict[str, float]:
    """Within each request (as recall sees it: one request, many memories): the mean AUC, and hit@1 (the
    memory scored best bears on it), over requests with both kinds of pairs."""
    by_request: dict[str, list[int]] = {}
    for i, p in enumerate(rows):
        by_request.setdefault(p.request, []).append(i)
    aucs, top = [], []
    for idx in by_request.values():
        y, pr = labels[idx], probs[idx]
        if 0 < y.sum() < len(y):
            aucs.append(float((pr[y == 1][:, None] > pr[y == 0][None, :]).mean()))
            top.append(float(y[int(np.argmax(pr))]))
    if not aucs:  # no request with both kinds of pairs (the conditional cases: one memory, two requests)
        return {}
    return {"request_auc": float(np.mean(aucs)), "request_hit@1": float(np.mean(top))}


def cosine_scores(f: Features, rows: Sequence[Pair]) -> dict[str, float]:
    """The same metrics' AUC for plain cosine (the ranking the model joins), for the card."""
    cos = np.array([float(f.vectors[f.index[p.request]] @ f.vectors[f.index[p.memory]]) for p in rows])
    labels = np.array([p.label for p in rows])
    pos, neg = cos[labels == 1], cos[labels == 0]
    return {"auc": float((pos[:, None] > neg[None, :]).mean())}


def main() -> None:
    from memory.build import build_embedder
    from memory.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(DEFAULT_PATH))
    ap.add_argument("--json", default="bench/results/relevance_model.json")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--rank", type=int, default=RANK)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--no-augment", action="store_true", help="train on the hand-written texts only")
    ap.add_argument("--near", action="store_true", help="also the near misses (an experiment, not shipped)")
    ap.add_argument(
        "--circumstances", action="store_true", help="also the ninth pass's topics (an experiment, not shipped)"
    )
    ap.add_argument("--owned", action="store_true", help="also the eleventh pass's topics (an experiment, not shipped)")
    ap.add_argument("--pair-labels", action="store_true", help="training labels with the pair-level corrections")
    ap.add_argument("--score", default=None, help="only score this .npz on the held-out test split")
    args = ap.parse_args()
    data = pairs(
        args.seed,
        augment=not args.no_augment,
        near=args.near,
        relabel=args.pair_labels,
        circumstances=args.circumstances,
        owned=args.owned,
    )
    embedder = build_embedder(Settings())
    if args.score:
        test = data["test"]
        f = Features(embedder, sorted({x for p in test for x in (p.request, p.memory)}))
        m = RelevanceModel.load(Path(args.score))
        got = {"test": scores(m, f, test), "test_cosine": cosine_scores(f, test)}
        got |= {s: scores(m, f, [p for p in test if p.source == s]) for s in ("topics", "taxonomy", "conditional")}
        print(json.dumps(got, indent=2))
        return
    t0 = time.perf_counter()
    texts = sorted({x for part in data.values() for p in part for x in (p.request, p.memory)})
    f = Features(embedder, texts)
    t1 = time.perf_counter()
    threshold, veto = calibrate(embedder, data["train"], f, rank=args.rank, steps=args.steps, seed=args.seed)
    model = fit(embedder, data["train"], rank=args.rank, steps=args.steps, seed=args.seed, features=f)
    model = RelevanceModel(**{**model.__dict__, "threshold": threshold, "veto": veto})
    t2 = time.perf_counter()
    out = Path(args.out)
    model.save(out)
    report = {
        "texts": len(texts),
        "train": scores(model, f, data["train"]),
        "test": scores(model, f, data["test"]),
        "test_cosine": cosine_scores(f, data["test"]),
        "test_by_source": {
            s: scores(model, f, [p for p in data["test"] if p.source == s])
            for s in ("topics", "taxonomy", "conditional")
        },
        "threshold": model.threshold,
        "veto": model.veto,
        "parameters": int(1 + model.d.size + model.U.size + model.V.size + model.C.size + 1),
        "file_bytes": out.stat().st_size,
        "embed_s": round(t1 - t0, 2),
        "train_s": round(t2 - t1, 2),
        "seed": args.seed,
        "rank": args.rank,
        "steps": args.steps,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    getattr(embedder, "close", lambda: None)()


if __name__ == "__main__":
    main()

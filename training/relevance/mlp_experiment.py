"""Experiment (not shipped unless it wins on the held-out split): a stronger pair scorer over the same vectors.

Two candidates, each scored on the held-out test pairs against the shipped recipe
(:func:`training.relevance.train.fit`):

- ``ensemble``: the shipped recipe fitted with several seeds, their logits averaged. Exactly representable in the
  shipped file format (``U``/``V`` concatenated, the rest averaged), so it costs nothing at run time;
- ``mlp``: the shipped terms plus a small MLP over the pair's features ``[q*m, |q-m|]`` (a non-linear reading
  of the pair the bilinear terms cannot express), trained jointly on minibatches of pairs.

    python -m training.relevance.mlp_experiment [--json bench/results/relevance_mlp_experiment.json]
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

from memory.build import build_embedder
from memory.settings import Settings
from training.relevance.generate import SEED, Pair, pairs
from training.relevance.train import WEIGHT_DECAY, Features, fit, per_request, predict


def ensemble_probs(models: Sequence[Any], f: Features, rows: Sequence[Pair]) -> np.ndarray[Any, Any]:
    logits = []
    for m in models:
        p = predict(m, f, rows).astype(np.float64).clip(1e-7, 1 - 1e-7)
        logits.append(np.log(p / (1 - p)))
    z = np.mean(logits, axis=0)
    out: np.ndarray[Any, Any] = 1 / (1 + np.exp(-z))
    return out


class PairMLP(torch.nn.Module):
    def __init__(self, dim: int, cats: int, rank: int, hidden: int) -> None:
        super().__init__()
        self.a = torch.nn.Parameter(torch.tensor(5.0))
        self.d = torch.nn.Parameter(torch.zeros(dim))
        self.u = torch.nn.Parameter(0.01 * torch.randn(dim, rank))
        self.v = torch.nn.Parameter(0.01 * torch.randn(dim, rank))
        self.c = torch.nn.Parameter(torch.zeros(cats, cats))
        self.bias = torch.nn.Parameter(torch.tensor(-2.0))
        self.w1 = torch.nn.Linear(2 * dim, hidden)
        self.w2 = torch.nn.Linear(hidden, 1)
        torch.nn.init.zeros_(self.w2.weight)
        torch.nn.init.zeros_(self.w2.bias)

    def forward(self, q: torch.Tensor, m: torch.Tensor, tq: torch.Tensor, fm: torch.Tensor) -> torch.Tensor:
        lin = ((self.a + self.d) * q * m).sum(-1) + ((q @ self.u) * (m @ self.v)).sum(-1)
        top = ((tq @ self.c) * fm).sum(-1)
        h = torch.relu(self.w1(torch.cat([q * m, (q - m).abs()], -1)))
        out: torch.Tensor = self.bias + lin + top + self.w2(h).squeeze(-1)
        return out

    def decay(self) -> torch.Tensor:
        return (
            self.d.square().sum()
            + self.u.square().sum()
            + self.v.square().sum()
            + 0.1 * self.c.square().sum()
            + self.w1.weight.square().sum()
            + self.w2.weight.square().sum()
        )


def fit_mlp(
    f: Features, train: Sequence[Pair], *, hidden: int, steps: int, batch: int, seed: int, decay: float, lr: float
) -> PairMLP:
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(seed)
    v = torch.from_numpy(f.vectors)
    tq, fm = torch.from_numpy(f.asked), torch.from_numpy(f.facets)
    ri = torch.tensor([f.index[p.request] for p in train])
    mi = torch.tensor([f.index[p.memory] for p in train])
    y = torch.tensor([p.label for p in train], dtype=torch.float32)
    pos = float(y.sum())
    weight = torch.tensor((len(train) - pos) / max(pos, 1.0))
    model = PairMLP(v.shape[1], tq.shape[1], 16, hidden)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        idx = torch.randint(0, len(train), (batch,), generator=gen)
        r, m = ri[idx], mi[idx]
        logit = model(v[r], v[m], tq[r], fm[m])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, y[idx], pos_weight=weight)
        loss = loss + decay * model.decay()
        opt.zero_grad()
        loss.backward()  # type: ignore[no-untyped-call]
        opt.step()
    return model


def mlp_probs(model: PairMLP, f: Features, rows: Sequence[Pair]) -> np.ndarray[Any, Any]:
    v = torch.from_numpy(f.vectors)
    tq, fm = torch.from_numpy(f.asked), torch.from_numpy(f.facets)
    r = torch.tensor([f.index[p.request] for p in rows])
    m = torch.tensor([f.index[p.memory] for p in rows])
    with torch.no_grad():
        out: np.ndarray[Any, Any] = torch.sigmoid(model(v[r], v[m], tq[r], fm[m])).numpy()
    return out


def summary(probs: np.ndarray[Any, Any], rows: Sequence[Pair]) -> dict[str, float]:
    labels = np.array([p.label for p in rows])
    pos, neg = probs[labels == 1], probs[labels == 0]
    return {"auc": float((pos[:, None] > neg[None, :]).mean()), **per_request(probs, labels, rows)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", default="bench/results/relevance_mlp_experiment.json")
    ap.add_argument("--what", default="base,ensemble,mlp")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--hidden", default="64")
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=4096)
    ap.add_argument("--decay", default=str(WEIGHT_DECAY))
    ap.add_argument("--lr", type=float, default=3e-3)
    args = ap.parse_args()
    data = pairs(SEED)
    train, test = data["train"], data["test"]
    embedder = build_embedder(Settings())
    f = Features(embedder, sorted({x for part in data.values() for p in part for x in (p.request, p.memory)}))
    out: dict[str, Any] = {}
    what = args.what.split(",")

    def report(name: str, probs: np.ndarray[Any, Any], t0: float) -> None:
        out[name] = summary(probs, test) | {"train_s": round(time.perf_counter() - t0, 1)}
        print(name, json.dumps(out[name]), flush=True)

    if "base" in what or "ensemble" in what:
        models = []
        for s in range(args.seeds if "ensemble" in what else 1):
            t0 = time.perf_counter()
            models.append(fit(embedder, train, seed=SEED + s, features=f))
            report(f"seed {SEED + s}", predict(models[-1], f, test), t0)
        if len(models) > 1:
            report(f"ensemble of {len(models)}", ensemble_probs(models, f, test), time.perf_counter())
    if "mlp" in what:
        for hidden in map(int, args.hidden.split(",")):
            for decay in map(float, args.decay.split(",")):
                t0 = time.perf_counter()
                model = fit_mlp(
                    f, train, hidden=hidden, steps=args.steps, batch=args.batch, seed=SEED, decay=decay, lr=args.lr
                )
                report(f"mlp hidden {hidden} decay {decay}", mlp_probs(model, f, test), t0)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n")
    getattr(embedder, "close", lambda: None)()


if __name__ == "__main__":
    main()

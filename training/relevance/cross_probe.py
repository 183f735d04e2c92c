"""Probe (not shipped): would a cross-encoder reading the request and the memory together beat the pair model
on the same project-written data? Option 3 of issue 14, measured for quality only: its cost on this machine
(one MiniLM layer over 20 pairs takes about 34 ms on one torch thread) is over the ~10 ms budget anyway.

Two steps, so the training can run where a GPU is (it needs only torch, transformers and numpy there):

    python -m training.relevance.cross_probe export .ce     # pairs as indices, MiniLM's weights in fp16
    python training/relevance/cross_probe.py run .ce OUT.json [LAYERS [EPOCHS [LIMIT]]]   # e.g. 2,6 2 0

``run`` fine-tunes the first ``layers`` of the installed MiniLM as a cross-encoder (``[CLS] request [SEP]
memory [SEP]``, mean-pooled, one linear logit) on the shipped model's training pairs (every positive and a
seeded four negatives per positive), then scores the held-out test pairs with the metrics of
:mod:`training.relevance.train` (pairwise AUC, per-request AUC and hit@1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

NEGATIVES_PER_POSITIVE = 4
SEED = 14


def export(folder: Path) -> None:
    import random

    import torch
    from transformers import AutoTokenizer, BertModel

    from memory.embedding.sentence_transformer import bundled_model_path
    from training.relevance.generate import pairs

    data = pairs(SEED)
    texts = sorted({x for part in data.values() for p in part for x in (p.request, p.memory)})
    at = {t: i for i, t in enumerate(texts)}
    rng = random.Random(SEED)
    pos = [p for p in data["train"] if p.label]
    neg = [p for p in data["train"] if not p.label]
    train = pos + rng.sample(neg, NEGATIVES_PER_POSITIVE * len(pos))
    folder.mkdir(parents=True, exist_ok=True)
    for part, rows in (("train", train), ("test", data["test"])):
        np.save(folder / f"{part}.npy", np.array([[at[p.request], at[p.memory], p.label] for p in rows]))
    (folder / "texts.json").write_text(json.dumps(texts))
    src = bundled_model_path()
    model = BertModel.from_pretrained(str(src)).half()
    model.save_pretrained(str(folder / "minilm"))
    AutoTokenizer.from_pretrained(str(src)).save_pretrained(str(folder / "minilm"))
    print(
        f"exported {len(train)} training pairs, {len(data['test'])} test pairs, {len(texts)} texts", torch.__version__
    )


def metrics(probs: np.ndarray[Any, Any], rows: np.ndarray[Any, Any]) -> dict[str, float]:
    labels = rows[:, 2]
    pos, neg = probs[labels == 1], probs[labels == 0]
    out = {"auc": float((pos[:, None] > neg[None, :]).mean())}
    aucs, top = [], []
    for r in np.unique(rows[:, 0]):
        idx = rows[:, 0] == r
        y, p = labels[idx], probs[idx]
        if 0 < y.sum() < len(y):
            aucs.append(float((p[y == 1][:, None] > p[y == 0][None, :]).mean()))
            top.append(float(y[int(np.argmax(p))]))
    return out | {"request_auc": float(np.mean(aucs)), "request_hit@1": float(np.mean(top)), "requests": len(top)}


def run(folder: Path, out: Path, layers: list[int], epochs: int = 2, limit: int = 0) -> None:
    import time

    import torch
    from transformers import AutoTokenizer, BertModel

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    texts = json.loads((folder / "texts.json").read_text())
    train, test = np.load(folder / "train.npy"), np.load(folder / "test.npy")
    if limit:  # a seeded share of the training pairs (a CPU-sized probe)
        train = train[np.random.default_rng(SEED).permutation(len(train))[:limit]]
    tok = AutoTokenizer.from_pretrained(str(folder / "minilm"))
    results: dict[str, Any] = {"device": dev, "train_pairs": len(train), "test_pairs": len(test), "epochs": epochs}

    def encode(rows: np.ndarray[Any, Any]) -> dict[str, torch.Tensor]:
        enc = tok(
            [texts[r] for r in rows[:, 0]],
            [texts[m] for m in rows[:, 1]],
            padding=True,
            truncation=True,
            max_length=128,
            return_tensors="pt",
        )
        return {k: v.to(dev) for k, v in enc.items()}

    for n in layers:
        torch.manual_seed(SEED)
        bert = BertModel.from_pretrained(str(folder / "minilm"), dtype=torch.float32)
        bert.encoder.layer = bert.encoder.layer[:n]
        head = torch.nn.Linear(bert.config.hidden_size, 1)
        bert.to(dev), head.to(dev)
        params = list(bert.parameters()) + list(head.parameters())
        opt = torch.optim.AdamW(params, lr=3e-5, weight_decay=0.01)
        gen = np.random.default_rng(SEED)
        t0 = time.perf_counter()
        for _ in range(epochs):
            order = gen.permutation(len(train))
            for s in range(0, len(order), 128):
                rows = train[order[s : s + 128]]
                enc = encode(rows)
                hidden = bert(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).float()
                logit = head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)
                y = torch.tensor(rows[:, 2], dtype=torch.float32, device=dev)
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, y)
                opt.zero_grad()
                loss.backward()
                opt.step()
        probs = []
        with torch.no_grad():
            for s in range(0, len(test), 512):
                enc = encode(test[s : s + 512])
                hidden = bert(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).float()
                probs.append(torch.sigmoid(head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)).cpu().numpy())
        results[f"layers {n}"] = metrics(np.concatenate(probs), test) | {"train_s": round(time.perf_counter() - t0, 1)}
        print(n, results[f"layers {n}"], flush=True)
        out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "export":
        export(Path(sys.argv[2]))
    else:
        layers = [int(x) for x in sys.argv[4].split(",")] if len(sys.argv) > 4 else [2, 6]
        epochs = int(sys.argv[5]) if len(sys.argv) > 5 else 2
        run(Path(sys.argv[2]), Path(sys.argv[3]), layers, epochs, int(sys.argv[6]) if len(sys.argv) > 6 else 0)

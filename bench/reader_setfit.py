"""Experiment (issue 13): a SetFit-style learned reader. The MiniLM encoder's top layers are fine-tuned
contrastively on the reader's training clauses by class (supervised contrastive loss: clauses of one class
pulled together, of other classes pushed apart), then the reader's head (:func:`agents.offline.reader_train.fit`)
is fitted on the fine-tuned embeddings.

Same data as :mod:`agents.offline.reader_train` (``corpus``: the tune half plus generated sentences; no
benchmark data). The word embeddings and the lower ``--frozen`` layers are frozen, so each clause's hidden
states below them are computed once and cached; only the top layers run in the training loop. Seeded; torch on
``--threads`` threads. Writes the head (the shipped reader format) and the fine-tuned layers (fp16, one file).

Run (model choice on the held-out tune domains):
    python -m bench.reader_setfit --folds [--score dev] [--frozen 4 --steps 300 --batch 64 --temperature 0.1]
trains one encoder + head per fold of :mod:`bench.reader_folds` and scores each on the other fold (``dev``: the
reader trained on the check fold's domains). Without ``--folds`` it trains on all of tune and writes
``--out``/head.json and ``--out``/layers.pt. Not shipped: see bench/data/conversations/README.md (seventh pass).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from agents.offline.learned import CLASSES, features
from agents.offline.reader_corpus import corpus
from agents.offline.reader_train import HIDDEN, L2, TUNE_WEIGHT, fit
from agents.offline.restate import plain
from bench.extraction import run_mode
from bench.reader_folds import FOLDS, NAMES, _line, _pool

SEED = 13
FROZEN = 4  # of MiniLM-L6's 6 layers
STEPS = 300
BATCH = 64
TEMPERATURE = 0.1
RATE = 2e-5
MAX_TOKENS = 64


class TunedEncoder:
    """MiniLM with its top layers replaced by fine-tuned ones; an :class:`memory.ports.Embedder` (mean pooling,
    normalised vectors, as the base model)."""

    def __init__(self, model: Any, tokenizer: Any, threads: int = 1) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.threads = threads

    @property
    def dimension(self) -> int:
        return int(self.model.config.hidden_size)

    @property
    def model_name(self) -> str:
        return "all-MiniLM-L6-v2+reader"

    def _encode(self, texts: Sequence[str]) -> Any:
        import torch

        enc = self.tokenizer(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        out = self.model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import torch

        torch.set_num_threads(self.threads)
        rows = []
        with torch.no_grad():
            for i in range(0, len(texts), 64):
                rows.append(self._encode(texts[i : i + 64]).numpy())
        return np.vstack(rows).astype(np.float32) if rows else np.zeros((0, self.dimension), np.float32)


def load_base(threads: int) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from memory.embedding.sentence_transformer import model_dir, offline

    offline()
    torch.set_num_threads(threads)
    path = model_dir(None)
    return AutoModel.from_pretrained(str(path)), AutoTokenizer.from_pretrained(str(path))


def tune_encoder(
    sentences: list[str],
    y: NDArray[np.int64],
    w: NDArray[np.float32],
    *,
    frozen: int = FROZEN,
    steps: int = STEPS,
    batch: int = BATCH,
    temperature: float = TEMPERATURE,
    rate: float = RATE,
    threads: int = 2,
    binary: bool = False,
    seed: int = SEED,
) -> TunedEncoder:
    """Fine-tunes the top ``6 - frozen`` layers with a supervised contrastive loss on class-balanced batches
    (each batch drawn with probability by ``w``: the reader's class-balanced, tune-weighted sample weights)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model, tokenizer = load_base(threads)
    layers = model.encoder.layer
    for p in model.parameters():
        p.requires_grad = False
    top = [layers[i] for i in range(frozen, len(layers))]
    for layer in top:
        for p in layer.parameters():
            p.requires_grad = True
    # the frozen part, once per sentence: hidden states entering layer ``frozen``
    cache: list[tuple[Any, Any]] = []
    model.eval()
    with torch.no_grad():
        for i in range(0, len(sentences), 128):
            enc = tokenizer(
                sentences[i : i + 128], padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
            )
            out = model(**enc, output_hidden_states=True)
            h = out.hidden_states[frozen]
            for j in range(h.shape[0]):
                n = int(enc["attention_mask"][j].sum())
                cache.append((h[j, :n].clone(), n))
    sys.stdout.write(f"cached the frozen layers' output of {len(cache)} sentences\n")
    sys.stdout.flush()
    params = [p for layer in top for p in layer.parameters()]
    opt = torch.optim.AdamW(params, lr=rate, weight_decay=0.01)
    prob = w.astype(np.float64)
    prob /= prob.sum()
    yt = torch.from_numpy((y > 0).astype(np.int64) if binary else y)  # binary: "nothing" against the rest
    for layer in top:
        layer.train()
    for _step in range(steps):
        idx = rng.choice(len(sentences), size=batch, replace=False, p=prob)
        n = max(cache[i][1] for i in idx)
        h = torch.zeros(batch, n, cache[0][0].shape[-1])
        mask = torch.zeros(batch, n)
        for r, i in enumerate(idx):
            t, k = cache[i]
            h[r, :k] = t
            mask[r, :k] = 1.0
        ext = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
        for layer in top:
            h = layer(h, attention_mask=ext)
            h = h[0] if isinstance(h, tuple) else h
        pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        z = torch.nn.functional.normalize(pooled, dim=-1)
        loss = supcon(z, yt[idx], temperature)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if (_step + 1) % 50 == 0:
            sys.stdout.write(f"step {_step + 1}: loss {loss.item():.3f}\n")
            sys.stdout.flush()
    model.eval()
    return TunedEncoder(model, tokenizer, threads)


def supcon(z: Any, labels: Any, temperature: float) -> Any:
    """Supervised contrastive loss (Khosla et al. 2020) of one batch of unit vectors."""
    import torch

    sim = z @ z.T / temperature
    n = z.shape[0]
    eye = torch.eye(n, dtype=torch.bool)
    sim = sim.masked_fill(eye, -1e9)
    log_p = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    pos = (labels[:, None] == labels[None, :]) & ~eye
    count = pos.sum(1)
    keep = count > 0
    loss = -(log_p * pos).sum(1)[keep] / count[keep]
    return loss.mean()


def save_layers(encoder: TunedEncoder, frozen: int, path: Path) -> None:
    """The fine-tuned layers only, fp16, one file."""
    import torch

    state = {
        k: v.half()
        for k, v in encoder.model.state_dict().items()
        if k.startswith("encoder.layer.") and int(k.split(".")[2]) >= frozen
    }
    torch.save({"frozen": frozen, "state": state}, path)


def train(
    domains: frozenset[str] | None, head_out: Path, layers_out: Path | None, args: argparse.Namespace
) -> TunedEncoder:
    rows = corpus(domains, tune_weight=TUNE_WEIGHT, unmatched=True, tune_variants=0, everyday_per_class=0)
    sentences = [plain(s) for s, _, _ in rows]
    y = np.array([CLASSES.index(c) for _, c, _ in rows], dtype=np.int64)
    counts = np.bincount(y, minlength=len(CLASSES)).astype(np.float32)
    balance = counts.sum() / (len(CLASSES) * np.maximum(counts, 1.0))
    w = np.array([wt for _, _, wt in rows], dtype=np.float32) * balance[y]
    t0 = time.perf_counter()
    encoder = tune_encoder(
        sentences,
        y,
        w,
        frozen=args.frozen,
        steps=args.steps,
        batch=args.batch,
        temperature=args.temperature,
        rate=args.rate,
        threads=args.threads,
        binary=args.binary,
        seed=args.seed,
    )
    t1 = time.perf_counter()
    vectors = encoder.embed(sentences)
    reader = fit(features(vectors, sentences), y, w, hidden=HIDDEN, l2=L2)
    reader.save(head_out)
    if layers_out is not None:
        save_layers(encoder, args.frozen, layers_out)
    acc = float((reader.probabilities(vectors, sentences).argmax(axis=1) == y).mean())
    sys.stdout.write(
        f"{len(rows)} sentences; encoder {t1 - t0:.0f} s, head {time.perf_counter() - t1:.0f} s; "
        f"training accuracy {acc:.3f}\n"
    )
    return encoder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frozen", type=int, default=FROZEN)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--batch", type=int, default=BATCH)
    ap.add_argument("--temperature", type=float, default=TEMPERATURE)
    ap.add_argument("--rate", type=float, default=RATE)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=SEED, help="the fine-tuning's batches (the head keeps its seed)")
    ap.add_argument("--binary", action="store_true", help="contrast 'nothing' with the rest, not class by class")
    ap.add_argument("--folds", action="store_true", help="train per fold of bench.reader_folds, score the other")
    ap.add_argument("--score", default="dev,check", help="the folds scored (dev: trained on check's domains)")
    ap.add_argument("--out", type=Path, default=Path("reader_setfit"))
    args = ap.parse_args()
    if not args.folds:
        args.out.mkdir(parents=True, exist_ok=True)
        train(None, args.out / "head.json", args.out / "layers.pt", args)
        return

    args.out.mkdir(parents=True, exist_ok=True)
    for i, fold in enumerate(FOLDS):
        scored = 1 - i
        if NAMES[scored] not in args.score.split(","):
            continue
        head = args.out / f"fold{i}.json"
        encoder = train(fold, head, None, args)
        res = run_mode("reader", ["tune"], set(), head, set(FOLDS[scored]), reader_embedder=encoder)
        sys.stdout.write(f"{_line(NAMES[scored], _pool([res['tune']['all']]))}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

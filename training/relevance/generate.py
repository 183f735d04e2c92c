"""The relevance model's training pairs, written from this project's own material: the hand-written topics and
conditional cases of :mod:`training.relevance.topics`, and the category taxonomy's example statements and
requests (:mod:`memory.taxonomy.prototypes`).

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
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from memory.taxonomy.prototypes import EXAMPLES, REQUEST_PROTOTYPES
from training.relevance.circumstance_topics import CIRCUMSTANCE_TOPICS, USES_CIRCUMSTANCE
from training.relevance.life_topics import LIFE_TOPICS, USES_LIFE
from training.relevance.more_topics import EXTRA, MORE_CONDITIONAL, NEW_TOPICS, USES_MORE
from training.relevance.near_topics import NEAR_CONDITIONAL, NEAR_TOPICS
from training.relevance.owned_topics import OWNED_TOPICS, USES_OWNED
from training.relevance.pair_labels import judged
from training.relevance.topics import CONDITIONAL, TOPICS, Topic
from training.relevance.voices import memory_variants, request_variants

SEED = 14
HELD_OUT = 0.2


@dataclass(frozen=True)
class Pair:
    request: str
    memory: str
    label: int  # 1: the memory bears on the request
    source: str  # topics, taxonomy, conditional
    request_root: str = ""  # the hand-written text a variant was made from ("": the text itself)
    memory_root: str = ""

    @property
    def roots(self) -> tuple[str, str]:
        return self.request_root or self.request, self.memory_root or self.memory


def all_topics(near: bool = False, circumstances: bool = False, owned: bool = False) -> tuple[Topic, ...]:
    """The first pass's topics (their ``uses`` widened by USES_MORE), the second pass's new ones and the tenth
    pass's life circumstances (:mod:`training.relevance.life_topics`, with their links); with ``owned``, the eleventh
    pass's things the user has (:mod:`training.relevance.owned_topics`, an experiment); with ``near``, the third
    pass's near misses (:mod:`training.relevance.near_topics`); with ``circumstances``, the ninth pass's topics and
    links (:mod:`training.relevance.circumstance_topics`). Those two are experiments, not shipped."""
    topics = _widened(_widened(TOPICS, USES_MORE) + NEW_TOPICS, USES_LIFE) + LIFE_TOPICS
    if owned:
        topics = _widened(topics, USES_OWNED) + OWNED_TOPICS
    if circumstances:
        topics = _widened(topics, USES_CIRCUMSTANCE) + CIRCUMSTANCE_TOPICS
    return topics + (NEAR_TOPICS if near else ())


def _widened(topics: tuple[Topic, ...], more: dict[str, tuple[str, ...]]) -> tuple[Topic, ...]:
    """``topics`` with the topics each one's requests also use added from ``more``."""
    return tuple(Topic(t.name, t.category, t.memories, t.requests, t.uses + more.get(t.name, ())) for t in topics)


def _split(texts: tuple[str, ...], rng: random.Random) -> tuple[list[str], list[str]]:
    """(train, test): a seeded HELD_OUT share (at least one when there are three or more) is test."""
    order = list(texts)
    rng.shuffle(order)
    n = max(1, round(len(order) * HELD_OUT)) if len(order) >= 3 else 0
    return order[n:], order[:n]


def _linked_categories(circumstances: bool = False, owned: bool = False) -> set[tuple[str, str]]:
    topics = all_topics(circumstances=circumstances, owned=owned)
    by_name = {t.name: t for t in topics}
    return {(t.category, by_name[u].category) for t in topics for u in t.uses}


def _variants(texts: list[str], make: Callable[[str], list[str]], augment: bool) -> list[tuple[str, str]]:
    """(text, root) for each text and, on the training side, its variants in other voices or framings."""
    out = [(t, t) for t in texts]
    if augment:
        out += [(v, t) for t in texts for v in make(t) if v != t]
    return out


def pairs(
    seed: int = SEED,
    *,
    augment: bool = True,
    near: bool = False,
    relabel: bool = False,
    circumstances: bool = False,
    owned: bool = False,
) -> dict[str, list[Pair]]:
    """{"train": [...], "test": [...]}, deterministic for a seed. ``augment``: training texts also in other
    voices (memories) and framings (requests), :mod:`training.relevance.voices`; test texts never. ``near``:
    also the third pass's near misses (split with their own seeded draw, the other splits unchanged). ``relabel``:
    training pairs with the pair-level corrections of :mod:`training.relevance.pair_labels` (test pairs keep
    the topic-level labels). ``circumstances``: also the ninth pass's topics and links (their own seeded draw, as the
    tenth pass's have: every earlier held-out text stays held out). ``owned``: also the eleventh pass's topics and
    links (the same again)."""
    rng = random.Random(seed)
    out: dict[str, list[Pair]] = {"train": [], "test": []}
    # topics: requests x memories of every topic. The first pass's texts split exactly as before (same rng
    # draws); the second pass's texts with their own seeded rng, so old held-out texts stay held out.
    mem_split = {t.name: _split(t.memories, rng) for t in TOPICS}
    req_split = {t.name: _split(t.requests, rng) for t in TOPICS}
    rng2 = random.Random(seed * 1000 + 2)
    # each later pass's own draw, so the earlier splits stay as they were: the third pass's near misses, the ninth's
    # circumstances, the tenth's life circumstances, the eleventh's things the user has
    later = {3: NEAR_TOPICS, 4: CIRCUMSTANCE_TOPICS, 5: LIFE_TOPICS, 6: OWNED_TOPICS}
    rngs = {n: random.Random(seed * 1000 + n) for n in later}
    draws = {t.name: rngs[n] for n, passed in later.items() for t in passed}
    rng3 = rngs[3]  # the near misses' conditional cases are drawn from it below
    topics = all_topics(near, circumstances, owned)
    for t in topics:
        mems, reqs = EXTRA.get(t.name, ((), ())) if t.name in mem_split else (t.memories, t.requests)
        draw = draws.get(t.name, rng2)
        m2, r2 = _split(tuple(mems), draw), _split(tuple(reqs), draw)
        old_m, old_r = mem_split.get(t.name, ([], [])), req_split.get(t.name, ([], []))
        mem_split[t.name] = (old_m[0] + m2[0], old_m[1] + m2[1])
        req_split[t.name] = (old_r[0] + r2[0], old_r[1] + r2[1])
    for part, side in (("train", 0), ("test", 1)):
        grow = augment and side == 0
        memories = {t.name: _variants(mem_split[t.name][side], memory_variants, grow) for t in topics}
        for t in topics:
            applies = {t.name, *t.uses}
            for request, rroot in _variants(req_split[t.name][side], request_variants, grow):
                for other in topics:
                    label = int(other.name in applies)
                    out[part] += [
                        Pair(request, m, lab, "topics", _root(request, rroot), _root(m, mroot))
                        for m, mroot in memories[other.name]
                        for lab in [judged(rroot, mroot, t.name, other.name, label) if relabel and not side else label]
                    ]
    # taxonomy: example statements x request prototypes, by category
    linked = _linked_categories(circumstances, owned)
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
    more = list(MORE_CONDITIONAL)
    rng2.shuffle(more)
    most = list(NEAR_CONDITIONAL) if near else []
    rng3.shuffle(most)
    n, n2, n3 = round(len(cases) * HELD_OUT), round(len(more) * HELD_OUT), round(len(most) * HELD_OUT)
    for part, chunk in (
        ("test", cases[:n] + more[:n2] + most[:n3]),
        ("train", cases[n:] + more[n2:] + most[n3:]),
    ):
        for memory, applies_to, stays_out in chunk:
            out[part] += [Pair(applies_to, memory, 1, "conditional"), Pair(stays_out, memory, 0, "conditional")]
    # a text in both sources (a topic's memory that is also a conditional case's) stays on the test side only
    held = {x for p in out["test"] for x in (p.request, p.memory)}
    out["train"] = [p for p in out["train"] if not ({p.request, p.memory, *p.roots} & held)]
    return out


def _root(text: str, root: str) -> str:
    return "" if text == root else root


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

"""Experiment: how the model's probability joins the embeddings' cut (:class:`ModelReranker`), with the same
weights, scored on the held-out split end to end (:mod:`training.relevance.heldout`, the big-pool user ``all``
and the short profiles apart) and on the hand-written cases (:mod:`bench.relevance_cases`). Never on a benchmark.

Variants:

- ``shipped``: :class:`ModelReranker` as it is;
- ``gap on promoted``: an item the cut left out is added from the threshold only if it is also within
  LOGIT_GAP of the best item (today the gap applies to the cut's items alone, so in a big pool a memory at
  probability 0.9 joins beside one at 0.999);
- ``rank promoted N``: at most N of the items the cut left out are added (the best ones);
- ``constraints N``: at most N constraints (core items the model judges) per request, the most probable first
  (in a big pool a dozen constraints can each pass the model's CORE_VETO on one request).

    python -m training.relevance.policy_experiment [--json bench/results/relevance_policy_experiment.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from agents.services import Services
from bench import relevance_cases
from memory.db.migrate import upgrade
from memory.ports import Vector
from memory.recall.rank import Scored, cut
from memory.recall.relevance import reranker as rr
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.settings import Settings
from training.relevance import heldout


class Variant(rr.ModelReranker):
    def __init__(self, base: rr.ModelReranker, model: RelevanceModel, how: str) -> None:
        super().__init__(model, base._categorizer)
        self.how = how

    def core(
        self, request: str, query: Vector, core: list[Scored], ranked: list[Scored], vectors: Mapping[str, Vector]
    ) -> list[Scored]:
        kept = super().core(request, query, core, ranked, vectors)
        if not self.how.startswith("constraints"):
            return kept
        gated = sorted((s for s in kept if rr._gated(s)), key=lambda s: -s.score)
        dropped = {id(s) for s in gated[int(self.how.split()[-1]) :]}
        return [s for s in kept if id(s) not in dropped]

    def rerank(
        self, request: str, query: Vector, ranked: list[Scored], vectors: Mapping[str, Vector], limit: int
    ) -> list[Scored] | None:
        if self.how == "shipped" or self.how.startswith("constraints"):
            return super().rerank(request, query, ranked, vectors, limit)
        kept = {id(s) for s in cut([r for r in ranked if r.above_floor])}
        shown = [s for s in ranked[:limit] if s.candidate.id in vectors]
        shown += [s for s in ranked[limit:] if id(s) in kept and s.candidate.id in vectors]
        if not shown:
            return []
        terms, topic = self._read(query, shown, vectors)
        p, logit, m = terms.probability, terms.logit, self._model
        floor = float(logit.max()) - rr.LOGIT_GAP
        picked, promoted = [], 0
        for i in np.argsort(-p, kind="stable"):
            i = int(i)
            in_cut = id(shown[i]) in kept
            if in_cut and p[i] >= m.veto and logit[i] >= floor:
                picked.append(i)
            elif p[i] >= m.threshold:
                if self.how == "gap on promoted" and logit[i] < floor:
                    continue
                if self.how.startswith("rank promoted") and promoted >= int(self.how.split()[-1]):
                    continue
                promoted += 1
                picked.append(i)
        picked = picked[: rr.MAX_CHOSEN]
        for i in picked:
            how = "the model" if p[i] >= m.threshold else "the embeddings' cut, the model agreeing"
            rr._explain(shown[i], terms, i, topic, how)
        return [shown[i] for i in picked]


def _with(how: str, model_path: Path, job: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        upgrade(settings.sqlalchemy_url())
        parts = Services(settings)
        try:
            base = parts.recall._reranker
            assert isinstance(base, rr.ModelReranker)
            parts.recall._reranker = Variant(base, RelevanceModel.load(model_path), how)
            out: dict[str, Any] = job(parts)
            return out
        finally:
            parts.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variants", default="shipped,gap on promoted,rank promoted 1,rank promoted 2")
    ap.add_argument("--model", default=str(DEFAULT_PATH))
    ap.add_argument("--json", default="bench/results/relevance_policy_experiment.json")
    args = ap.parse_args()
    memories, applies = heldout.held_out()
    who = heldout.users(memories)
    users, requests = relevance_cases.load()
    results: dict[str, Any] = {}
    keys = ("hit_rate", "precision", "request_precision", "mean_chosen")
    for how in args.variants.split(","):
        r = {
            "heldout big pool": _with(how, Path(args.model), lambda s: heldout.run(s, {"all": who["all"]}, applies)),
            "heldout short": _with(
                how, Path(args.model), lambda s: heldout.run(s, {k: v for k, v in who.items() if k != "all"}, applies)
            ),
            "cases": _with(how, Path(args.model), lambda s: relevance_cases.run(s, users, requests)),
        }
        r["cases"].pop("misses")
        results[how] = r
        line = " | ".join(
            f"{part}: " + " ".join(f"{k} {v[k]:.3f}" for k in (*keys, "false_injection_items") if k in v)
            for part, v in r.items()
        )
        print(f"{how:<18} {line}", flush=True)
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

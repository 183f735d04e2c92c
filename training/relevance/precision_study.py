"""Where the chosen items that do not apply come from, on project data only (the held-out split end to end,
:mod:`training.relevance.heldout`, and the hand-written cases, :mod:`bench.relevance_cases`); never a benchmark.

One recall run per data set records every chosen item with its section (core / request), kind, the model's
probability and how it was chosen (from its ``why``), and whether it applies. Since every policy studied here
only *removes* chosen items (a cut relative to the best item, a stricter bar for constraints), each is
simulated exactly on the recorded run:

    python -m training.relevance.precision_study [--model x.npz] [--json bench/results/relevance_precision_study.json]

The held-out split is read twice: with the generator's topic-level labels, and with pair-level labels
(``heldout_pair_labels.json``: the pairs the shipped model chose there, judged one by one).
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import mean
from typing import Any

from agents.services import Services
from bench.relevance_cases import load as load_cases
from memory.db.migrate import upgrade
from memory.recall.relevance.model import DEFAULT_PATH, digest
from memory.recall.types import ContextRequest
from memory.settings import RecallSettings, Settings
from memory.store.schemas import NewMemory, NewUser
from training.relevance.heldout import held_out, users

Row = dict[str, Any]
PAIR_LABELS = Path(__file__).with_name("heldout_pair_labels.json")


def relabel(rows: list[Row], path: Path = PAIR_LABELS) -> list[Row]:
    """The held-out rows with the pair-level labels of ``path`` (pairs judged one by one) where a pair was
    judged, the generator's topic-level label elsewhere: an item's ``applies`` and a request's ``want``."""
    labels = json.loads(path.read_text())["labels"]
    out = []
    for row in rows:
        lab = labels.get(row["request"], {"judged": [], "applies": []})
        judged, good = set(lab["judged"]), set(lab["applies"])
        items = [{**i, "applies": i["text"] in good if i["text"] in judged else i["applies"]} for i in row["items"]]
        want = [w for w in row["want"] if w not in judged] + sorted(good & {i["text"] for i in row["items"]})
        out.append({**row, "items": items, "want": sorted(set(want))})
    return out


def _how(why: list[str]) -> str:
    w = " ".join(why)
    if "chosen by the model" in w:
        return "promoted"
    if "the embeddings' cut" in w:
        return "cut+model"
    if "a topical style rule" in w:
        return "style"
    if "a constraint, kept" in w:
        return "constraint"
    if "where the user lives" in w:
        return "home"
    if "pinned" in w:
        return "pinned"
    if "always applies" in w:
        return "always"
    return "other"


def record(model: Path, who: dict[str, list[str]], asks: list[tuple[str, str, set[str]]]) -> list[Row]:
    """asks: (user, request, texts that apply). One row per request with every chosen item."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), recall=RecallSettings(relevance_model=model))
        upgrade(settings.sqlalchemy_url())
        parts = Services(settings)
        try:
            for uid, texts in who.items():
                parts.store.create_user(NewUser(id=uid))
                parts.store.add_many(uid, [NewMemory(text=t) for t in texts], actor="study")
            for uid, request, good in asks:
                result = parts.recall.context(uid, ContextRequest(query=request))
                items = [
                    {
                        "text": c.memory.text,
                        "section": c.section,
                        "kind": c.memory.kind,
                        "p": c.score,
                        "how": _how(c.why),
                        "applies": c.memory.text in good,
                    }
                    for c in result.items
                ]
                rows.append({"user": uid, "request": request, "want": sorted(good & set(who[uid])), "items": items})
        finally:
            parts.close()
    return rows


Policy = Callable[[Row], list[dict[str, Any]]]


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def policy(
    ratio: float = 0.0,
    core_bar: float = 0.0,
    core_ratio: float = 0.0,
    gap: float = 99.0,
    request_bar: float = 0.0,
    style_bar: float = 0.0,
    max_request: int = 99,
) -> Policy:
    """Keep a request item only if p >= ratio * best request p and logit >= best logit - gap, and one the
    embeddings' cut kept (not promoted) only from p >= request_bar; keep a gated constraint only if
    p >= core_bar and p >= core_ratio * best p (of the request items and constraints); keep a topical style
    item only from p >= style_bar; keep at most ``max_request`` request items (the best p first)."""

    def keep(row: Row) -> list[dict[str, Any]]:
        items = row["items"]
        req = [i["p"] for i in items if i["section"] == "request" and i["how"] != "home"]
        gated = [i["p"] for i in items if i["how"] == "constraint"]
        best = max(req, default=0.0)
        best_all = max(req + gated, default=0.0)
        top = sorted(req, reverse=True)
        floor = top[max_request - 1] if len(top) >= max_request else 0.0
        out = []
        for i in items:
            if i["how"] == "home":  # chosen by the home-place rule, not by its p: no policy here removes it
                pass
            elif i["section"] == "request":
                if i["p"] < ratio * best or _logit(i["p"]) < _logit(best) - gap:
                    continue
                if i["how"] == "cut+model" and i["p"] < request_bar:
                    continue
                if i["p"] < floor:
                    continue
            else:
                bar = {"constraint": max(core_bar, core_ratio * best_all), "style": style_bar}.get(i["how"], 0.0)
                if i["p"] < bar:
                    continue
            out.append(i)
        return out

    return keep


def measure(rows: list[Row], keep: Policy) -> dict[str, float]:
    hits, precision, false_items, req_prec, n, no_style = [], [], [], [], [], []
    for row in rows:
        chosen = keep(row)
        texts = {i["text"] for i in chosen}
        hits += [w in texts for w in row["want"]]
        if chosen:
            precision.append(mean(i["applies"] for i in chosen))
        extra = [i for i in chosen if i["section"] == "request"]
        if any(i["how"] != "always" for i in chosen):
            no_style.append(mean(i["applies"] for i in chosen if i["how"] != "always"))
        false_items += [not i["applies"] for i in extra]
        if extra:
            req_prec.append(mean(i["applies"] for i in extra))
        n.append(len(chosen))
    return {
        "hit_rate": mean(hits),
        "precision": mean(precision) if precision else 0.0,
        "request_precision": mean(req_prec) if req_prec else 0.0,
        "false_injection_items": mean(false_items) if false_items else 0.0,
        "mean_chosen": mean(n),
        "precision_without_style": mean(no_style) if no_style else 0.0,
    }


def sources(rows: list[Row]) -> dict[str, Any]:
    """Chosen items by (section, how chosen, applies), and the wrong request items' p relative to the best."""
    count: Counter[str] = Counter()
    ratios: list[float] = []
    for row in rows:
        best = max((i["p"] for i in row["items"] if i["section"] == "request"), default=0.0)
        for i in row["items"]:
            count[f"{i['section']}/{i['how']}/{i['kind']}/{'ok' if i['applies'] else 'wrong'}"] += 1
            if i["section"] == "request" and not i["applies"] and best:
                ratios.append(round(i["p"] / best, 2))
    ratios.sort()
    q = {f"q{k}": ratios[int(k / 100 * (len(ratios) - 1))] for k in (10, 25, 50, 75, 90)} if ratios else {}
    return {"by_source": dict(count.most_common()), "wrong_request_p_over_best": q}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=str(DEFAULT_PATH))
    ap.add_argument("--json", default="bench/results/relevance_precision_study.json")
    ap.add_argument("--dump", default="", help="also write the recorded rows here")
    ap.add_argument(
        "--style-bars",
        action="store_true",
        help="record every topical style item (STYLE_VETO 0) and simulate the bars for keeping them",
    )
    ap.add_argument("--place-labels", action="store_true", help="held-out home places apply to place-bound requests")
    ap.add_argument("--rows", default="", help="read recorded rows (a --dump) instead of running recall")
    args = ap.parse_args()
    model = Path(args.model)
    if args.style_bars:  # every topical style item kept and recorded with its p: each bar is then a removal
        from memory.recall.relevance import reranker

        reranker.STYLE_VETO = 0.0
    if args.rows:
        data = json.loads(Path(args.rows).read_text())
    else:
        memories, applies = held_out(args.place_labels)
        who = users(memories)
        asks = [(u, r, g) for u in who for r, g in sorted(applies.items())]
        case_users, cases = load_cases()
        data = {
            "heldout": record(model, who, asks),
            "cases": record(model, case_users, [(c["user"], c["request"], set(c["applies"])) for c in cases]),
        }
    data.pop("heldout_pair_labels", None)
    data.pop("heldout_all_pair_labels", None)
    grid: list[tuple[str, Policy]] = [("as run", policy())]
    grid += [(f"ratio {r}", policy(ratio=r)) for r in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)]
    grid += [(f"gap {g}", policy(gap=g)) for g in (0.5, 1.0, 1.5)]
    grid += [(f"request bar {b}", policy(request_bar=b)) for b in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)]
    grid += [(f"core bar {b}", policy(core_bar=b)) for b in (0.5, 0.6, 0.7, 0.8)]
    grid += [(f"core ratio {r}", policy(core_ratio=r)) for r in (0.5, 0.7, 0.9)]
    grid += [(f"max request {n}", policy(max_request=n)) for n in (1, 2, 3, 4, 5)]
    if args.style_bars:
        grid += [(f"style bar {b}", policy(style_bar=b)) for b in (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.5)]
    data["heldout_pair_labels"] = relabel(data["heldout"])
    # the user holding every held-out memory: many candidates, few apply (PrefEval scenario B's shape)
    data["heldout_all_pair_labels"] = [r for r in data["heldout_pair_labels"] if r["user"] == "all"]
    out: dict[str, Any] = {"model": f"{model.name} {digest(model)}"}
    for name, rows in data.items():
        out[name] = {"sources": sources(rows), "policies": {k: measure(rows, f) for k, f in grid}}
        print(name, json.dumps(out[name]["sources"], indent=1))
        for k, m in out[name]["policies"].items():
            print(f"  {k:<18}" + "".join(f"{a} {b:.3f}  " for a, b in m.items()))
    if args.dump:
        Path(args.dump).write_text(json.dumps(data))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""Model choice for the learned reader without the ``test`` half: train on some ``tune`` domains, score on the others.

The ``tune`` domains are cut into two folds; the reader is trained on one fold (plus the generated variants)
and :mod:`bench.extraction` scores rules + reader on the other, then the reverse. The pooled numbers hold the
reader out, not the rules: those were written against all of ``tune``, so the pooled estimate reads high.
Since issue 13's third pass the folds also hold out the rules' tuning: rules and reader are changed while
reading the misses of the ``dev`` fold only (``--misses`` prints nothing else); the ``check`` fold is read as
numbers only, so its change across a pass is the honest estimate of what the pass does on unseen domains.
``test`` is never read here. The conversations written for training only (``agents/offline/reader_conversations.jsonl``,
``reader_train --conversations W``) hold no tune domain, so every fold trains on all of them when they are used:
``--train "--conversations 3"``.

Run: python -m bench.reader_folds [--add 0.7,0.8,0.9] [--misses]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from agents.offline import guided
from bench.extraction import run_mode

FOLDS = (
    frozenset(["food", "coding", "sport", "home", "gaming", "fitness", "events"]),
    frozenset(["travel", "parenting", "learning", "gardening", "reading", "writing"]),
)
NAMES = ("dev", "check")  # FOLDS[0] scored: its misses may be read; FOLDS[1] scored: numbers only
KEYS = ("labels", "hit", "memories", "good", "nothing", "false")
WHY = ("unmatched_kind", "unmatched_false", "unmatched_text")


def _pool(parts: list[dict[str, float]]) -> dict[str, float]:
    n = {k: 0.0 for k in KEYS}
    for s in parts:
        n["labels"] += s["labels"]
        n["hit"] += s["recall"] * s["labels"]
        n["memories"] += s["memories"]
        n["good"] += s["precision"] * s["memories"] if s["memories"] else 0.0
        n["nothing"] += s["nothing_turns"]
        n["false"] += s["false_per_nothing_turn"] * s["nothing_turns"] if s["nothing_turns"] else 0.0
    return {
        "recall": n["hit"] / n["labels"],
        "precision": n["good"] / max(n["memories"], 1.0),
        "false_per_nothing_turn": n["false"] / max(n["nothing"], 1.0),
        "memories": n["memories"],
        **{k: sum(s[k] for s in parts) for k in WHY},
    }


def _line(name: str, s: dict[str, float]) -> str:
    return (
        f"{name:<7} recall {s['recall']:.3f}  precision {s['precision']:.3f}  "
        f"false/none {s['false_per_nothing_turn']:.3f}  memories {s['memories']:.0f}  "
        f"unmatched: kind {s['unmatched_kind']:.0f} false {s['unmatched_false']:.0f} text {s['unmatched_text']:.0f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--add", default=str(guided.ADD), help="values of guided.ADD to try (comma-separated)")
    ap.add_argument("--train", default="", help="extra arguments for reader_train ('--l2 0.001 --hidden 32')")
    ap.add_argument("--misses", action="store_true", help="print the dev fold's misses and extra memories")
    ap.add_argument("--json", default="bench/results/extraction_folds.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        weights = []
        for i, fold in enumerate(FOLDS):
            out = Path(tmp) / f"fold{i}.json"
            cmd = [sys.executable, "-m", "agents.offline.reader_train", "--out", str(out), *args.train.split()]
            subprocess.run([*cmd, "--domains", ",".join(sorted(fold))], check=True, stdout=subprocess.DEVNULL)
            weights.append(out)
        report: dict[str, Any] = {}
        for add in (float(a) for a in args.add.split(",")):
            guided.ADD = add
            parts = []
            for i in range(len(FOLDS)):
                scored = 1 - i  # the fold the reader trained on ``weights[i]`` never saw
                show = {"tune"} if args.misses and NAMES[scored] == "dev" else set()
                res = run_mode("reader", ["tune"], show, weights[i], set(FOLDS[scored]))
                parts.append(res["tune"]["all"])
            pooled = _pool(parts)
            report[f"add={add}"] = {
                **pooled,
                **{NAMES[1 - i]: _pool([part]) for i, part in enumerate(parts)},
            }
            sys.stdout.write(f"add={add:.2f}  {_line('pooled', pooled)}\n")
            for i, part in enumerate(parts):
                sys.stdout.write(f"           {_line(NAMES[1 - i], _pool([part]))}\n")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()

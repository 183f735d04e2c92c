"""How much of what PrefEval users reveal does tacit's learning path capture, and how much noise does it add?

For each record (per form, per topic) a fresh user gets, through the real ingest path (message log, job
queue, extraction graph, store): some LMSYS distractor turns, then the preference-revealing turns (the
explicit statement; the choice-based exchange; the persona-driven conversation), then more distractors.

Printed per form and per topic:
- capture: some active memory cites a revealing user turn in its evidence and its text has cosine >= 0.5 to
  the gold ``preference`` (default embedder); also the pure-cosine rates (any active memory) at 0.5/0.6/0.7;
- memories created per distractor user turn (should be next to none);
- extraction throughput in turns/s: time spent in the worker (``turns/s``) and end to end, from the message
  log's append to the worker's last commit (``e2e/s``); all turns counted. A record's three appends are queued
  before the worker runs, as when it is behind, so it learns them in one pass (``worker.merge_jobs``);
  ``--merge-jobs 1`` measures one pass per job.

Run: python -m bench.prefeval_capture [--limit 10] [--forms explicit,choice,persona]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from itertools import cycle
from pathlib import Path
from statistics import mean
from typing import Any

import numpy as np

from agents import heap
from agents.services import Services
from bench.prefeval_data import data_dir, distractor_turns, load, topics
from memory.db.migrate import upgrade
from memory.learn.log import NewTurns
from memory.settings import Settings, WorkerSettings

FORMS = {
    "explicit": "explicit_preference",
    "choice": "implicit_preference/choice-based",
    "persona": "implicit_preference/persona-driven",
}


def revealing_turns(form: str, record: dict[str, Any]) -> list[dict[str, str]]:
    if form == "explicit":
        return [{"role": "user", "content": record["preference"]}]
    conv = record["conversation"]
    if form == "choice":
        return [
            {"role": "user", "content": conv["query"]},
            {"role": "assistant", "content": conv["assistant_options"]},
            {"role": "user", "content": conv["user_selection"]},
            {"role": "assistant", "content": conv["assistant_acknowledgment"]},
        ]
    turns: list[dict[str, str]] = []
    for key in sorted(conv, key=int):
        turns += [
            {"role": "user", "content": conv[key]["user"]},
            {"role": "assistant", "content": conv[key]["assistant"]},
        ]
    return turns


class Distractors:
    """Consecutive LMSYS turns, cycled, cut to the length limit, always starting with a user turn."""

    def __init__(self, root: Path) -> None:
        self._turns = cycle(distractor_turns(root))

    def take(self, n_user: int) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        while sum(t["role"] == "user" for t in out) < n_user or (out and out[-1]["role"] == "user"):
            t = next(self._turns)
            if not out and t["role"] != "user":
                continue
            out.append({"role": t["role"], "content": t["content"][:30_000] or "."})
        return out


def run_record(
    svc: Services, user: str, segments: list[tuple[str, list[dict[str, str]]]]
) -> tuple[dict[str, list[int]], float, float, int]:
    """Ingest the record's turns, then let the worker learn from them. Returns the user turns' ids by segment, the
    worker's seconds, the seconds end to end (ingest through the message log and the worker) and the turns."""
    ids: dict[str, list[int]] = defaultdict(list)
    n_turns = 0
    start = time.perf_counter()
    for kind, turns in segments:
        receipt = svc.log.append(user, NewTurns.model_validate({"turns": turns}))
        ids[kind] += [i for i, t in zip(receipt.message_ids, turns, strict=True) if t["role"] == "user"]
        n_turns += len(turns)
    t0 = time.perf_counter()
    svc.worker.drain()
    end = time.perf_counter()
    return ids, end - t0, end - start, n_turns


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None)
    ap.add_argument("--limit", type=int, default=0, help="records per topic (0: all)")
    ap.add_argument("--forms", default="explicit,choice,persona")
    ap.add_argument("--distractors", type=int, default=2, help="distractor user turns before and after")
    ap.add_argument("--json", default="bench/results/prefeval_capture.json")
    ap.add_argument("--reader", action="store_true", help="the offline extractor with its learned reader")
    ap.add_argument(
        "--merge-jobs",
        type=int,
        default=WorkerSettings().merge_jobs,
        help="worker.merge_jobs: a record's queued jobs learned in one pass (1: one pass per job)",
    )
    args = ap.parse_args()
    root = data_dir(args.data)
    distract = Distractors(root)
    rows: dict[str, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), worker=WorkerSettings(in_process=False, merge_jobs=args.merge_jobs))
        upgrade(settings.sqlalchemy_url())
        svc = Services(settings)
        if args.reader:
            from agents.offline.extractor import OfflineExtractor
            from agents.offline.learned import load_reader

            reader = OfflineExtractor(svc.embedder, reader=load_reader())
            svc = Services(settings, embedder=svc.embedder, extractor=reader)
        embed = svc.embedder.embed
        svc.index.ping()  # opened once before timing (importing Chroma takes ~1 s), as a running server has it
        svc.warm()  # the model and the category prototypes, loaded before the first job as a server does
        heap.tune_for_serving()  # the collector's thresholds of a `tacit worker` process
        try:
            n = 0
            for form in args.forms.split(","):
                for topic in topics(root):
                    records = load(root, FORMS[form], topic)
                    for record in records[: args.limit or None]:
                        n += 1
                        user = f"{form}-{topic}-{n}"
                        segments = [
                            ("distractor", distract.take(args.distractors)),
                            ("reveal", revealing_turns(form, record)),
                            ("distractor", distract.take(args.distractors)),
                        ]
                        ids, seconds, e2e_seconds, n_turns = run_record(svc, user, segments)
                        items = svc.store.list_memories(user, limit=200).items
                        gold = embed([record["preference"]])[0]
                        sims = embed([m.text for m in items]) @ gold if items else np.zeros(0)
                        reveal_ids = set(ids["reveal"])
                        distractor_ids = set(ids["distractor"])
                        cited = [
                            float(s)
                            for m, s in zip(items, sims, strict=True)
                            if any(e.message_id in reveal_ids for e in m.evidence)
                        ]
                        from_distractors = sum(
                            1 for m in items if {e.message_id for e in m.evidence} <= distractor_ids and m.evidence
                        )
                        best = float(sims.max()) if len(sims) else 0.0
                        r = rows[form][topic]
                        r["capture"].append(float(any(s >= 0.5 for s in cited)))
                        for th in (0.5, 0.6, 0.7):
                            r[f"cos{th}"].append(float(best >= th))
                        t = totals[form]
                        t["distractor_memories"] += from_distractors
                        t["distractor_turns"] += len(distractor_ids)
                        t["seconds"] += seconds
                        t["e2e_seconds"] += e2e_seconds
                        t["turns"] += n_turns
        finally:
            svc.close()
    report: dict[str, Any] = {}
    header = f"{'form':<9}{'topic':<34}{'n':>5}{'capture':>9}{'cos>=.5':>9}{'cos>=.6':>9}{'cos>=.7':>9}"
    print(header)
    for form, by_topic in rows.items():
        for topic, r in sorted(by_topic.items()):
            print(
                f"{form:<9}{topic:<34}{len(r['capture']):>5}"
                + "".join(f"{mean(r[k]):>9.3f}" for k in ("capture", "cos0.5", "cos0.6", "cos0.7"))
            )
        flat = {k: [v for r in by_topic.values() for v in r[k]] for k in ("capture", "cos0.5", "cos0.6", "cos0.7")}
        t = totals[form]
        report[form] = {
            "records": len(flat["capture"]),
            **{k: mean(v) for k, v in flat.items()},
            "memories_per_distractor_turn": t["distractor_memories"] / max(1.0, t["distractor_turns"]),
            "turns_per_s": t["turns"] / max(1e-9, t["seconds"]),
            "turns_per_s_end_to_end": t["turns"] / max(1e-9, t["e2e_seconds"]),
            "turns": int(t["turns"]),
        }
    print()
    print(
        f"{'form':<9}{'records':>8}{'capture':>9}{'cos>=.5':>9}{'cos>=.6':>9}{'cos>=.7':>9}{'mem/distractor':>16}"
        f"{'turns/s':>9}{'e2e/s':>8}"
    )
    for form, r in report.items():
        print(
            f"{form:<9}{r['records']:>8}{r['capture']:>9.3f}{r['cos0.5']:>9.3f}{r['cos0.6']:>9.3f}{r['cos0.7']:>9.3f}"
            f"{r['memories_per_distractor_turn']:>16.3f}{r['turns_per_s']:>9.1f}{r['turns_per_s_end_to_end']:>8.1f}"
        )
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(
        json.dumps(
            {
                "summary": report,
                "per_topic": {
                    f: {t: {k: mean(v) for k, v in r.items()} for t, r in bt.items()} for f, bt in rows.items()
                },
            },
            indent=2,
        )
    )
    print(f"saved {args.json}")


if __name__ == "__main__":
    main()

"""Single sentences from domains neither half of the conversation set holds, read by the offline extractor.

``bench/data/probes/teaching.txt``: 98 sentences that each reveal something (explicit, implied, conditional,
feedback, terse, typos, lower case, non-native English); ``nothing.txt``: 139 that must teach nothing
(questions, hypotheticals, other people's tastes, quoted words, sarcasm, habits given up, requests, chatter).
One ``form|sentence`` a line. Written for issue 13's tenth pass, after the reader's restatement was seen to
word some shapes badly; they were read while fixing it, so they are a readout, not a held-out score.

Printed: every memory each mode (rules; rules + the learned reader) makes from each sentence, then per mode the
memories made from ``nothing`` sentences (false memories), and the teaching sentences that gave none.
Run: python -m bench.probe_reader [--quiet]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from agents.extract.types import Extractor, Turn
from agents.services import Services
from bench.extraction import build_extractor
from memory.settings import Settings, WorkerSettings

DATA = Path(__file__).parent / "data" / "probes"


def load(name: str) -> list[tuple[str, str]]:
    rows = [line.split("|", 1) for line in (DATA / f"{name}.txt").read_text().splitlines() if line.strip()]
    return [(form, text) for form, text in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--json", default="bench/results/probe_reader.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:  # the composition root's embedder; nothing is stored
        embedder = Services(Settings(data_dir=Path(tmp), worker=WorkerSettings(in_process=False))).embedder
        modes: dict[str, Extractor] = {m: build_extractor(m, embedder) for m in ("rules", "reader")}
        out = {mode: read_all(extractor, mode, quiet=args.quiet) for mode, extractor in modes.items()}
    print(f"{'mode':8}{'teaching':>10}{'with none':>11}{'memories':>10}{'nothing':>9}{'false':>7}")
    for mode, r in out.items():
        print(
            f"{mode:8}{r['teaching_sentences']:>10}{r['teaching_with_none']:>11}{r['memories_from_teaching']:>10}"
            f"{r['nothing_sentences']:>9}{r['false_memories']:>7}"
        )
    Path(args.json).write_text(json.dumps(out, indent=1))
    print(f"saved {args.json}")


def read_all(extractor: Extractor, mode: str, *, quiet: bool) -> dict[str, Any]:
    made: dict[str, list[list[str]]] = {}
    for name in ("teaching", "nothing"):
        made[name] = []
        for form, text in load(name):
            turn = Turn(message_id=1, role="user", content=text)
            texts = [f"{c.kind.value}: {c.text}" for c in extractor.extract([turn], [0]).candidates if not c.ends]
            made[name].append(texts)
            if not quiet:
                for t in texts:
                    print(f"{mode:6} {name:8} [{form}] {text[:60]!r} -> {t}")
    return {
        "teaching_sentences": len(made["teaching"]),
        "teaching_with_none": sum(1 for t in made["teaching"] if not t),
        "memories_from_teaching": sum(len(t) for t in made["teaching"]),
        "nothing_sentences": len(made["nothing"]),
        "false_memories": sum(len(t) for t in made["nothing"]),
        "made": made,
    }


if __name__ == "__main__":
    main()

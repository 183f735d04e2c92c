"""Learning from edits: hand-written draft/edit pairs (bench/data/edits.jsonl) through an edit reader.

Each pair names the preference kinds a careful reader would take from it (none for a typo fix, a changed
fact, name or number). The rule that judges a learned preference: its text is given a kind by the first
keyword set of KIND_KEYWORDS that it contains (case-insensitive); no match is kind ``other``.

- recall of kind K: pairs labelled K for which a preference of kind K was learned / pairs labelled K;
- precision of kind K: preferences of kind K learned on pairs labelled K / all preferences of kind K
  (``other`` is always wrong);
- memories per no-signal edit: preferences learned on unlabelled pairs / unlabelled pairs.

Targets (offline): recall >= 0.8, precision >= 0.9, <= 0.05 memories per no-signal edit.

Run: python -m bench.edits [--reader offline|llm] [--json bench/results/edits.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from agents.edits.reader import EditInput, EditReader, OfflineEditReader

DATA = Path(__file__).parent / "data" / "edits.jsonl"
KIND_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("code_only", ("code only", "without explanation", "just the code")),
    ("programming_language", ("for code",)),
    ("no_bullets", ("dislikes bullet", "no bullet", "without bullet", "prose")),
    ("bullets", ("bullet", "lists")),
    ("no_emojis", ("emoji",)),
    ("shorter", ("short", "concise", "brief")),
    ("longer", ("detailed", "thorough", "longer")),
    ("formal", ("formal", "professional")),
    ("casual", ("casual", "friendly", "informal")),
    ("units", ("metric", "imperial", "units")),
    ("language", ("answers in", "spanish", "french", "german", "italian", "portuguese", "english")),
    ("sign_off", ("signs off", "sign-off", "sign off")),
    ("greeting", ("greeting", "opens messages", "opens with")),
    ("wording", ("the word",)),
)


def kind_of(text: str) -> str:
    low = text.lower()
    return next((kind for kind, words in KIND_KEYWORDS if any(w in low for w in words)), "other")


def load(path: Path = DATA) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(reader: EditReader, pairs: list[dict[str, Any]]) -> dict[str, Any]:
    expected: Counter[str] = Counter()
    recalled: Counter[str] = Counter()
    produced: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    silent_pairs = silent_memories = 0
    errors: list[dict[str, Any]] = []
    started = time.perf_counter()
    for p in pairs:
        edit = EditInput(draft=p["draft"], edited=p["edited"], context=p.get("context", ""))
        texts = [c.text for c in reader.read(edit).candidates]
        kinds = [kind_of(t) for t in texts]
        labels = set(p["kinds"])
        expected.update(labels)
        recalled.update(labels & set(kinds))
        produced.update(kinds)
        correct.update(k for k in kinds if k in labels)
        if not labels:
            silent_pairs += 1
            silent_memories += len(texts)
        missed, wrong = labels - set(kinds), [t for t, k in zip(texts, kinds, strict=True) if k not in labels]
        if missed or wrong:
            errors.append({"id": p["id"], "labels": sorted(labels), "learned": texts, "missed": sorted(missed)})
    elapsed = time.perf_counter() - started
    per_kind = {
        k: {
            "pairs": expected[k],
            "recall": recalled[k] / expected[k] if expected[k] else None,
            "learned": produced[k],
            "precision": correct[k] / produced[k] if produced[k] else None,
        }
        for k in sorted(set(expected) | set(produced))
    }
    total_produced = sum(produced.values())
    return {
        "reader": reader.name,
        "pairs": len(pairs),
        "labelled_pairs": len(pairs) - silent_pairs,
        "no_signal_pairs": silent_pairs,
        "recall": sum(recalled.values()) / max(1, sum(expected.values())),
        "precision": sum(correct.values()) / max(1, total_produced),
        "memories_per_no_signal_edit": silent_memories / max(1, silent_pairs),
        "ms_per_edit": 1000 * elapsed / max(1, len(pairs)),
        "per_kind": per_kind,
        "errors": errors,
        "rule": "a learned preference's kind is the first KIND_KEYWORDS set its text contains; see bench/edits.py",
        "targets": {"recall": 0.8, "precision": 0.9, "memories_per_no_signal_edit": 0.05},
    }


def build_reader(name: str) -> EditReader:
    if name == "offline":
        return OfflineEditReader()
    from agents.edits.llm import LLMEditReader
    from agents.llm.build import build_llm
    from memory.settings import get_settings

    llm = build_llm(get_settings())
    if llm is None:
        raise SystemExit("--reader llm needs an LLM: set ANTHROPIC_API_KEY or TACIT_LLM__BASE_URL")
    return LLMEditReader(llm)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--reader", choices=["offline", "llm"], default="offline")
    ap.add_argument("--json", default="bench/results/edits.json")
    args = ap.parse_args()
    result = run(build_reader(args.reader), load())
    print(f"{result['reader']}: {result['pairs']} pairs ({result['no_signal_pairs']} with no signal)")
    print(f"{'kind':<22}{'pairs':>7}{'recall':>9}{'learned':>9}{'precision':>11}")
    for kind, r in result["per_kind"].items():
        rec = "-" if r["recall"] is None else f"{r['recall']:.2f}"
        prec = "-" if r["precision"] is None else f"{r['precision']:.2f}"
        print(f"{kind:<22}{r['pairs']:>7}{rec:>9}{r['learned']:>9}{prec:>11}")
    print(
        f"{'all':<22}{result['labelled_pairs']:>7}{result['recall']:>9.3f}{'':>9}{result['precision']:>11.3f}\n"
        f"memories per no-signal edit: {result['memories_per_no_signal_edit']:.3f}  "
        f"({result['ms_per_edit']:.2f} ms per edit)"
    )
    for e in result["errors"]:
        print(f"  {e['id']}: labels {e['labels']} learned {e['learned']} missed {e['missed']}")
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"saved {args.json}")


if __name__ == "__main__":
    main()

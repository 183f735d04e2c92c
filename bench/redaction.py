"""Redaction quality and speed on the corpus in bench/data/secrets/.

* Recall, per corpus family: a secret line counts as caught when every substring it names is gone from
  ``redact(text)``.
* False positives, per detector family: the share of innocent look-alike lines (``innocent.jsonl``) that the
  family changes, and the share changed by any detector.
* Speed: microseconds per ``redact`` call over every corpus line, and over a typical chat message with no secret
  (the common case on the message log).

Run: ``python -m bench.redaction`` (prints a table, writes bench/results/redaction.json; ``--misses`` lists
what slipped through and what was flagged).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from memory.redaction import FAMILIES, find_secrets, redact

DATA = Path(__file__).resolve().parent / "data" / "secrets"
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "redaction.json"
CHAT = (
    "Thanks! Could you rewrite the second paragraph so it sounds less formal? I'm sending it to my team on "
    "Monday, and keep it under 120 words please."
)


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open() as f:
        return [json.loads(line) for line in f if line.strip()]


def caught(line: dict[str, Any]) -> bool:
    out = redact(line["text"])
    return all(secret not in out for secret in line["secrets"])


def evaluate(secrets: list[dict[str, Any]], innocent: list[dict[str, Any]]) -> dict[str, Any]:
    by_family: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for line in secrets:
        ok = caught(line)
        by_family[line["family"]].append(ok)
        if not ok:
            misses.append(line["text"])
    flagged_by: Counter[str] = Counter()
    flagged = []
    for line in innocent:
        families = {f.family for f in find_secrets(line["text"])}
        flagged_by.update(families)
        if families:
            flagged.append({"text": line["text"], "families": sorted(families), "out": redact(line["text"])})
    total_caught = sum(sum(v) for v in by_family.values())
    return {
        "secret_lines": len(secrets),
        "innocent_lines": len(innocent),
        "recall": total_caught / len(secrets),
        "false_positive_rate": len(flagged) / len(innocent),
        "recall_by_family": {k: {"lines": len(v), "recall": sum(v) / len(v)} for k, v in sorted(by_family.items())},
        "false_positive_rate_by_detector": {f: flagged_by[f] / len(innocent) for f in FAMILIES},
        "missed": misses,
        "flagged": flagged,
    }


def timing(texts: list[str], rounds: int) -> float:
    """Microseconds per redact call, the best of ``rounds`` passes (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            redact(t)
        best = min(best, time.perf_counter() - t0)
    return best / len(texts) * 1e6


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON)
    ap.add_argument("--misses", action="store_true", help="print the lines missed and the innocent lines flagged")
    a = ap.parse_args(argv)
    secrets, innocent = load("secrets.jsonl"), load("innocent.jsonl")
    result = evaluate(secrets, innocent)
    texts = [line["text"] for line in secrets + innocent]
    result["speed"] = {
        "us_per_corpus_line": timing(texts, a.rounds),
        "us_per_chat_message": timing([CHAT] * 200, a.rounds),
        "mean_corpus_line_chars": sum(map(len, texts)) / len(texts),
        "chat_message_chars": len(CHAT),
        "python": platform.python_version(),
    }
    print(f"{'family':<20} {'lines':>6} {'recall':>8}")
    for fam, row in result["recall_by_family"].items():
        print(f"{fam:<20} {row['lines']:>6} {row['recall']:>8.3f}")
    print(f"{'all secrets':<20} {result['secret_lines']:>6} {result['recall']:>8.3f}\n")
    print(f"{'detector':<20} {'innocent flagged':>17}")
    for fam, rate in result["false_positive_rate_by_detector"].items():
        print(f"{fam:<20} {rate:>17.3f}")
    print(f"{'any detector':<20} {result['false_positive_rate']:>17.3f}  (of {result['innocent_lines']} lines)\n")
    sp = result["speed"]
    print(
        f"redact: {sp['us_per_corpus_line']:.1f} µs per corpus line ({sp['mean_corpus_line_chars']:.0f} chars), "
        f"{sp['us_per_chat_message']:.1f} µs per {sp['chat_message_chars']}-char chat message"
    )
    if a.misses:
        for text in result["missed"]:
            print("MISSED ", repr(text))
        for f in result["flagged"]:
            print("FLAGGED", f["families"], repr(f["text"]), "->", repr(f["out"]))
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

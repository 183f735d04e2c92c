"""Loaders for the PrefEval data in ../shared/benchdata/prefeval (read in place, never copied)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchdata" / "prefeval"


def data_dir(override: str | None = None) -> Path:
    path = Path(override) if override else DATA
    if not (path / "explicit_preference").is_dir():
        raise SystemExit(f"PrefEval data not found at {path} (see ../shared/benchdata/README.md)")
    return path


def topics(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "explicit_preference").glob("*.json"))


def load(root: Path, form: str, topic: str) -> list[dict[str, Any]]:
    """``form``: explicit_preference, implicit_preference/choice-based, implicit_preference/persona-driven."""
    records: list[dict[str, Any]] = json.loads((root / form / f"{topic}.json").read_text())
    return records


def distractor_turns(root: Path) -> list[dict[str, str]]:
    """The LMSYS turns PrefEval inserts between a preference and its question, in order."""
    convos = json.loads((root / "filtered_inter_turns.json").read_text())
    turns: list[dict[str, str]] = []
    for convo in convos:
        for msg in convo["conversation"]:
            if msg.get("content"):
                turns.append({"role": msg["role"], "content": msg["content"]})
    return turns

"""Every bench under bench/ runs end to end at a tiny size (seconds each), so a broken bench fails ``make test``.

Each runs as ``python -m bench.<name>`` in a subprocess, as a person runs it (benches set process-wide state:
model threads, Chroma's shared clients), writes its JSON into a temp dir (never bench/results/), and the test
reads the JSON back. Benches that read PrefEval run on ``sample_prefeval/`` beside this file, a tiny sample of
the same layout written for these tests, so they run the same in CI, where ../shared/benchdata is absent.
mem0 itself is not installed here: ``mem0_compare`` runs its tacit side (``--tacit-only``), and
``recall_latency --mem0`` hands its fill to ``fake_mem0.py`` instead of the mem0 venv (the handover and the
report are ours; the mem0 search is not). Timings are printed by the benches, never asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).with_name("sample_prefeval")
RESULTS = ROOT / "bench" / "results"


def run_bench(module: str, args: str, out: Path, *extra: str, timeout: float = 240) -> dict[str, Any]:
    """``args``: the tiny size, space-separated; ``extra``: arguments that may hold spaces (paths)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args.split(), *extra, "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, (
        f"bench.{module} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    assert out.is_file(), f"bench.{module} wrote no JSON:\n{proc.stdout[-2000:]}"
    result: dict[str, Any] = json.loads(out.read_text())
    return result


@pytest.fixture(autouse=True)
def results_untouched() -> Any:
    """A smoke run never writes bench/results/."""
    before = {p.name: p.stat().st_mtime_ns for p in RESULTS.glob("*.json")}
    yield
    after = {p.name: p.stat().st_mtime_ns for p in RESULTS.glob("*.json")}
    assert after == before


RECALL_LATENCY_TINY = "--users 4 --per-user 20 --core 2 --bases 8 --requests 5 --warmup 2 --active 2 --cold 1"
DATA = ("--data", str(SAMPLE))


def test_recall_latency(tmp_path: Path) -> None:
    r = run_bench("recall_latency", RECALL_LATENCY_TINY + " --after-write 2", tmp_path / "rl.json", *DATA)
    assert r["summary"]["total_memories"] == 80
    assert r["summary"]["mem0_measured"] is False and "mem0" not in r["summary"]
    for row in ("context", "context_http", "floor", "model_floor", "proxy_overhead", "cold_context", "after_write"):
        assert r["rows"][row]["p50_ms"] > 0, row
    assert len(r["targets"]) == 5  # with the model's own floor and the 35 ms target beside the earlier three


def test_recall_latency_hands_its_fill_to_mem0(tmp_path: Path) -> None:
    fake = tmp_path / "mem0-python"
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).with_name("fake_mem0.py")}" "$@"\n')
    fake.chmod(0o755)
    args = RECALL_LATENCY_TINY + " --after-write 0 --mem0 --mem0-requests 3"
    r = run_bench("recall_latency", args, tmp_path / "rl.json", *DATA, "--mem0-python", str(fake))
    assert r["summary"]["mem0"]["mem0ai"] == "fake"
    assert r["summary"]["mem0"]["requests"] == 3
    assert r["rows"]["mem0_search"]["p95_ms"] == 2.0


def test_vector_search(tmp_path: Path) -> None:
    r = run_bench("vector_search", "--users 4 --per-user 20 --queries 10 --warmup 2", tmp_path / "vs.json")
    assert r["summary"]["total_vectors"] == 80
    assert set(r["rows"]) == {"tacit per-user collection", "numpy floor (exact)"}


def test_recall_quality(tmp_path: Path) -> None:
    r = run_bench("recall_quality", "--users 2 --extra 2", tmp_path / "rq.json", *DATA)
    assert set(r) == {"A off", "A model", "B off", "B model"}  # each scenario under each ranking
    assert r["A model"]["requests"] == 4 and 0 <= r["A model"]["hit@k"] <= 1


def test_recall_learned(tmp_path: Path) -> None:
    r = run_bench("recall_learned", "--users 2", tmp_path / "rln.json", *DATA)
    assert set(r) == {f"{form} {ranking}" for form in ("explicit", "choice", "persona") for ranking in ("off", "model")}
    assert all(form["questions"] == 4 for form in r.values())


def test_prefeval_capture(tmp_path: Path) -> None:
    r = run_bench("prefeval_capture", "--limit 1 --distractors 1", tmp_path / "pc.json", *DATA)
    assert set(r["summary"]) == {"explicit", "choice", "persona"}
    assert all(form["records"] == 2 and form["turns_per_s"] > 0 for form in r["summary"].values())


def test_mem0_compare_tacit_side(tmp_path: Path) -> None:
    r = run_bench("mem0_compare", "--tacit-only --users 2 --extra 2", tmp_path / "m0.json", *DATA)
    assert set(r["results"]) == {"A", "B"}
    assert all("mem0" not in sides and sides["tacit"]["requests"] == 4 for sides in r["results"].values())


def test_load(tmp_path: Path) -> None:
    args = "--setup embedded --users 3 --memories 5 --clients 2 --seconds 0.5 --warmup 0.2 --texts 10"
    r = run_bench("load", args, tmp_path / "load.json")
    rows = {(row["endpoint"], row["clients"]): row for row in r["rows"]}
    assert set(rows) == {("context", 2), ("proxy", 2)}
    assert all(row["errors"] == 0 and row["rps"] > 0 for row in rows.values())
    assert all(row["connections_by_process"] == [2] for row in rows.values()), "both clients' connections, traced"


def test_embed_int8(tmp_path: Path) -> None:
    r = run_bench("embed_int8", "--seconds 0.05", tmp_path / "int8.json")
    assert r["cases"] > 0 and 0.9 < r["cosine_to_full"]["mean"] <= 1.0001
    assert set(r["cpu_ms_per_text"]) == {"full_1", "int8_1", "full_12", "int8_12"}

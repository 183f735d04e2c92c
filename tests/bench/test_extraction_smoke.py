"""``bench.extraction`` runs end to end on one tune domain, both extractors (as in test_bench_smoke.py: a
subprocess, JSON in a temp dir, bench/results/ untouched). Never the ``test`` half: it is read only to report."""

from __future__ import annotations

from pathlib import Path

from tests.bench.test_bench_smoke import RESULTS, run_bench


def test_extraction_on_one_tune_domain(tmp_path: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in RESULTS.glob("*.json")}
    out = run_bench("extraction", "--modes rules,reader --splits tune --domains events", tmp_path / "x.json")
    rules, reader = out["rules"]["tune"]["all"], out["reader"]["tune"]["all"]
    assert rules["labels"] == reader["labels"] > 0
    assert 0.0 <= rules["recall"] <= reader["recall"] <= 1.0  # the reader never drops what the rules read
    assert reader["memories"] >= rules["memories"]
    assert set(out["rules"]) == {"tune"}
    assert {p.name: p.stat().st_mtime_ns for p in RESULTS.glob("*.json")} == before

"""`tacit edit` and `tacit feedback` as a person runs them (subprocesses over a temp data dir)."""

from __future__ import annotations

import json
from pathlib import Path

from harness.procs import cli


def test_edit_then_feedback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    draft = tmp_path / "draft.txt"
    draft.write_text("The trail is 6 miles long and climbs 1,200 feet.")
    done = cli(data, "edit", "ana", f"@{draft}", "The trail is 10 km long and climbs 370 m.", "--context", "hiking")
    assert done.returncode == 0, done.stderr
    [learned] = json.loads(done.stdout)["memories"]
    assert learned["op"] == "add" and "metric" in learned["text"].lower() and learned["context"] == "hiking"

    same = cli(data, "edit", "ana", "same text", "same text")
    assert same.returncode == 2 and "nothing changed" in same.stderr
    bad = cli(data, "feedback", "ana", "1", "7")
    assert bad.returncode == 2 and "rating" in bad.stderr
    missing = cli(data, "feedback", "ana", "1", "down")
    assert missing.returncode != 0 and "message 1 not found" in missing.stderr

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harness.procs import cli, env_for


def test_help_is_fast_and_light(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from api.cli.main import app\n"
        "try:\n    app(['memories', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sentence_transformers', 'torch', 'chromadb', 'uvicorn') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env_for(tmp_path), capture_output=True, text=True, check=True
    ).stdout
    assert "search" in out and "HEAVY []" in out


def test_cli_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    assert cli(data, "users", "create", "bob", "--name", "Bob").returncode == 0
    added = cli(data, "memories", "add", "bob", "Likes black coffee", "--category", "food")
    assert added.returncode == 0, added.stderr
    mid = json.loads(added.stdout)["id"]
    cli(data, "memories", "add", "bob", "Drives an electric car", "--category", "travel")

    # listing reads SQL only: it must not pay for the embedding model or Chroma
    code = (
        "import sys\nfrom api.cli.main import app\n"
        "try:\n    app(['memories', 'list', 'bob'])\nexcept SystemExit:\n    pass\n"
        "print('HEAVY', [m for m in ('sentence_transformers', 'chromadb') if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env_for(data), capture_output=True, text=True, check=True
    ).stdout
    assert "Likes black coffee" in out and "HEAVY []" in out

    found = cli(data, "memories", "search", "bob", "espresso", "-k", "1", "--json")
    assert json.loads(found.stdout)[0]["memory"]["id"] == mid
    assert cli(data, "memories", "rm", "bob", mid).returncode == 0
    listed = cli(data, "memories", "list", "bob", "--status", "deleted", "--json")
    assert [m["id"] for m in json.loads(listed.stdout)["items"]] == [mid]
    check = cli(data, "reindex", "--check")
    assert check.returncode == 0 and "missing before: 0" in check.stdout

    missing = cli(data, "memories", "list", "nobody")
    assert missing.returncode == 2 and "user 'nobody' not found" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert cli(data, "users", "rm", "bob", "--yes").returncode == 0
    assert json.loads(cli(data, "users", "list", "--json").stdout)["items"] == []


def test_export_import_round_trip_via_cli(tmp_path: Path) -> None:
    data, other = tmp_path / "a", tmp_path / "b"
    cli(data, "migrate")
    cli(other, "migrate")
    cli(data, "users", "create", "zoe")
    cli(data, "memories", "add", "zoe", "Speaks Dutch at home", "--category", "family")
    out = tmp_path / "zoe.json"
    assert cli(data, "export", "zoe", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["memories"][0]["text"] == "Speaks Dutch at home"
    dry = cli(other, "import", str(out), "--dry-run")
    assert dry.returncode == 0 and '"added":1' in dry.stdout
    assert json.loads(cli(other, "users", "list", "--json").stdout)["items"] == []
    assert cli(other, "import", str(out)).returncode == 0
    listed = cli(other, "memories", "list", "zoe", "--json")
    assert [m["text"] for m in json.loads(listed.stdout)["items"]] == ["Speaks Dutch at home"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": "tacit.export", "version": 9}))
    refused = cli(other, "import", str(bad), "--user", "zoe")
    assert refused.returncode == 2 and "version" in refused.stderr


def test_serve_refuses_several_processes_on_embedded_chroma(tmp_path: Path) -> None:
    out = cli(tmp_path / "data", "serve", "--workers", "2")
    assert out.returncode == 2
    assert "embedded Chroma is single-process" in out.stderr and "TACIT_CHROMA_URL" in out.stderr

"""What a newcomer following the README runs into: every refusal is one line naming what to fix, never a traceback."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from harness.procs import TACIT, cli, env_for
from memory.errors import ConfigError
from memory.settings import load_settings
from memory.types import USER_ID_RULE


def run_with(data: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [TACIT, *args], env={**env_for(data), **env}, capture_output=True, text=True, timeout=120, check=False
    )


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    """The command failed with a single `error: ...` line on stderr and no traceback."""
    assert done.returncode != 0, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr and "ValidationError" not in done.stderr
    return lines[0]


def test_a_bad_setting_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACIT_LIMITS__MAX_BATCH_ITEMS", "1000")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.setting == "TACIT_LIMITS__MAX_BATCH_ITEMS"
    assert "less than or equal to 500" in caught.value.message

    monkeypatch.setenv("TACIT_RECALL__RERANK", "bogus")
    with pytest.raises(ConfigError) as both:
        load_settings()
    assert "TACIT_LIMITS__MAX_BATCH_ITEMS" in both.value.message and "TACIT_RECALL__RERANK" in both.value.message


def test_cli_and_server_refuse_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    line = one_line_error(run_with(data, {"TACIT_SERVER__PORT": "abc"}, "serve"))
    assert "TACIT_SERVER__PORT" in line and "valid integer" in line
    line = one_line_error(run_with(data, {"TACIT_WORKER__IN_PROCESS": "maybe"}, "users", "list"))
    assert "TACIT_WORKER__IN_PROCESS" in line
    assert not (data / "tacit.db").exists()  # refused before anything was created


def test_cli_arguments_the_api_refuses_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    bad_user = cli(data, "users", "create", "bad id!")
    assert bad_user.returncode == 2 and USER_ID_RULE in one_line_error(bad_user)
    assert "budget_tokens" in one_line_error(cli(data, "context", "someone", "dinner?", "--budget", "5"))
    assert cli(data, "users", "create", "erin").returncode == 0
    assert one_line_error(cli(data, "memories", "add", "erin", "")).startswith("error: text:")
    assert json.loads(cli(data, "users", "list", "--json").stdout)["items"][0]["memory_count"] == 0


def test_import_of_a_file_that_is_not_an_export_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    missing = cli(data, "import", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "No such file" in one_line_error(missing)
    prose = tmp_path / "notes.json"
    prose.write_text("not json at all\n")
    assert "neither a JSON export nor NDJSON" in one_line_error(cli(data, "import", str(prose)))
    array = tmp_path / "array.json"
    array.write_text("[1, 2]")
    assert "JSON object" in one_line_error(cli(data, "import", str(array)))
    assert json.loads(cli(data, "users", "list", "--json").stdout)["items"] == []


def test_the_servers_address_opens_the_page(client: TestClient) -> None:
    first = client.get("/", follow_redirects=False)
    assert first.status_code == 307 and first.headers["location"] == "ui"
    page = client.get("/")
    assert page.status_code == 200 and page.url.path == "/ui" and "<script" in page.text
    assert "/" not in client.get("/openapi.json").json()["paths"]


def test_the_api_docs_page_needs_no_internet(client: TestClient) -> None:
    """/docs is Swagger UI from the installed package: every asset it names is served here, none from a CDN."""
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
    assert assets and not [a for a in assets if a.startswith(("http:", "https:", "//"))], assets
    for asset in assets:
        r = client.get(asset)
        assert r.status_code == 200 and len(r.content) > 500, asset
    assert "/openapi.json" in page.text and client.get("/redoc").status_code == 404  # ReDoc needed a CDN too


def test_cli_commands_act_on_the_tenant_given(tmp_path: Path) -> None:
    """`tacit --tenant T ...` sees T's users and only T's; without it, the key-less tenant `default`."""
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    assert cli(data, "--tenant", "acme", "users", "create", "alice").returncode == 0
    added = cli(data, "--tenant", "acme", "memories", "add", "alice", "Keeps bees on the roof")
    assert added.returncode == 0, added.stderr

    def users(*scope: str) -> list[str]:
        listed = cli(data, *scope, "users", "list", "--json")
        return [u["id"] for u in json.loads(listed.stdout)["items"]]

    assert users("--tenant", "acme") == ["alice"] and users() == []
    assert "Keeps bees" in cli(data, "--tenant", "acme", "export", "--all").stdout
    assert "Keeps bees" not in cli(data, "export", "--all").stdout
    assert one_line_error(cli(data, "--tenant", "beta", "memories", "list", "alice")).startswith("error: ")


def test_removing_an_unknown_user_says_so_before_asking(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "migrate").returncode == 0
    done = subprocess.run(
        [TACIT, "users", "rm", "nobody"], env=env_for(data), input="y\n", capture_output=True, text=True, timeout=120
    )
    assert "nobody" in one_line_error(done) and "Delete user" not in done.stdout

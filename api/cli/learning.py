"""tacit ingest / tacit worker: feed conversations in, run jobs out of the queue."""

from __future__ import annotations

import json
import logging
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer

from api.cli.common import fail, reports_errors, tenant


def _conversations(path: Path, default_user: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Accepted shapes, per line (JSONL) or as one JSON document (an object or a list of objects):
    ``{"user_id": ..., "turns": [{"role", "content"}, ...]}``, or ``{"messages": [...]}`` (OpenAI style),
    or a bare list of turns (then ``--user`` names the user)."""
    text = path.read_text(encoding="utf-8")
    try:
        docs: list[Any] = [json.loads(text)]
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    if len(docs) == 1 and isinstance(docs[0], list) and docs[0] and "role" not in docs[0][0]:
        docs = docs[0]
    for i, doc in enumerate(docs):
        if isinstance(doc, list):
            doc = {"turns": doc}
        turns = doc.get("turns") or doc.get("messages")
        user = doc.get("user_id") or doc.get("user") or default_user
        if not turns or not user:
            raise ValueError(f"conversation {i + 1}: needs 'turns' (or 'messages') and a user ('user_id' or --user)")
        yield str(user), {"turns": turns, "session_id": doc.get("session_id")}


def ingest(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSON or JSONL conversations.")],
    user: Annotated[str | None, typer.Option("--user", help="User for conversations that name none.")] = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Process the jobs before returning.")] = True,
) -> None:
    """Feed conversations to tacit: log the turns and learn from them."""
    from pydantic import ValidationError

    from api.cli.common import services
    from memory.learn.log import NewTurns

    try:
        items = list(_conversations(file, user))
    except (ValueError, KeyError, TypeError) as exc:
        fail(f"{file}: {exc}", 2)
    with services() as s, typer.progressbar(items, label="ingesting", file=None) as bar:
        jobs: list[str] = []
        for user_id, body in bar:
            try:
                receipt = s.log.for_tenant(tenant()).append(user_id, NewTurns.model_validate(body))
            except ValidationError as exc:
                fail(f"user {user_id}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}", 2)
            if receipt.job_id:
                jobs.append(receipt.job_id)
            if wait:
                s.worker.drain()
    typer.echo(f"ingested {len(items)} conversations, {len(jobs)} jobs" + (" (processed)" if wait else " (queued)"))


@reports_errors
def worker(
    once: Annotated[bool, typer.Option("--once", help="Process what is queued, then exit.")] = False,
) -> None:
    """Run a job worker (several may run at once on PostgreSQL). SIGTERM finishes the job in hand."""
    from agents import heap
    from api.cli.common import services

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    with services() as s:
        w = s.worker
        if once:
            w.recover()  # jobs held by dead processes of this host (run_forever does it too)
            typer.echo(f"processed {w.drain()} jobs")
            return

        def _stop(signum: int, _frame: FrameType | None) -> None:
            w.request_stop()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        s.warm(recall=False)  # the model and the prototypes, before the first job rather than in it
        heap.tune_for_serving()
        w.run_forever()

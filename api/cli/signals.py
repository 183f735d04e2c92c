"""tacit edit / tacit feedback: teach tacit from what a user did with an answer (on this machine's store)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli.common import emit_json, fail, tenant


def _text(value: str, name: str) -> str:
    """A text given inline, or ``@path`` for a file's contents."""
    if value.startswith("@"):
        path = Path(value[1:])
        if not path.is_file():
            fail(f"{name}: no such file {path}", 2)
        return path.read_text(encoding="utf-8")
    return value


def edit(
    user: Annotated[str, typer.Argument(help="The user who edited the answer.")],
    draft: Annotated[str, typer.Argument(help="The assistant's text (or @file).")],
    edited: Annotated[str, typer.Argument(help="The user's version (or @file).")],
    request: Annotated[str, typer.Option(help="What the user had asked for.")] = "",
    context: Annotated[str, typer.Option(help="Where the lesson applies, e.g. 'writing work emails'.")] = "",
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Learn before returning.")] = True,
) -> None:
    """Learn from a user's edit of an answer: print the memories it taught (JSON)."""
    from pydantic import ValidationError

    from api.cli.common import services
    from memory.learn.edits import NewEdit

    try:
        body = NewEdit(draft=_text(draft, "draft"), edited=_text(edited, "edited"), request=request, context=context)
    except ValidationError as exc:
        fail(f"{exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}", 2)
    with services() as s:
        receipt = s.edits.for_tenant(tenant()).submit(user, body)
        if not wait:
            emit_json({"job_id": receipt.job_id, "state": "queued"})
            return
        job = s.worker.wait_for(receipt.job_id, tenant())
        learned = [s.store.for_tenant(tenant()).get(user, m["memory_id"]) for m in job.result.get("memories", [])]
        emit_json(
            {
                "job_id": job.id,
                "state": job.state,
                "error": job.error,
                "memories": [
                    {"op": m["op"], "text": x.text, "context": x.context, "id": x.id}
                    for m, x in zip(job.result.get("memories", []), learned, strict=True)
                ],
            }
        )


def feedback(
    user: Annotated[str, typer.Argument(help="The user who rated the answer.")],
    message_id: Annotated[int, typer.Argument(help="The answer's id in the message log.")],
    rating: Annotated[str, typer.Argument(help="up, down, or 1-5.")],
    comment: Annotated[str, typer.Option(help="What was wrong or right.")] = "",
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Learn from the comment before returning.")] = True,
) -> None:
    """Rate an answer: print what the rating changed (JSON)."""
    from pydantic import ValidationError

    from api.cli.common import services
    from memory.learn.feedback import NewFeedback

    try:
        body = NewFeedback(message_id=message_id, rating=int(rating) if rating.isdigit() else rating, comment=comment)
    except ValidationError as exc:
        fail(f"{exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']} (rating is up, down or 1-5)", 2)
    with services() as s:
        result = s.feedback.for_tenant(tenant()).give(user, body).model_dump()
        if wait and result["job_id"]:
            job = s.worker.wait_for(result["job_id"], tenant())
            result["job"] = {"state": job.state, "memories": job.result.get("memories", []), "error": job.error}
        emit_json(result)

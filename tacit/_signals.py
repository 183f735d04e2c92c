"""The REST calls for what users do, not only what they say: an edit of an answer and feedback on one. Run by
both :class:`tacit.Client` and :class:`tacit.AsyncClient` (like :mod:`tacit._calls`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from tacit._calls import Call, _job, _user

if TYPE_CHECKING:
    from memory.learn.jobs import Job


@dataclass(frozen=True)
class Edited:
    """The answer to :meth:`Client.edit`: the learning job's id and, with ``wait=True``, the finished job."""

    user_id: str
    job_id: str
    job: Job | None = None


@dataclass(frozen=True)
class Rated:
    """The answer to :meth:`Client.feedback`: what the rating changed (memory ids) and the comment's job."""

    feedback_id: int
    message_id: int
    verdict: Literal["up", "down", "neutral"]
    lowered: list[str] = field(default_factory=list)
    reinforced: list[str] = field(default_factory=list)
    job_id: str | None = None
    job: Job | None = None


def _edited(body: Any) -> Edited:
    job = body.get("job")
    return Edited(body["user_id"], body["job_id"], job and _job(job))


def _rated(body: Any) -> Rated:
    job = body.get("job")
    return Rated(
        body["feedback_id"],
        body["message_id"],
        body["verdict"],
        list(body.get("lowered") or []),
        list(body.get("reinforced") or []),
        body.get("job_id"),
        job and _job(job),
    )


def edit(user_id: str, draft: str, edited: str, request: str | None, context: str | None, wait: bool) -> Call[Edited]:
    body: dict[str, Any] = {"draft": draft, "edited": edited}
    if request:
        body["request"] = request
    if context:
        body["context"] = context
    return Call("POST", f"{_user(user_id)}/edits", _edited, params={"wait": "true"} if wait else None, json=body)


def feedback(user_id: str, message_id: int, rating: str | int, comment: str, wait: bool) -> Call[Rated]:
    body: dict[str, Any] = {"message_id": message_id, "rating": rating}
    if comment:
        body["comment"] = comment
    return Call("POST", f"{_user(user_id)}/feedback", _rated, params={"wait": "true"} if wait else None, json=body)

"""Feedback on an answer: a rating, an optional comment, the answer's message id."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import FeedbackDep, ServicesDep, TenantDep, UserIdPath
from memory.learn.feedback import FeedbackResult, NewFeedback
from memory.learn.jobs import Job

router = APIRouter(tags=["learning"])


class FeedbackResponse(FeedbackResult):
    job: Job | None = None


@router.post(
    "/v1/users/{user_id}/feedback",
    summary="Rate an answer: thumbs up/down or 1-5, with an optional comment",
    description="`message_id` is the assistant's answer in this user's message log. A down-vote without a comment "
    "lowers the confidence of the memories injected into that answer; an up-vote reinforces them; a comment "
    "('too long') is learned from like a chat turn (with `?wait=true`, before the response). Each change is a "
    "memory event whose reason names the feedback. 404 when the message is not this user's.",
)
def give_feedback(
    user_id: UserIdPath,
    body: NewFeedback,
    feedback: FeedbackDep,
    services: ServicesDep,
    tenant: TenantDep,
    wait: bool = False,
) -> FeedbackResponse:
    out = FeedbackResponse(**feedback.give(user_id, body).model_dump())
    if wait and out.job_id is not None:
        out.job = services.worker.wait_for(out.job_id, tenant)
    return out

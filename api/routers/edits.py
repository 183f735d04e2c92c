"""Learn from how a user changed an assistant's answer."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from api.deps import EditsDep, ServicesDep, TenantDep, UserIdPath
from memory.learn.edits import EditReceipt, NewEdit
from memory.learn.jobs import Job

router = APIRouter(tags=["learning"])


class EditResponse(EditReceipt):
    job: Job | None = None


@router.post(
    "/v1/users/{user_id}/edits",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Learn from the user's edit of an answer (draft -> edited)",
    responses={200: {"model": EditResponse, "description": "With ?wait=true: processed; `job` is its final state"}},
    description="Give the assistant's `draft` and the user's `edited` version (and optionally the `request` and "
    "a `context` label such as 'writing work emails'). What the edit shows (shorter, no bullets, formal, code "
    "only, metric units, another language, a greeting or sign-off, plainer words) becomes memory items of "
    "source `edit` with both texts as evidence. Answers 202 with the job id; with `?wait=true`, 200 once "
    "learned. 422 when nothing changed.",
)
def submit_edit(
    user_id: UserIdPath,
    body: NewEdit,
    edits: EditsDep,
    services: ServicesDep,
    tenant: TenantDep,
    response: Response,
    wait: bool = False,
) -> EditResponse:
    out = EditResponse(**edits.submit(user_id, body).model_dump())
    if wait:
        out.job = services.worker.wait_for(out.job_id, tenant)
        response.status_code = status.HTTP_200_OK
    return out

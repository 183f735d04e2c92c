"""Ingest conversation turns and follow the extraction jobs they start."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response, status

from api.deps import JobIdPath, MessagesDep, ServicesDep, TenantDep, UserIdPath
from memory.errors import InvalidInput
from memory.learn.jobs import Job
from memory.learn.log import MAX_IDEMPOTENCY_KEY, IngestReceipt, NewTurns

router = APIRouter(tags=["learning"])


class IngestResponse(IngestReceipt):
    job: Job | None = None


@router.post(
    "/v1/users/{user_id}/messages",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Append conversation turns and learn from them",
    responses={200: {"model": IngestResponse, "description": "With ?wait=true: processed; `job` is its final state"}},
    description="Answers 202 with the job id at once; with `?wait=true` the job is processed first (200). "
    "An unknown user is created on first sight. With an `Idempotency-Key` header, a retry with the same key "
    "(for the same user) stores nothing and answers with the first call's receipt (`replayed`: true, header "
    "`Idempotent-Replayed: true`); the same key with other turns is a 409.",
)
def ingest(
    user_id: UserIdPath,
    body: NewTurns,
    messages: MessagesDep,
    services: ServicesDep,
    tenant: TenantDep,
    response: Response,
    wait: bool = False,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=MAX_IDEMPOTENCY_KEY,
            pattern=r"^[\x20-\x7e]+$",
            description="A key of your choosing (a UUID, say) that makes a retry of this call safe.",
        ),
    ] = None,
) -> IngestResponse:
    limit = services.settings.limits.max_batch_items
    if len(body.turns) > limit:
        raise InvalidInput(
            f"turns has {len(body.turns)} items; the limit is {limit} a call (TACIT_LIMITS__MAX_BATCH_ITEMS)", "turns"
        )
    receipt = messages.append(user_id, body, idempotency_key=idempotency_key)
    if receipt.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    out = IngestResponse(**receipt.model_dump())
    if wait and receipt.job_id is not None:
        out.job = services.worker.wait_for(receipt.job_id, tenant)
        response.status_code = status.HTTP_200_OK
    return out


@router.get("/v1/jobs/{job_id}", summary="A job's state, attempts, error, memories touched and LLM usage")
def get_job(job_id: JobIdPath, services: ServicesDep, tenant: TenantDep) -> Job:
    return services.queue.get(job_id, tenant)


@router.post("/v1/jobs/{job_id}/retry", summary="Queue a failed job again (its messages are still in the log)")
def retry_job(job_id: JobIdPath, services: ServicesDep, tenant: TenantDep) -> Job:
    return services.queue.retry(job_id, tenant)

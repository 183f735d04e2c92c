"""Recall: the prompt prefix for one request, with the trace of what was chosen and why."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ServicesDep, TenantDep, UserIdPath
from memory.recall.types import ContextRequest, ContextResult

router = APIRouter(tags=["recall"])


@router.post(
    "/v1/users/{user_id}/context",
    summary="The memories relevant to a request, as a prompt prefix within a token budget",
    description="Give the request's `messages` (or a `query`) and a `budget_tokens` (50-2000, default 400). "
    "An unknown user gets an empty prefix: a new user has no memories yet.",
)
def context(user_id: UserIdPath, body: ContextRequest, services: ServicesDep, tenant: TenantDep) -> ContextResult:
    return services.recall.for_tenant(tenant).context(user_id, body)

"""Recall: the prompt prefix for one request, with the trace of what was chosen and why.

The hottest route: an async handler with one thread hop (authentication's cached key lookup, SQL and the wait
for the embedding share it; sync dependencies would take a hop each), and the answer serialized once by
pydantic's JSON serializer (FastAPI would validate the returned model again first)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api.auth import authenticate
from api.deps import UserIdPath, get_services
from memory.recall.types import ContextRequest, ContextResult

router = APIRouter(tags=["recall"])


@router.post(
    "/v1/users/{user_id}/context",
    response_model=ContextResult,
    summary="The memories relevant to a request, as a prompt prefix within a token budget",
    description="Give the request's `messages` (or a `query`) and a `budget_tokens` (50-2000, default 400). "
    "An unknown user gets an empty prefix: a new user has no memories yet.",
)
async def context(user_id: UserIdPath, body: ContextRequest, request: Request) -> Response:
    services = get_services(request)

    def answer() -> str:
        tenant = authenticate(request).tenant
        return services.recall.for_tenant(tenant).context(user_id, body).model_dump_json()

    return Response(await run_in_threadpool(answer), media_type="application/json")

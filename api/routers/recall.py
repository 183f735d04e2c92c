"""Recall: the prompt prefix for one request, with the trace of what was chosen and why.

The hottest route, so an async handler with one thread hop: the caller is authenticated first (in
``RecallDep``, so a caller without a key gets 401 before any word about its body; from the key caches, on the
event loop, unless a cache has expired), then SQL and the wait for the embedding share one hop. FastAPI's sync
dependencies would take a hop each. The answer is serialized once by pydantic's JSON serializer (FastAPI would
validate the returned model again first)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api.deps import RecallDep, UserIdPath
from memory.recall.types import ContextRequest, ContextResult

router = APIRouter(tags=["recall"])


@router.post(
    "/v1/users/{user_id}/context",
    response_model=ContextResult,
    summary="The memories relevant to a request, as a prompt prefix within a token budget",
    description="Give the request's `messages` (or a `query`) and a `budget_tokens` (50-2000, default 400). "
    "An unknown user gets an empty prefix: a new user has no memories yet.",
)
async def context(user_id: UserIdPath, body: ContextRequest, recall: RecallDep) -> Response:
    def answer() -> str:
        return recall.context(user_id, body).model_dump_json()

    return Response(await run_in_threadpool(answer), media_type="application/json")

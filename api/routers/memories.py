"""One user's memories: CRUD, restore, history, semantic search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel, ConfigDict, Field

from api.deps import MemoryIdPath, StoreDep, UserIdPath
from memory.store.schemas import MemoryFilter, MemoryPatch, NewMemory
from memory.types import (
    Memory,
    MemoryEvent,
    MemoryKind,
    MemorySource,
    MemoryStatus,
    Page,
    SearchHit,
)

router = APIRouter(prefix="/v1/users/{user_id}/memories", tags=["memories"])


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(min_length=1, max_length=4000, description="What to look for, in plain words.")
    k: int = Field(10, ge=1, le=1000, description="How many results at most.")


class SearchResponse(BaseModel):
    hits: list[SearchHit]


@router.post("", status_code=status.HTTP_201_CREATED, summary="Add a memory")
def add_memory(user_id: UserIdPath, body: NewMemory, store: StoreDep) -> Memory:
    return store.add(user_id, body, actor="api")


@router.get("", summary="List memories, newest first, with filters")
def list_memories(
    user_id: UserIdPath,
    store: StoreDep,
    status_: Annotated[list[MemoryStatus] | None, Query(alias="status")] = None,
    kind: Annotated[list[MemoryKind] | None, Query()] = None,
    category: Annotated[list[str] | None, Query()] = None,
    source: Annotated[list[MemorySource] | None, Query()] = None,
    pinned: bool | None = None,
    q: Annotated[str | None, Query(max_length=500, description="Text contains (case-insensitive)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> Page:
    flt = MemoryFilter(
        status=status_ or [MemoryStatus.active],
        kind=kind or [],
        category=category or [],
        source=source or [],
        pinned=pinned,
        text_contains=q,
    )
    return store.list_memories(user_id, flt, limit=limit, cursor=cursor)


@router.post("/search", summary="Semantic search within this user's active memories")
def search_memories(user_id: UserIdPath, body: SearchRequest, store: StoreDep) -> SearchResponse:
    return SearchResponse(hits=store.search(user_id, body.query, body.k))


@router.get("/{memory_id}", summary="Get a memory")
def get_memory(user_id: UserIdPath, memory_id: MemoryIdPath, store: StoreDep) -> Memory:
    return store.get(user_id, memory_id)


@router.patch("/{memory_id}", summary="Edit a memory (marks it as edited by a person)")
def update_memory(user_id: UserIdPath, memory_id: MemoryIdPath, body: MemoryPatch, store: StoreDep) -> Memory:
    return store.update(user_id, memory_id, body, actor="api")


@router.delete(
    "/{memory_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a memory: soft (restorable) by default, hard=true removes it and its history",
)
def delete_memory(user_id: UserIdPath, memory_id: MemoryIdPath, store: StoreDep, hard: bool = False) -> Response:
    store.delete(user_id, memory_id, actor="api", hard=hard)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{memory_id}/restore", summary="Restore a deleted or superseded memory")
def restore_memory(user_id: UserIdPath, memory_id: MemoryIdPath, store: StoreDep) -> Memory:
    return store.restore(user_id, memory_id, actor="api")


@router.get("/{memory_id}/history", summary="Every change to a memory, oldest first")
def memory_history(user_id: UserIdPath, memory_id: MemoryIdPath, store: StoreDep) -> list[MemoryEvent]:
    return store.history(user_id, memory_id)

"""Users: create, list, get, delete (with everything they own)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from api.deps import StoreDep, UserIdPath
from memory.store.schemas import NewUser
from memory.types import User, UserPage

router = APIRouter(prefix="/v1/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a user")
def create_user(body: NewUser, store: StoreDep) -> User:
    return store.create_user(body)


@router.get("", summary="List users, ordered by id")
def list_users(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> UserPage:
    return store.list_users(limit=limit, cursor=cursor)


@router.get("/{user_id}", summary="Get a user")
def get_user(user_id: UserIdPath, store: StoreDep) -> User:
    return store.get_user(user_id)


@router.delete(
    "/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a user and everything tacit holds about them",
)
def delete_user(user_id: UserIdPath, store: StoreDep) -> Response:
    store.delete_user(user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

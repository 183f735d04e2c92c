"""Dependency aliases, so route signatures read as plain words."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from api.container import Services
from memory.build import Parts
from memory.store.service import MemoryStore
from memory.types import USER_ID_PATTERN


def get_parts(request: Request) -> Parts:
    parts: Parts = request.app.state.parts
    return parts


def get_services(request: Request) -> Services:
    services: Services = request.app.state.parts
    return services


def get_store(request: Request) -> MemoryStore:
    return get_parts(request).store


PartsDep = Annotated[Parts, Depends(get_parts)]
StoreDep = Annotated[MemoryStore, Depends(get_store)]
ServicesDep = Annotated[Services, Depends(get_services)]
UserIdPath = Annotated[
    str, Path(pattern=USER_ID_PATTERN, max_length=128, description="The user's id (as you created it).")
]
MemoryIdPath = Annotated[str, Path(min_length=1, max_length=36, description="The memory's id.")]
JobIdPath = Annotated[str, Path(min_length=1, max_length=36, description="The job's id.")]

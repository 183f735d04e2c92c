"""Dependency aliases, so route signatures read as plain words."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth import authenticate
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


def get_tenant(request: Request) -> str:
    return authenticate(request).tenant


def get_store(request: Request) -> MemoryStore:
    """The store as the caller's tenant sees it: user ids are namespaced per tenant."""
    return get_parts(request).store.for_tenant(get_tenant(request))


PartsDep = Annotated[Parts, Depends(get_parts)]
StoreDep = Annotated[MemoryStore, Depends(get_store)]
ServicesDep = Annotated[Services, Depends(get_services)]
TenantDep = Annotated[str, Depends(get_tenant)]
UserIdPath = Annotated[
    str, Path(pattern=USER_ID_PATTERN, max_length=128, description="The user's id (as you created it).")
]
ID_PATTERN = r"^[A-Za-z0-9_-]{1,36}$"  # tacit's ids are UUIDs
MemoryIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The memory's id.")]
JobIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The job's id.")]

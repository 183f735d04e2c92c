"""Dependency aliases, so route signatures read as plain words.

Handlers receive services already scoped to the caller's tenant (``StoreDep``, ``RecallDep``, ``MessagesDep``,
``ProfilesDep``, ``TransferDep``, ``EditsDep``, ``FeedbackDep``) and never scope one themselves. The caller is
authenticated once per request, on a worker thread (the key lookup may read SQL); the scoping itself is cheap
and runs on the event loop, so these dependencies add no thread hop of their own.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request
from starlette.concurrency import run_in_threadpool

from agents.services import Services
from api.auth import authenticate
from memory.learn.edits import EditLog
from memory.learn.feedback import FeedbackService
from memory.learn.log import MessageLog
from memory.profile.service import ProfileService
from memory.recall.service import RecallService
from memory.store.service import MemoryStore
from memory.transfer.service import Transfer
from memory.types import USER_ID_PATTERN


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def get_tenant(request: Request) -> str:
    """The caller's tenant (401 first, before any word about the body, when a key is needed and missing)."""
    principal = await run_in_threadpool(authenticate, request)
    return principal.tenant


ServicesDep = Annotated[Services, Depends(get_services)]
TenantDep = Annotated[str, Depends(get_tenant)]


async def get_store(services: ServicesDep, tenant: TenantDep) -> MemoryStore:
    """The store as the caller's tenant sees it: user ids are namespaced per tenant."""
    return services.store.for_tenant(tenant)


async def get_recall(services: ServicesDep, tenant: TenantDep) -> RecallService:
    return services.recall.for_tenant(tenant)


async def get_messages(services: ServicesDep, tenant: TenantDep) -> MessageLog:
    return services.log.for_tenant(tenant)


async def get_profiles(services: ServicesDep, tenant: TenantDep) -> ProfileService:
    return services.profiles.for_tenant(tenant)


async def get_transfer(services: ServicesDep, tenant: TenantDep) -> Transfer:
    return services.transfer.for_tenant(tenant)


async def get_edits(services: ServicesDep, tenant: TenantDep) -> EditLog:
    return services.edits.for_tenant(tenant)


async def get_feedback(services: ServicesDep, tenant: TenantDep) -> FeedbackService:
    return services.feedback.for_tenant(tenant)


StoreDep = Annotated[MemoryStore, Depends(get_store)]
RecallDep = Annotated[RecallService, Depends(get_recall)]
MessagesDep = Annotated[MessageLog, Depends(get_messages)]
ProfilesDep = Annotated[ProfileService, Depends(get_profiles)]
TransferDep = Annotated[Transfer, Depends(get_transfer)]
EditsDep = Annotated[EditLog, Depends(get_edits)]
FeedbackDep = Annotated[FeedbackService, Depends(get_feedback)]
UserIdPath = Annotated[
    str, Path(pattern=USER_ID_PATTERN, max_length=128, description="The user's id (as you created it).")
]
ID_PATTERN = r"^[A-Za-z0-9_-]{1,36}$"  # tacit's ids are UUIDs
MemoryIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The memory's id.")]
JobIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The job's id.")]

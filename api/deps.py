"""Dependency aliases, so route signatures read as plain words.

Handlers receive services already scoped to the caller's tenant (``StoreDep``, ``RecallDep``, ``MessagesDep``,
``ProfilesDep``, ``TransferDep``, ``EditsDep``, ``FeedbackDep``) and never scope one themselves. The caller is
authenticated once per request, from the key caches on the event loop, or on a worker thread when a cache has
expired and the key lookup must read SQL; the scoping itself is cheap and runs on the event loop, so these
dependencies add no thread hop of their own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Protocol, TypeVar

from fastapi import Depends, Path, Request
from starlette.concurrency import run_in_threadpool

from agents.services import Services
from api.auth import authenticate
from memory.keys import NeedsRead
from memory.learn.edits import EditLog
from memory.learn.feedback import FeedbackService
from memory.learn.log import MessageLog
from memory.profile.service import ProfileService
from memory.recall.service import RecallService
from memory.store.service import MemoryStore
from memory.transfer.service import Transfer
from memory.types import USER_ID_PATTERN

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def get_tenant(request: Request) -> str:
    """The caller's tenant (401 first, before any word about the body, when a key is needed and missing). Answered
    on the event loop while the key caches hold the answer (nearly every request); on a worker thread when a
    cache has expired and SQL must be read."""
    try:
        principal = authenticate(request, cached_only=True)
    except NeedsRead:
        principal = await run_in_threadpool(authenticate, request)
    return principal.tenant


ServicesDep = Annotated[Services, Depends(get_services)]
TenantDep = Annotated[str, Depends(get_tenant)]


class _PerTenant(Protocol[T_co]):
    def for_tenant(self, tenant: str) -> T_co: ...


def _scoped(part: Callable[[Services], _PerTenant[T]]) -> Callable[[Services, str], Awaitable[T]]:
    """A dependency giving ``part`` of the services as the caller's tenant sees it (user ids are namespaced
    per tenant)."""

    async def scoped(services: ServicesDep, tenant: TenantDep) -> T:
        return part(services).for_tenant(tenant)

    return scoped


StoreDep = Annotated[MemoryStore, Depends(_scoped(lambda s: s.store))]
RecallDep = Annotated[RecallService, Depends(_scoped(lambda s: s.recall))]
MessagesDep = Annotated[MessageLog, Depends(_scoped(lambda s: s.log))]
ProfilesDep = Annotated[ProfileService, Depends(_scoped(lambda s: s.profiles))]
TransferDep = Annotated[Transfer, Depends(_scoped(lambda s: s.transfer))]
EditsDep = Annotated[EditLog, Depends(_scoped(lambda s: s.edits))]
FeedbackDep = Annotated[FeedbackService, Depends(_scoped(lambda s: s.feedback))]
UserIdPath = Annotated[
    str, Path(pattern=USER_ID_PATTERN, max_length=128, description="The user's id (as you created it).")
]
ID_PATTERN = r"^[A-Za-z0-9_-]{1,36}$"  # tacit's ids are UUIDs
MemoryIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The memory's id.")]
JobIdPath = Annotated[str, Path(pattern=ID_PATTERN, max_length=36, description="The job's id.")]

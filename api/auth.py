"""Who is calling: an API key names a tenant (and maybe the admin or operator scope). Every /v1 route depends
on this.

Keys come in ``Authorization: Bearer tk_...``, ``X-Tacit-Key`` or ``X-API-Key`` (the proxy leaves
``Authorization`` to the upstream model's key, so proxy clients use ``X-Tacit-Key``). With auth off (only
allowed on 127.0.0.1, see ``tacit serve``) every request is the ``default`` tenant, with no key scope: the
admin routes are closed then, so the first key is created on the machine itself (``tacit keys create``).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from agents.services import Services
from memory.errors import Forbidden, Unauthorized
from memory.keys import TOKEN_PREFIX
from memory.store.service import DEFAULT_TENANT


@dataclass(frozen=True)
class Principal:
    tenant: str
    admin: bool = False  # manages its own tenant's keys
    operator: bool = False  # manages every tenant's keys
    keyless: bool = False  # no key was needed (auth off, or no key created yet)


def token_of(request: Request) -> str | None:
    """The tacit key of a request. X-API-Key and Authorization count only when they hold a tacit key
    (``tk_...``): through the proxy they carry the upstream model's key."""
    explicit = request.headers.get("x-tacit-key")
    if explicit:
        return explicit.strip()
    api_key = request.headers.get("x-api-key", "").strip()
    if api_key.startswith(TOKEN_PREFIX):
        return api_key
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip().startswith(TOKEN_PREFIX):
        return value.strip()
    return None


def auth_required(services: Services, *, cached_only: bool = False) -> bool:
    mode = services.settings.auth.mode
    return mode == "on" or (mode == "auto" and services.keys.any_created(cached_only=cached_only))


def authenticate(request: Request, *, cached_only: bool = False) -> Principal:
    """The caller, or :class:`Unauthorized`. ``cached_only``: answer from the key caches alone, raising
    :class:`memory.keys.NeedsRead` when SQL must be read (so the event loop can try first, and a worker thread
    read when it must)."""
    cached: Principal | None = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    services: Services = request.app.state.services
    token = token_of(request)
    key = services.keys.verify(token, cached_only=cached_only) if token else None
    if key is not None:
        principal = Principal(key.tenant, admin=key.admin, operator=key.operator)
    elif not auth_required(services, cached_only=cached_only):
        principal = Principal(DEFAULT_TENANT, keyless=True)
    elif token is None:
        raise Unauthorized(
            "this tacit requires an API key: send 'Authorization: Bearer <key>' or 'X-Tacit-Key: <key>' "
            "(create one with `tacit keys create --tenant NAME`)"
        )
    else:
        raise Unauthorized("unknown or revoked API key")
    request.state.principal = principal
    return principal


def require_admin(request: Request) -> Principal:
    principal = authenticate(request)
    if principal.keyless:
        raise Forbidden(
            "API keys are not required yet, so keys are not managed over HTTP (any local program could lock "
            "every client out): create the first key on the server's machine with "
            "`tacit keys create --tenant NAME --admin`"
        )
    if not principal.admin:
        raise Forbidden("this route needs an admin key (`tacit keys create --tenant NAME --admin`)")
    return principal

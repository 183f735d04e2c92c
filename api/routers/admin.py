"""Key management: create (shown once), list, revoke. An admin key manages its own tenant's keys; an operator
key (``tacit keys create --operator``) every tenant's. Without keys required these routes are closed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from api.auth import Principal, require_admin
from api.deps import ID_PATTERN, ServicesDep
from memory.errors import Forbidden
from memory.keys import ApiKey, CreatedKey, NewKey

AdminDep = Annotated[Principal, Depends(require_admin)]
router = APIRouter(prefix="/v1/admin/keys", tags=["admin"])


def _scope(admin: Principal) -> str | None:
    """The tenant whose keys this admin manages; None for an operator (every tenant)."""
    return None if admin.operator else admin.tenant


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create an API key for this key's tenant (an operator key: any tenant). Shown once",
)
def create_key(body: NewKey, services: ServicesDep, admin: AdminDep) -> CreatedKey:
    if _scope(admin) not in (None, body.tenant):
        raise Forbidden(
            f"an admin key creates keys for its own tenant ({admin.tenant!r}) only; keys of other tenants need "
            "an operator key (`tacit keys create --tenant NAME --operator`)"
        )
    return services.keys.create(body)


@router.get("", summary="List this key's tenant's API keys (an operator key: every tenant's). No hashes")
def list_keys(services: ServicesDep, admin: AdminDep) -> list[ApiKey]:
    return services.keys.list(_scope(admin))


@router.delete("/{key_id}", summary="Revoke an API key of this key's tenant (an operator key: any tenant)")
def revoke_key(
    key_id: Annotated[str, Path(pattern=ID_PATTERN, max_length=36)], services: ServicesDep, admin: AdminDep
) -> ApiKey:
    return services.keys.revoke(key_id, _scope(admin))

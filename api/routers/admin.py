"""Key management (admin keys only): create (shown once), list, revoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from api.auth import Principal, require_admin
from api.deps import ID_PATTERN, PartsDep
from memory.keys import ApiKey, CreatedKey, NewKey

AdminDep = Annotated[Principal, Depends(require_admin)]
router = APIRouter(prefix="/v1/admin/keys", tags=["admin"])


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create an API key for a tenant (shown once)")
def create_key(body: NewKey, parts: PartsDep, _admin: AdminDep) -> CreatedKey:
    return parts.keys.create(body)


@router.get("", summary="List API keys (hashes are never shown)")
def list_keys(parts: PartsDep, _admin: AdminDep) -> list[ApiKey]:
    return parts.keys.list()


@router.delete("/{key_id}", summary="Revoke an API key")
def revoke_key(
    key_id: Annotated[str, Path(pattern=ID_PATTERN, max_length=36)], parts: PartsDep, _admin: AdminDep
) -> ApiKey:
    return parts.keys.revoke(key_id)

"""API keys: created once (shown once), stored as a SHA-256 hash, revocable, each scoped to one tenant.

An admin key manages its own tenant's keys; an operator key (created only by the CLI) manages every tenant's.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import ApiKeyRow
from memory.db.types import utcnow
from memory.errors import NotFound
from memory.ids import new_id

TOKEN_PREFIX = "tk_"  # noqa: S105 (a prefix, not a secret)
CACHE_TTL_S = 5.0  # a revoked key stops working within this many seconds on every process


class ApiKey(BaseModel):
    id: str
    tenant: str
    name: str
    prefix: str
    admin: bool
    operator: bool = Field(description="Manages every tenant's keys (created only by `tacit keys create`).")
    created_at: datetime
    revoked_at: datetime | None


class NewKey(BaseModel):
    tenant: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
    name: str = Field("", max_length=200)
    admin: bool = False


class CreatedKey(ApiKey):
    key: str = Field(description="The key itself. It is shown this once; tacit keeps only its hash.")


class KeyNotFound(NotFound):
    def __init__(self, key_id: str) -> None:
        super().__init__(f"API key {key_id!r} not found")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _model(row: ApiKeyRow) -> ApiKey:
    return ApiKey(
        id=row.id,
        tenant=row.tenant,
        name=row.name,
        prefix=row.prefix,
        admin=row.admin,
        operator=row.operator,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )


class NeedsRead(Exception):
    """Raised by a ``cached_only`` look-up that the caches cannot answer: the caller asks again off the event loop."""


class KeyService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._cache: dict[str, tuple[float, ApiKey | None]] = {}
        self._any: tuple[float, bool] = (-CACHE_TTL_S, False)

    def create(self, new: NewKey, *, operator: bool = False) -> CreatedKey:
        """A new key. ``operator`` (which implies admin) is for the CLI only: the HTTP route never sets it."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = ApiKeyRow(
            id=new_id(),
            tenant=new.tenant,
            name=new.name,
            key_hash=_hash(token),
            prefix=token[:10],
            admin=new.admin or operator,
            operator=operator,
            created_at=utcnow(),
            revoked_at=None,
        )
        with write_tx(self._sessions) as s:
            s.add(row)
        self._any = (time.monotonic(), True)
        return CreatedKey(**_model(row).model_dump(), key=token)

    def list(self, tenant: str | None = None) -> list[ApiKey]:
        """The keys of one tenant, or of every tenant (``None``), oldest first."""
        query = select(ApiKeyRow).order_by(ApiKeyRow.created_at)
        if tenant is not None:
            query = query.where(ApiKeyRow.tenant == tenant)
        with self._sessions() as s:
            return [_model(r) for r in s.scalars(query)]

    def revoke(self, key_id: str, tenant: str | None = None) -> ApiKey:
        """Revoke a key; with ``tenant``, only a key of that tenant (another tenant's is not found)."""
        with write_tx(self._sessions) as s:
            row = s.get(ApiKeyRow, key_id)
            if row is None or (tenant is not None and row.tenant != tenant):
                raise KeyNotFound(key_id)
            if row.revoked_at is None:
                row.revoked_at = utcnow()
            result = _model(row)
        self._cache.clear()
        return result

    def active_count(self) -> int:
        with self._sessions() as s:
            return int(s.scalar(select(func.count()).select_from(ApiKeyRow).where(ApiKeyRow.revoked_at.is_(None))) or 0)

    def any_created(self, *, cached_only: bool = False) -> bool:
        """Whether a key was ever created (revoked ones count: revoking the last key must not open the
        service). Cached for a few seconds; ``cached_only``: raise :class:`NeedsRead` rather than read SQL."""
        now = time.monotonic()
        if now - self._any[0] >= CACHE_TTL_S:
            if cached_only:
                raise NeedsRead
            with self._sessions() as s:
                self._any = (now, bool(s.scalar(select(func.count()).select_from(ApiKeyRow))))
        return self._any[1]

    def verify(self, token: str, *, cached_only: bool = False) -> ApiKey | None:
        """The key a token belongs to, or None (unknown or revoked). Cached for a few seconds; ``cached_only``:
        raise :class:`NeedsRead` rather than read SQL."""
        digest = _hash(token)
        hit = self._cache.get(digest)
        now = time.monotonic()
        if hit is not None and now - hit[0] < CACHE_TTL_S:
            return hit[1]
        if cached_only:
            raise NeedsRead
        with self._sessions() as s:
            row = s.scalar(select(ApiKeyRow).where(ApiKeyRow.key_hash == digest))
            key = _model(row) if row is not None and row.revoked_at is None else None
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[digest] = (now, key)
        return key

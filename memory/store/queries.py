"""Read-side queries shared by the store's methods: lookups, filtered pages, counts."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from memory.db.tables import MemoryRow, UserRow
from memory.db.types import utcnow
from memory.errors import InvalidInput, MemoryNotFound, UserNotFound
from memory.store.schemas import MemoryFilter
from memory.types import check_user_id


def user_row(session: Session, tenant: str, user_id: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.tenant == tenant, UserRow.external_id == user_id))
    if row is None:
        raise UserNotFound(user_id)
    return row


def user_for_write(session: Session, tenant: str, user_id: str) -> tuple[UserRow, bool]:
    """The user's row, created on first sight (inside the caller's transaction, the id checked against the one
    user-id rule), and whether it was created now. The learning paths meet users this way."""
    row = session.scalar(select(UserRow).where(UserRow.tenant == tenant, UserRow.external_id == user_id))
    if row is not None:
        return row, False
    row = UserRow(tenant=tenant, external_id=check_user_id(user_id), display_name="", meta={}, created_at=utcnow())
    session.add(row)
    session.flush()
    return row, True


def memory_row(session: Session, user: UserRow, memory_id: str, *, lock: bool = False) -> MemoryRow:
    stmt = select(MemoryRow).where(MemoryRow.id == memory_id, MemoryRow.user_pk == user.pk)
    if lock:
        stmt = stmt.with_for_update()
    row = session.scalar(stmt)
    if row is None:
        raise MemoryNotFound(memory_id)
    return row


def filtered(user: UserRow, flt: MemoryFilter) -> Select[MemoryRow]:
    stmt = select(MemoryRow).where(MemoryRow.user_pk == user.pk)
    if flt.status:
        stmt = stmt.where(MemoryRow.status.in_([s.value for s in flt.status]))
    if flt.kind:
        stmt = stmt.where(MemoryRow.kind.in_([k.value for k in flt.kind]))
    if flt.category:
        stmt = stmt.where(MemoryRow.category.in_([c.lower() for c in flt.category]))
    if flt.source:
        stmt = stmt.where(MemoryRow.source.in_([s.value for s in flt.source]))
    if flt.pinned is not None:
        stmt = stmt.where(MemoryRow.pinned.is_(flt.pinned))
    if flt.text_contains:
        stmt = stmt.where(func.lower(MemoryRow.text).contains(flt.text_contains.lower(), autoescape=True))
    return stmt


def active_counts(session: Session, user_pks: list[int]) -> dict[int, int]:
    if not user_pks:
        return {}
    rows = session.execute(
        select(MemoryRow.user_pk, func.count())
        .where(MemoryRow.user_pk.in_(user_pks), MemoryRow.status == "active")
        .group_by(MemoryRow.user_pk)
    ).all()
    return {pk: int(n) for pk, n in rows}


def encode_cursor(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput("cursor is not one this API returned; start again without it", "cursor") from exc

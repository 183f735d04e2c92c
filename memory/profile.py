"""The human-readable profile: a user's active memories as Markdown, grouped by category.

Re-rendered after every change to the user's memories; skipped when the items are unchanged (hashed).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import MemoryRow, ProfileRow
from memory.db.types import utcnow
from memory.store import queries as q
from memory.store.convert import to_memory
from memory.types import Memory, MemoryStatus


class Profile(BaseModel):
    user_id: str
    markdown: str
    categories: dict[str, list[Memory]]
    updated_at: datetime


def _mark(confidence: float) -> str:
    return "●●●" if confidence >= 0.85 else "●●○" if confidence >= 0.6 else "●○○"


def render(user_id: str, items: list[Memory]) -> tuple[str, dict[str, list[Memory]]]:
    groups: dict[str, list[Memory]] = defaultdict(list)
    for m in sorted(items, key=lambda m: (not m.pinned, -m.confidence, -m.seen_count, m.id)):
        groups[m.category].append(m)
    lines = [f"# What tacit knows about {user_id}", ""]
    if not items:
        lines.append("_Nothing yet._")
    for category in sorted(groups, key=lambda c: (-len(groups[c]), c)):
        lines += [f"## {category}", ""]
        for m in groups[category]:
            context = f" _(when {m.context})_" if m.context else ""
            pin = " 📌" if m.pinned else ""
            seen = f", seen {m.seen_count} times" if m.seen_count > 1 else ""
            lines.append(f"- {m.text}{context}{pin} — {_mark(m.confidence)}{seen}, last {m.last_seen_at:%Y-%m-%d}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n", dict(groups)


class ProfileService:
    def __init__(self, sessions: sessionmaker[Session], tenant: str = "default") -> None:
        self._sessions = sessions
        self._tenant = tenant

    def for_tenant(self, tenant: str) -> ProfileService:
        return ProfileService(self._sessions, tenant)

    def _active(self, s: Session, user_id: str) -> tuple[int, list[Memory]]:
        user = q.user_row(s, self._tenant, user_id)
        rows = s.scalars(
            select(MemoryRow)
            .where(MemoryRow.user_pk == user.pk, MemoryRow.status == MemoryStatus.active.value)
            .order_by(MemoryRow.id)
        )
        return user.pk, [to_memory(r, user_id) for r in rows]

    def refresh(self, user_id: str) -> Profile:
        """Render and store the profile if the user's active items changed since the last render."""
        with self._sessions() as s:
            user_pk, items = self._active(s, user_id)
        digest = hashlib.sha256("".join(f"{m.id}:{m.version}" for m in items).encode()).hexdigest()
        markdown, groups = render(user_id, items)
        now = utcnow()
        with write_tx(self._sessions) as s:
            row = s.get(ProfileRow, user_pk)
            if row is None:
                s.add(ProfileRow(user_pk=user_pk, markdown=markdown, data={}, items_hash=digest, updated_at=now))
            elif row.items_hash != digest:
                row.markdown, row.items_hash, row.updated_at = markdown, digest, now
            else:
                now = row.updated_at
        return Profile(user_id=user_id, markdown=markdown, categories=groups, updated_at=now)

    def get(self, user_id: str) -> Profile:
        with self._sessions() as s:
            user_pk, items = self._active(s, user_id)
            row = s.get(ProfileRow, user_pk)
        markdown, groups = render(user_id, items)
        return Profile(
            user_id=user_id, markdown=markdown, categories=groups, updated_at=row.updated_at if row else utcnow()
        )

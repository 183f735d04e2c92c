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


DEFAULT_BUDGET_TOKENS = 2000


def _priority(m: Memory) -> tuple[bool, bool, float, str]:
    """What stays when the profile is over budget: pinned items, then hard constraints and style rules,
    then the rest by confidence weighted by how often it was seen."""
    core = m.kind.value in ("constraint", "style")
    return (not m.pinned, not core, -(m.confidence * (1 + 0.1 * min(m.seen_count, 10))), m.id)


def _line(m: Memory) -> str:
    context = f" _(when {m.context})_" if m.context else ""
    pin = " 📌" if m.pinned else ""
    seen = f", seen {m.seen_count} times" if m.seen_count > 1 else ""
    return f"- {m.text}{context}{pin} — {_mark(m.confidence)}{seen}, last {m.last_seen_at:%Y-%m-%d}"


def render(
    user_id: str, items: list[Memory], budget_tokens: int = DEFAULT_BUDGET_TOKENS
) -> tuple[str, dict[str, list[Memory]]]:
    """Markdown grouped by category, bounded to about ``budget_tokens`` (4 characters a token).

    Folding rule: items are kept in :func:`_priority` order until the budget is spent; what does not fit is
    folded into one line per category ("… and 3 more, lower confidence"), and the JSON keeps everything.
    """
    groups: dict[str, list[Memory]] = defaultdict(list)
    for m in sorted(items, key=lambda m: (not m.pinned, -m.confidence, -m.seen_count, m.id)):
        groups[m.category].append(m)
    budget_chars = budget_tokens * 4
    used = 0
    kept: set[str] = set()
    for m in sorted(items, key=_priority):
        cost = len(_line(m)) + 1
        if used + cost > budget_chars:
            continue
        used += cost
        kept.add(m.id)
    lines = [f"# What tacit knows about {user_id}", ""]
    if not items:
        lines.append("_Nothing yet._")
    for category in sorted(groups, key=lambda c: (-len(groups[c]), c)):
        shown = [m for m in groups[category] if m.id in kept]
        folded = len(groups[category]) - len(shown)
        if not shown and not folded:
            continue
        lines += [f"## {category}", ""]
        lines += [_line(m) for m in shown]
        if folded:
            lines.append(f"- … and {folded} more, lower confidence (see the full export)")
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

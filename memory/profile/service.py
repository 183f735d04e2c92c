"""The human-readable profile: a user's active memories as Markdown and JSON, grouped by category.

- **Order**: what sets this user apart first: see :mod:`memory.profile.rank` for distinctiveness (1 - the
  closest similarity to another user of the same tenant) and the combined rule (pinned first, then
  distinctiveness, then confidence). Each JSON item carries its ``distinctiveness``.
- **Budget**: about 2,000 tokens by default; the folding rule is in :func:`memory.profile.render.render`.
- **Summary**: with a :class:`Summarizer` (an LLM provider is configured), a short paragraph on top, stored
  with the hash of the items it was written from and regenerated only when that hash changes. A failure
  (error, timeout) never fails the render: it is logged, the previous summary stays, marked
  ``summary_stale``, and a later render tries again (after :data:`RETRY_S` for the same items). The
  summary is plain text: whitespace flattened, cut to 80 words, escaped in Markdown.

Rendered on every read; the stored row (the items' hash, when they last changed, the last rendering) is written
only when something changed. A learning job records the change in its own transaction without rendering
(:meth:`ProfileService.refresh_in`): rendering reads a sample of other users' vectors to order the items,
and only a read shows the result, so the next read renders and stores it.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import MemoryRow, ProfileRow
from memory.db.types import utcnow
from memory.profile.rank import distinctiveness, ordered_groups
from memory.profile.render import ProfileItem, clean_summary, render
from memory.store.convert import to_memory
from memory.store.user_ref import UserRef, resolve
from memory.types import Memory, MemoryStatus

__all__ = ["Profile", "ProfileItem", "ProfileService", "Summarizer", "render"]

log = logging.getLogger(__name__)

MAX_SUMMARY_ITEMS = 80  # the summarizer sees at most this many items, most distinctive first
RETRY_S = 60.0  # after a failed summary, the same items are not summarized again for this long


class Summarizer(Protocol):
    def __call__(self, items: Sequence[Memory]) -> str:
        """A short plain-text paragraph about the user, from their items (most distinctive first)."""
        ...


class Profile(BaseModel):
    user_id: str
    summary: str | None = Field(None, description="A short paragraph (LLM-written); null when offline.")
    summary_stale: bool = Field(False, description="The items changed since the summary was written.")
    markdown: str
    categories: dict[str, list[ProfileItem]]
    updated_at: datetime


class _Stored(NamedTuple):
    items_hash: str
    summary: str
    summary_hash: str
    updated_at: datetime
    rendered: bool  # False after a learning job recorded a change without rendering it


def _summary_hash(items: Sequence[Memory]) -> str:
    """What a summary is written from: each item's meaning, independent of order and of counters."""
    parts = (f"{m.id}\x1f{m.kind.value}\x1f{m.category}\x1f{m.context}\x1f{m.text}" for m in items)
    return hashlib.sha256("\x1e".join(sorted(parts)).encode()).hexdigest()


def _items_hash(items: Sequence[tuple[str, int]]) -> str:
    """What the stored profile was rendered from: each active item's (id, version), oldest first."""
    return hashlib.sha256("".join(f"{i}:{v}" for i, v in items).encode()).hexdigest()


def _store(s: Session, user_pk: int, markdown: str, digest: str, now: datetime) -> None:
    prow = s.get(ProfileRow, user_pk)
    if prow is None:
        prow = ProfileRow(user_pk=user_pk, data={})
        s.add(prow)
    prow.markdown, prow.items_hash, prow.updated_at = markdown, digest, now


class ProfileService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        tenant: str = "default",
        summarizer: Summarizer | None = None,
        *,
        failures: dict[tuple[str, int, str], float] | None = None,
    ) -> None:
        self._sessions = sessions
        self._tenant = tenant
        self._summarizer = summarizer
        self._failures = failures if failures is not None else {}  # (tenant, user pk, hash) -> when it failed

    def for_tenant(self, tenant: str) -> ProfileService:
        return ProfileService(self._sessions, tenant, self._summarizer, failures=self._failures)

    def refresh(self, user: str | UserRef) -> Profile:
        """Render the profile; store it (and a new summary) if the user's active items changed. ``user``: an id,
        or a user already resolved (a worker's job)."""
        with self._sessions() as s:
            user_pk, user_id, items, distinct, stored = self._read(s, user)
        digest = _items_hash([(m.id, m.version) for m in items])
        ordered = [m for members in ordered_groups(items, distinct).values() for m in members]
        summary_digest = _summary_hash(items)
        summary, stale, written = self._summary(user_pk, user_id, ordered, summary_digest, stored)
        markdown, groups = render(user_id, items, distinct=distinct, summary=summary)
        now = stored.updated_at if stored and stored.items_hash == digest and not written else utcnow()
        if stored is None or stored.items_hash != digest or written or not stored.rendered:
            with write_tx(self._sessions) as s:
                _store(s, user_pk, markdown, digest, now)
                if written:
                    prow = s.get(ProfileRow, user_pk)
                    assert prow is not None
                    prow.summary, prow.summary_hash = summary or "", summary_digest
        return Profile(
            user_id=user_id,
            summary=summary,
            summary_stale=stale,
            markdown=markdown,
            categories=groups,
            updated_at=now,
        )

    def refresh_in(self, session: Session, user: str | UserRef) -> bool:
        """Inside the caller's write transaction (a learning job's: its memories, its completion and the profile
        commit together), record that the items changed, and when, without rendering them: the next read
        renders and stores the profile (rendering reads a sample of other users' vectors, which a job that
        nobody reads the profile of should not pay). Nothing is written when the items did not change. Not
        with a summarizer: an LLM call never runs under the write lock, so this returns False and the caller
        refreshes after its commit."""
        if self._summarizer is not None:
            return False
        user_pk, _ = resolve(session, self._tenant, user)
        versions = session.execute(
            select(MemoryRow.id, MemoryRow.version)
            .where(MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value)
            .order_by(MemoryRow.id)
        ).all()
        digest = _items_hash([(i, v) for i, v in versions])
        row = session.get(ProfileRow, user_pk)
        if row is None or row.items_hash != digest:
            _store(session, user_pk, "", digest, utcnow())
        return True

    def _read(self, s: Session, user: str | UserRef) -> tuple[int, str, list[Memory], dict[str, float], _Stored | None]:
        """The user's key and id, active items (oldest first), their distinctiveness and the stored profile."""
        user_pk, user_id = resolve(s, self._tenant, user)
        rows = list(
            s.scalars(
                select(MemoryRow)
                .where(MemoryRow.user_pk == user_pk, MemoryRow.status == MemoryStatus.active.value)
                .order_by(MemoryRow.id)
            )
        )
        distinct = distinctiveness(s, self._tenant, user_pk, rows)
        row = s.get(ProfileRow, user_pk)
        stored = None
        if row is not None:
            stored = _Stored(row.items_hash, row.summary, row.summary_hash, row.updated_at, bool(row.markdown))
        return user_pk, user_id, [to_memory(r, user_id) for r in rows], distinct, stored

    def get(self, user_id: str) -> Profile:
        """The current profile (rendered now; stored only if something changed)."""
        return self.refresh(user_id)

    def _summary(
        self, user_pk: int, user_id: str, items: list[Memory], digest: str, stored: _Stored | None
    ) -> tuple[str | None, bool, bool]:
        """(summary, stale, newly written). Never raises: a failed summarizer keeps the previous one."""
        if self._summarizer is None or not items:
            return None, False, False
        previous = stored.summary if stored else ""
        if stored is not None and stored.summary_hash == digest:
            return previous or None, False, False
        key = (self._tenant, user_pk, digest)
        failed_at = self._failures.get(key)
        if failed_at is not None and time.monotonic() - failed_at < RETRY_S:
            return previous or None, bool(previous), False
        try:
            text = clean_summary(self._summarizer(items[:MAX_SUMMARY_ITEMS]))
        except Exception as e:  # a summary is never worth a failed profile
            log.warning("profile summary of %r failed, keeping the previous one (stale): %r", user_id, e)
            if len(self._failures) > 10_000:
                self._failures.clear()
            self._failures[key] = time.monotonic()
            return previous or None, bool(previous), False
        self._failures.pop(key, None)
        return text or None, False, True

"""MemoryStore: users and memories, as the API, the CLI and the learning graph read and change them.

Every write changes SQL, records its event and its index change in one transaction, then applies the
index change (see :mod:`memory.store.outbox`). Two other services write memory rows, through the same
row-level writes (:mod:`memory.store.writes`) and under the same rule: import
(:mod:`memory.transfer.service`) and feedback on answers (:mod:`memory.learn.feedback`). The learning inputs
(the message log, edits, feedback) create a user on first sight (:func:`memory.store.queries.user_for_write`).
Reads come from SQL; searches go to the user's own vector partition and are checked against SQL, so a stale
index never shows a deleted item.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import MemoryEventRow, MemoryRow, UserRow
from memory.db.types import utcnow
from memory.errors import Conflict, InvalidInput, UserExists, UserNotFound
from memory.ports import Embedder, Vector, VectorIndex
from memory.store import infer, scrub
from memory.store import queries as q
from memory.store import writes as w
from memory.store.changes import Add, Applied, Change, Refine, Reinforce, Supersede
from memory.store.convert import snapshot, to_event, to_memory, to_user, vector_to_bytes
from memory.store.outbox import OutboxRelay, record_drop, record_sync
from memory.store.schemas import MemoryFilter, MemoryPatch, NewMemory, NewUser
from memory.store.search import nearest
from memory.store.user_ref import UserRef, resolve
from memory.taxonomy.categories import Categorizer
from memory.types import (
    EventType,
    Evidence,
    Memory,
    MemoryEvent,
    MemoryStatus,
    Page,
    SearchHit,
    User,
    UserPage,
    check_user_id,
)
from memory.vector.partition import partition_key

DEFAULT_TENANT = "default"


@dataclass(frozen=True)
class StoreLimits:
    max_text_chars: int = 4000
    max_page_size: int = 200
    max_search_k: int = 50


class MemoryStore:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        embedder: Embedder,
        index: VectorIndex,
        limits: StoreLimits | None = None,
        tenant: str = DEFAULT_TENANT,
        categorizer: Categorizer | None = None,
        redact_secrets: bool = True,
    ) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._index = index
        self._limits = limits or StoreLimits()
        self._tenant = tenant
        self._categorizer = categorizer
        self._redact = redact_secrets
        self.outbox = OutboxRelay(sessions, index)

    @property
    def tenant(self) -> str:
        return self._tenant

    @property
    def limits(self) -> StoreLimits:
        return self._limits

    def for_tenant(self, tenant: str) -> MemoryStore:
        """The same store seen by another tenant: user ids are namespaced per tenant."""
        return MemoryStore(
            self._sessions, self._embedder, self._index, self._limits, tenant, self._categorizer, self._redact
        )

    def partition(self, user_id: str) -> str:
        return partition_key(self._tenant, user_id)

    # -- users ----------------------------------------------------------------------------------------
    def create_user(self, new: NewUser) -> User:
        try:
            with write_tx(self._sessions) as s:
                row = UserRow(
                    tenant=self._tenant,
                    external_id=check_user_id(new.id, "id"),
                    display_name=new.display_name,
                    meta=new.metadata,
                    created_at=utcnow(),
                )
                s.add(row)
                s.flush()
                return to_user(row)
        except IntegrityError as exc:
            raise UserExists(new.id) from exc

    def ensure_user(self, user_id: str) -> User:
        """The user, created on first sight (the learning and proxy paths meet users this way)."""
        check_user_id(user_id)
        try:
            return self.get_user(user_id)
        except UserNotFound:
            try:
                return self.create_user(NewUser(id=user_id))
            except UserExists:
                return self.get_user(user_id)

    def ensure_known(self, user_id: str) -> None:
        """The user created on first sight, nothing read back (the proxy, before it answers): one indexed lookup for a
        known user; a new one is made as the learning paths make them (:func:`queries.user_for_write`)."""
        with self._sessions() as s, contextlib.suppress(UserNotFound):
            q.user_row(s, self._tenant, check_user_id(user_id))
            return
        with contextlib.suppress(IntegrityError), write_tx(self._sessions) as s:  # or a concurrent request made them
            q.user_for_write(s, self._tenant, user_id)

    def get_user(self, user_id: str) -> User:
        with self._sessions() as s:
            row = q.user_row(s, self._tenant, user_id)
            return to_user(row, q.active_counts(s, [row.pk]).get(row.pk, 0))

    def list_users(self, limit: int = 50, cursor: str | None = None) -> UserPage:
        limit = self._page_size(limit)
        after = q.decode_cursor(cursor)
        with self._sessions() as s:
            stmt = select(UserRow).where(UserRow.tenant == self._tenant).order_by(UserRow.external_id)
            if after is not None:
                stmt = stmt.where(UserRow.external_id > after)
            rows = list(s.scalars(stmt.limit(limit + 1)))
            counts = q.active_counts(s, [r.pk for r in rows[:limit]])
        more = len(rows) > limit
        rows = rows[:limit]
        return UserPage(
            items=[to_user(r, counts.get(r.pk, 0)) for r in rows],
            next_cursor=q.encode_cursor(rows[-1].external_id) if more and rows else None,
        )

    def delete_user(self, user_id: str) -> None:
        """Remove the user and everything they own: memories, events, messages, jobs, vectors."""
        with write_tx(self._sessions) as s:
            row = q.user_row(s, self._tenant, user_id)
            s.delete(row)
            outbox_id = record_drop(s, self.partition(user_id))
        self.outbox.apply([outbox_id])

    # -- memories: writes -----------------------------------------------------------------------------
    def add(self, user_id: str, new: NewMemory, *, actor: str = "api", reason: str = "") -> Memory:
        return self.add_many(user_id, [new], actor=actor, reason=reason)[0]

    def add_many(
        self, user_id: str, items: Sequence[NewMemory], *, actor: str = "api", reason: str = ""
    ) -> list[Memory]:
        items = [self._scrub(i) for i in items]
        for i, item in enumerate(items):
            self._check_text(item.text, field=f"items[{i}].text" if len(items) > 1 else "text")
        vectors = self._embedder.embed([i.text for i in items])
        items = infer.complete(items, vectors, self._categorizer)
        now = utcnow()
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            rows = [
                w.new_row(user.pk, item, vec, self._embedder.model_name, now)
                for item, vec in zip(items, vectors, strict=True)
            ]
            s.add_all(rows)
            s.flush()
            for row in rows:
                w.record(s, row, EventType.add, actor, reason, None)
            outbox_ids = record_sync(s, self.partition(user_id), [r.id for r in rows])
            result = [to_memory(r, user_id) for r in rows]
        self.outbox.apply(outbox_ids)
        return result

    def update(
        self,
        user_id: str,
        memory_id: str,
        patch: MemoryPatch,
        *,
        actor: str = "api",
        reason: str = "",
        by_human: bool = True,
    ) -> Memory:
        if self._redact:  # text and context: an edit can't bring a secret in either
            patch = scrub.patch(patch)
        changes = patch.changes()
        if not changes:
            raise InvalidInput(
                "the patch changes nothing: send at least one of text, kind, category, context, confidence, pinned",
                field="body",
            )
        if patch.text is not None:
            self._check_text(patch.text, field="text")
        vector = self._embedder.embed([patch.text])[0] if patch.text is not None else None
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            row = q.memory_row(s, user, memory_id, lock=True)
            if row.status != MemoryStatus.active:
                raise Conflict(
                    f"memory {memory_id!r} is {row.status}; restore it first "
                    f"(POST /v1/users/{user_id}/memories/{memory_id}/restore), then edit it"
                )
            if patch.expected_version is not None and patch.expected_version != row.version:
                raise Conflict(
                    f"memory {memory_id!r} is at version {row.version}, not {patch.expected_version}; "
                    "read it again and reapply your change"
                )
            if w.unchanged(row, changes):
                return to_memory(row, user_id)  # the item already reads so: no new version, no event
            before = snapshot(row)
            w.set_fields(row, changes)
            if vector is not None:
                row.embedding = vector_to_bytes(vector)
                row.embedding_model = self._embedder.model_name
            if by_human:
                row.human_edited = True
            w.touch(row)
            w.record(s, row, EventType.update, actor, reason, before)
            # the index holds only the vector (outbox.index_record): a change of anything else leaves it alone
            outbox_ids = record_sync(s, self.partition(user_id), [row.id] if vector is not None else [])
            result = to_memory(row, user_id)
        self.outbox.apply(outbox_ids)
        return result

    def delete(
        self, user_id: str, memory_id: str, *, actor: str = "api", reason: str = "", hard: bool = False
    ) -> Memory | None:
        """Soft delete (restorable, the default) or hard delete (gone, history included). Idempotent."""
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            row = q.memory_row(s, user, memory_id, lock=True)
            result: Memory | None = None
            if hard:
                s.execute(delete(MemoryEventRow).where(MemoryEventRow.memory_id == row.id))
                s.delete(row)
            elif row.status != MemoryStatus.deleted:
                w.end(s, row, MemoryStatus.deleted, actor, reason)
                result = to_memory(row, user_id)
            else:
                return to_memory(row, user_id)
            outbox_ids = record_sync(s, self.partition(user_id), [memory_id])
        self.outbox.apply(outbox_ids)
        return result

    def restore(self, user_id: str, memory_id: str, *, actor: str = "api", reason: str = "") -> Memory:
        """Make a deleted or superseded item active again. Restoring an active item changes nothing."""
        with write_tx(self._sessions) as s:
            user = q.user_row(s, self._tenant, user_id)
            row = q.memory_row(s, user, memory_id, lock=True)
            if row.status == MemoryStatus.active:
                return to_memory(row, user_id)
            before = snapshot(row)
            row.status = MemoryStatus.active
            row.valid_to = None
            w.touch(row)
            w.record(s, row, EventType.restore, actor, reason, before)
            outbox_ids = record_sync(s, self.partition(user_id), [row.id])
            result = to_memory(row, user_id)
        self.outbox.apply(outbox_ids)
        return result

    def reinforce(
        self, user_id: str, memory_id: str, evidence: Sequence[Evidence], *, actor: str, reason: str = ""
    ) -> Memory:
        """The same statement was seen again: more confidence, more evidence, no duplicate."""
        self.apply(user_id, [Reinforce(memory_id, list(evidence))], actor=actor, reason=reason)
        return self.get(user_id, memory_id)

    def supersede(self, user_id: str, old_id: str, new: NewMemory, *, actor: str, reason: str = "") -> Memory:
        """``new`` replaces ``old_id``: the old item stays, marked superseded with its end time."""
        applied = self.apply(user_id, [Supersede(old_id, new)], actor=actor, reason=reason)
        return self.get(user_id, applied[0].memory_id)

    def apply(
        self,
        user: str | UserRef,
        changes: Sequence[Change],
        *,
        actor: str,
        reason: str = "",
        in_transaction: Callable[[Session, list[Applied]], None] | None = None,
    ) -> list[Applied]:
        """Apply the learning path's changes in one transaction, with their events and index changes.

        ``in_transaction`` runs inside the same transaction after the changes (the worker marks its job
        done there, so a job's effects and its completion commit together or not at all).
        Items a person pinned or edited are never changed here: such a change raises :class:`Conflict`.
        """
        changes = [self._scrub_change(c) for c in changes]
        texts = [c.item.text for c in changes if isinstance(c, Add | Supersede)]
        for text in texts:
            self._check_text(text, field="text")
        missing = [c for c in changes if isinstance(c, Add | Supersede | Refine) and c.vector is None]
        missing_texts = [c.patch.text or "" if isinstance(c, Refine) else c.item.text for c in missing]
        computed = dict(zip(map(id, missing), self._embedder.embed(missing_texts), strict=True)) if missing else {}
        model = self._embedder.model_name
        now = utcnow()
        applied: list[Applied] = []
        with write_tx(self._sessions) as s:
            user_pk, user_id = resolve(s, self._tenant, user)  # a worker's job: its key (a deleted user fails the FK)
            touched: list[str] = []
            for change in changes:
                vec = getattr(change, "vector", None)
                vec = computed.get(id(change)) if vec is None else vec
                result, ids = w.apply_change(s, user_pk, change, vec, model, now, actor, reason)
                applied.append(result)
                touched.extend(ids)
            outbox_ids = record_sync(s, self.partition(user_id), touched)
            if in_transaction is not None:
                in_transaction(s, applied)
        self.outbox.apply(outbox_ids)
        return applied

    # -- memories: reads ------------------------------------------------------------------------------
    def get(self, user_id: str, memory_id: str) -> Memory:
        with self._sessions() as s:
            user = q.user_row(s, self._tenant, user_id)
            return to_memory(q.memory_row(s, user, memory_id), user_id)

    def list_memories(
        self, user_id: str, flt: MemoryFilter | None = None, *, limit: int = 50, cursor: str | None = None
    ) -> Page:
        """Newest first; ``next_cursor`` continues after the last item, stable under concurrent writes."""
        limit = self._page_size(limit)
        before_id = q.decode_cursor(cursor)
        with self._sessions() as s:
            user = q.user_row(s, self._tenant, user_id)
            stmt = q.filtered(user, flt or MemoryFilter())
            if before_id is not None:
                stmt = stmt.where(MemoryRow.id < before_id)
            rows = list(s.scalars(stmt.order_by(MemoryRow.id.desc()).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(
            items=[to_memory(r, user_id) for r in rows],
            next_cursor=q.encode_cursor(rows[-1].id) if more and rows else None,
        )

    def history(self, user_id: str, memory_id: str) -> list[MemoryEvent]:
        with self._sessions() as s:
            user = q.user_row(s, self._tenant, user_id)
            q.memory_row(s, user, memory_id)
            rows = s.scalars(
                select(MemoryEventRow).where(MemoryEventRow.memory_id == memory_id).order_by(MemoryEventRow.id)
            )
            return [to_event(r) for r in rows]

    def search(self, user_id: str, query: str, k: int = 10) -> list[SearchHit]:
        """Active memories of this user closest in meaning to ``query``, best first."""
        if not query.strip():
            raise InvalidInput("query must not be empty", "query")
        k = max(1, min(k, self._limits.max_search_k))
        with self._sessions() as s:
            q.user_row(s, self._tenant, user_id)
        vector = self._embedder.embed([query])[0]
        # ask the index for a few more: stale hits (deleted in SQL, not yet in the index) are dropped
        return nearest(self._sessions, self._index, self._tenant, user_id, [vector], k + 10)[0][:k]

    def neighbours(self, user: str | UserRef, vectors: Sequence[Vector], k: int = 5) -> list[list[SearchHit]]:
        """For each vector, the user's active memories closest to it (the learning path's ``relate``)."""
        if isinstance(user, UserRef):
            ref = user.within(self._tenant)
            return nearest(self._sessions, self._index, self._tenant, ref.user_id, vectors, k, user_pk=ref.pk)
        return nearest(self._sessions, self._index, self._tenant, user, vectors, k)

    # -- helpers --------------------------------------------------------------------------------------
    def _scrub_change(self, change: Change) -> Change:
        return scrub.change(change) if self._redact else change

    def _scrub(self, item: NewMemory) -> NewMemory:
        """The item with secrets redacted from its text, context, subject and evidence quotes."""
        return scrub.item(item) if self._redact else item

    def _check_text(self, text: str, *, field: str) -> None:
        if len(text) > self._limits.max_text_chars:
            raise InvalidInput(f"{field} is {len(text)} characters; the limit is {self._limits.max_text_chars}", field)

    def _page_size(self, limit: int) -> int:
        if limit < 1 or limit > self._limits.max_page_size:
            raise InvalidInput(f"limit must be between 1 and {self._limits.max_page_size}", "limit")
        return limit

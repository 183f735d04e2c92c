"""Export one user's memory; import it back (merge or replace, all or nothing, with a dry run)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import MemoryEventRow, MemoryRow, MessageRow, UserRow
from memory.errors import InvalidInput
from memory.ports import Embedder
from memory.profile.rank import distinctiveness
from memory.profile.service import render
from memory.store import queries as q
from memory.store.convert import bytes_to_vector, snapshot, to_event, to_memory, vector_to_bytes
from memory.store.outbox import OutboxRelay, record_sync
from memory.store.writes import append_evidence, record, touch
from memory.transfer.schema import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    ExportDocument,
    ExportedEvent,
    ExportedMemory,
    ExportedMessage,
    ExportedUser,
)
from memory.transfer.scrub import scrub_document
from memory.types import EventType, MemoryStatus, check_user_id
from memory.vector.partition import partition_key

SAME = 0.86
_ADDRESSABLE = re.compile(r"[A-Za-z0-9_-]{1,36}")  # what /memories/{memory_id} takes: no other id can be reached
MAX_COUNT = 2**31 - 1  # the counters' column is a 32-bit INTEGER on PostgreSQL; SQLite overflows past 2**63 - 1
#: memory ids are unique across the instance; an imported id held by someone else becomes uuid5(this, tenant/user/id)
_RENAME_NS = uuid.UUID("6f1c8f3e-2b0e-5d1a-9c7e-7a61c0de1d00")
Mode = Literal["merge", "replace"]


class ImportInvalid(InvalidInput):
    """The document can't be imported; ``problems`` lists every reason, and nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"import refused, nothing was imported: {len(problems)} problem(s)", "body")
        self.problems = problems


class _DryRunDone(Exception):
    pass


class ImportReport(BaseModel):
    mode: Mode
    dry_run: bool
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    removed: int = 0
    # items whose id another user of this instance holds (an export of one account imported into another):
    # they get a new id, the same one each time the document is imported here, and references follow them
    renamed: int = 0
    # an export's message log is for reading (and for erasure requests); an import restores memory, not messages
    messages_not_imported: int = 0


class Transfer:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        embedder: Embedder,
        outbox: OutboxRelay,
        tenant: str = "default",
        *,
        redact_secrets: bool = True,
        max_text_chars: int = 4000,
    ) -> None:
        self._sessions = sessions
        self._embedder = embedder
        self._outbox = outbox
        self._tenant = tenant
        self._redact = redact_secrets
        self._max_text = max_text_chars  # TACIT_LIMITS__MAX_TEXT_CHARS, as for a memory added over the API

    def for_tenant(self, tenant: str) -> Transfer:
        return Transfer(
            self._sessions,
            self._embedder,
            self._outbox,
            tenant,
            redact_secrets=self._redact,
            max_text_chars=self._max_text,
        )

    # -- export ---------------------------------------------------------------------------------------
    def export(self, user_id: str, *, include_messages: bool = False) -> ExportDocument:
        with self._sessions() as s:
            user = q.user_row(s, self._tenant, user_id)
            rows = list(s.scalars(select(MemoryRow).where(MemoryRow.user_pk == user.pk).order_by(MemoryRow.id)))
            events: dict[str, list[ExportedEvent]] = {r.id: [] for r in rows}
            for e in s.scalars(
                select(MemoryEventRow).where(MemoryEventRow.user_pk == user.pk).order_by(MemoryEventRow.id)
            ):
                ev = to_event(e)
                events.setdefault(e.memory_id, []).append(ExportedEvent(**ev.model_dump(exclude={"id", "memory_id"})))
            messages = None
            if include_messages:
                msgs = s.scalars(select(MessageRow).where(MessageRow.user_pk == user.pk).order_by(MessageRow.id))
                messages = [
                    ExportedMessage(
                        id=m.id,
                        role=m.role,
                        content=m.content,
                        session_id=m.session_id,
                        created_at=m.created_at,
                        metadata=m.meta,
                    )
                    for m in msgs
                ]
            memories = [to_memory(r, user_id) for r in rows]
            distinct = distinctiveness(s, self._tenant, user.pk, [r for r in rows if r.status == "active"])
            exported_user = ExportedUser(
                id=user.external_id, display_name=user.display_name, metadata=user.meta, created_at=user.created_at
            )
        active = [m for m in memories if m.status == MemoryStatus.active]
        return ExportDocument(
            schema_name=SCHEMA_NAME,
            version=SCHEMA_VERSION,
            exported_at=datetime.now(UTC),
            user=exported_user,
            memories=[
                ExportedMemory(
                    **m.model_dump(exclude={"user_id", "embedding_model", "version"}), history=events.get(m.id, [])
                )
                for m in memories
            ],
            profile_markdown=render(user_id, active, distinct=distinct)[0],
            messages=messages,
        )

    # -- import ---------------------------------------------------------------------------------------
    def parse(self, raw: Any) -> ExportDocument:
        """Validate a document, collecting every problem (422 lists them all)."""
        problems: list[str] = []
        if not isinstance(raw, dict):
            raise ImportInvalid(["the document must be a JSON object (a tacit export)"])
        if raw.get("schema") != SCHEMA_NAME:
            problems.append(f"schema: expected {SCHEMA_NAME!r}, got {raw.get('schema')!r}")
        if raw.get("version") != SCHEMA_VERSION:
            problems.append(
                f"version: {raw.get('version')!r} is not supported; this tacit reads version {SCHEMA_VERSION}"
            )
        try:
            doc = ExportDocument.model_validate(raw)
        except ValidationError as exc:
            problems += [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
            raise ImportInvalid(problems) from None
        for i, m in enumerate(doc.memories):  # beyond the v1 schema: what this instance can store and address
            if not _ADDRESSABLE.fullmatch(m.id):
                problems.append(f"memories.{i}.id: {m.id!r} is not an id the API can address (letters, digits, - or _)")
            for key, count in (("seen_count", m.seen_count), ("use_count", m.use_count)):
                if count > MAX_COUNT:
                    problems.append(f"memories.{i}.{key}: {count} is over the limit of {MAX_COUNT}")
            if len(m.text) > self._max_text:
                problems.append(
                    f"memories.{i}.text: {len(m.text)} characters; the limit is {self._max_text} "
                    "(TACIT_LIMITS__MAX_TEXT_CHARS)"
                )
            if m.valid_to is not None and m.valid_to < m.valid_from:
                problems.append(f"memories.{i}.valid_to: {m.valid_to.isoformat()} is before valid_from")
        if problems:
            raise ImportInvalid(problems)
        return doc

    def _stored_ids(
        self, s: Session, user_id: str, user: UserRow | None, items: Sequence[ExportedMemory]
    ) -> dict[str, str]:
        """Each document id and the id it is stored under for this user.

        Memory ids are unique across the instance. An id that is free or already this user's is kept (a round trip
        keeps every id); one that another user holds (the same document imported into a second account, or into
        another tenant) gets an id derived from tenant, user and the old id, so importing the document again finds
        the same items unchanged. Knowing that an id exists elsewhere gives no access to it: reads are per user.
        """
        problems: list[str] = []
        seen: set[str] = set()
        for i, m in enumerate(items):
            if m.id in seen:
                problems.append(f"memories.{i}.id: {m.id!r} appears twice")
            seen.add(m.id)
        if problems:
            raise ImportInvalid(problems)
        derived = {mid: uuid.uuid5(_RENAME_NS, f"{self._tenant}\x00{user_id}\x00{mid}").hex for mid in seen}
        wanted = seen | set(derived.values())
        query = select(MemoryRow.id, MemoryRow.user_pk).where(MemoryRow.id.in_(list(wanted)))
        owners = {mid: owner for mid, owner in s.execute(query).tuples()}
        mine = user.pk if user is not None else None
        stored: dict[str, str] = {}
        for mid in seen:
            if owners.get(mid, mine) == mine:
                stored[mid] = mid
            elif owners.get(derived[mid], mine) == mine:
                stored[mid] = derived[mid]
            else:  # a 128-bit collision: never seen, but never written over either
                raise ImportInvalid([f"memories: no free id for {mid!r}"])
        return stored

    def import_(self, user_id: str, raw: Any, *, mode: Mode = "merge", dry_run: bool = False) -> ImportReport:
        doc = self.parse(raw)
        if self._redact:  # an import is a write path like any other: no secret gets in this way
            doc = scrub_document(doc)
        items = doc.memories
        vectors = self._embedder.embed([m.text for m in items]) if items else np.zeros((0, 1), np.float32)
        report = ImportReport(mode=mode, dry_run=dry_run, messages_not_imported=len(doc.messages or []))
        try:
            outbox_ids = self._apply(user_id, doc, vectors, mode, dry_run, report)
        except _DryRunDone:
            return report
        self._outbox.apply(outbox_ids)
        return report

    def _apply(
        self, user_id: str, doc: ExportDocument, vectors: np.ndarray, mode: Mode, dry_run: bool, report: ImportReport
    ) -> list[int]:
        items = doc.memories
        with write_tx(self._sessions) as s:
            user = s.scalar(select(UserRow).where(UserRow.tenant == self._tenant, UserRow.external_id == user_id))
            stored = self._stored_ids(s, user_id, user, items)
            if user is None:
                user = UserRow(
                    tenant=self._tenant,
                    external_id=check_user_id(user_id),
                    display_name=doc.user.display_name,
                    meta=doc.user.metadata,
                    created_at=doc.user.created_at,
                )
                s.add(user)
                s.flush()
            existing = list(s.scalars(select(MemoryRow).where(MemoryRow.user_pk == user.pk)))
            touched: list[str] = []
            if mode == "replace":
                report.removed = len(existing)
                touched += [r.id for r in existing]
                s.execute(delete(MemoryEventRow).where(MemoryEventRow.user_pk == user.pk))
                s.execute(delete(MemoryRow).where(MemoryRow.user_pk == user.pk))
                s.flush()
                existing = []
            by_id = {r.id: r for r in existing}
            active = [r for r in existing if r.status == MemoryStatus.active and r.embedding is not None]
            matrix = np.stack([bytes_to_vector(r.embedding or b"") for r in active]) if active else None
            # first where each item goes (kept, merged into a stored item, or new), so that a reference to an
            # item follows it wherever it went; then the writes
            inserts: list[tuple[ExportedMemory, np.ndarray]] = []
            for item, vec in zip(items, vectors, strict=True):
                report.renamed += int(stored[item.id] != item.id)
                if stored[item.id] in by_id:
                    report.unchanged += 1
                    continue
                if mode == "merge" and matrix is not None and item.status == MemoryStatus.active:
                    sims = matrix @ vec
                    best = int(np.argmax(sims))
                    if float(sims[best]) >= SAME:
                        self._merge_into(s, active[best], item)
                        stored[item.id] = active[best].id
                        report.merged += 1
                        touched.append(active[best].id)
                        continue
                inserts.append((item, vec))
            for item, vec in inserts:
                self._insert(s, user, _moved(item, stored), vec)
                report.added += 1
                touched.append(stored[item.id])
            outbox_ids = record_sync(s, partition_key(self._tenant, user_id), touched)
            if dry_run:
                raise _DryRunDone  # rolls the transaction back: a dry run changes nothing
        return outbox_ids

    @staticmethod
    def _merge_into(s: Session, row: MemoryRow, item: ExportedMemory) -> None:
        """An imported item that says what a stored one says reinforces it, in the stored item's history."""
        before = snapshot(row)
        append_evidence(row, item.evidence)
        row.seen_count = min(row.seen_count + item.seen_count, MAX_COUNT)
        row.confidence = max(row.confidence, item.confidence)
        touch(row)
        record(s, row, EventType.reinforce, "import", f"merged the imported item {item.id}", before)

    def _insert(self, s: Session, user: UserRow, item: ExportedMemory, vec: np.ndarray) -> None:
        data = item.model_dump(exclude={"history"})
        data["evidence"] = [e.model_dump(mode="json") for e in item.evidence]
        for key in ("kind", "source", "status"):
            data[key] = str(data[key].value if hasattr(data[key], "value") else data[key])
        row = MemoryRow(
            **data,
            user_pk=user.pk,
            embedding=vector_to_bytes(vec),
            embedding_model=self._embedder.model_name,
            version=1,
        )
        s.add(row)
        s.flush()
        if not item.history:  # a hand-written document: the item's history starts with this import
            record(s, row, EventType.add, "import", "imported", None)
        for ev in item.history:
            s.add(
                MemoryEventRow(
                    memory_id=item.id,
                    user_pk=user.pk,
                    type=ev.type.value,
                    actor=ev.actor,
                    reason=ev.reason,
                    before=ev.before,
                    after=ev.after,
                    created_at=ev.created_at,
                )
            )


def _moved(item: ExportedMemory, stored: dict[str, str]) -> ExportedMemory:
    """The item under its stored id, its references (and its history's) following the items they name."""
    if all(stored.get(ref, ref) == ref for ref in (item.id, item.superseded_by, item.related_to) if ref):
        return item

    def follow(ref: Any) -> Any:
        return stored.get(ref, ref) if isinstance(ref, str) else ref

    def snap(state: dict[str, Any] | None) -> dict[str, Any] | None:
        if state is None:
            return None
        return {k: follow(v) if k in ("superseded_by", "related_to") else v for k, v in state.items()}

    history = [ev.model_copy(update={"before": snap(ev.before), "after": snap(ev.after)}) for ev in item.history]
    return item.model_copy(
        update={
            "id": stored[item.id],
            "superseded_by": follow(item.superseded_by),
            "related_to": follow(item.related_to),
            "history": history,
        }
    )

"""``tacit doctor``: check that SQL, the vector index and the job queue agree, and repair what can be repaired.

Each check returns a :class:`Check` (how much it looked at, how many problems, a few examples). A check that
cannot run (the index is unreachable, the schema is missing) is itself a problem, never a crash.

- ``schema``: the database is at the newest migration (repair: ``tacit migrate``, not done here).
- ``outbox``: index changes recorded in SQL but not applied yet (repair: apply them).
- ``index``: every active memory has its vector, with SQL's embedding, in its user's partition; nothing else
  is there; no partition belongs to no user (the check of :mod:`memory.store.reindex`; repair: reindex the
  users that diverge, drop orphan partitions).
- ``leases``: jobs held by a worker that is gone (the lease expired, or the worker's process on this host no
  longer exists; repair: put them back in the queue, the attempt counted).
- ``memories``: half-written memories: items without any history, learned items without evidence, history
  pointing at a missing item or at another user's item, active items without an embedding (repair: none;
  these need a person).
- ``inputs``: unfinished jobs whose turns are missing from the message log (repair: none).
- ``failed_jobs``: jobs parked as failed (a warning: `POST /v1/jobs/{id}/retry`; not a health problem).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from memory.db.engine import write_tx
from memory.db.migrate import pending
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow, MessageRow, UserRow, VectorOutboxRow
from memory.db.types import utcnow
from memory.jobs import JobState
from memory.store.outbox import OutboxRelay
from memory.store.reindex import ReindexReport
from memory.types import EventType, MemorySource, MemoryStatus
from memory.vector.partition import partition_key

if TYPE_CHECKING:
    from memory.build import Parts

EXAMPLES = 5
Severity = Literal["error", "warning"]
TITLES = {
    "schema": "database schema at the newest migration",
    "outbox": "index changes waiting in the outbox",
    "index": "vector index agrees with SQL",
    "leases": "claimed jobs whose worker is gone",
    "inputs": "unfinished jobs have their turns in the message log",
    "memories": "no half-written memories",
    "failed_jobs": "jobs parked as failed",
}
LEARNED_SOURCES = (MemorySource.explicit.value, MemorySource.implicit.value, MemorySource.feedback.value)


@dataclass
class Check:
    name: str
    title: str = ""
    checked: int = 0  # what the check looked at (rows, users, jobs)
    problems: int = 0
    examples: list[str] = field(default_factory=list)
    summary: str = ""
    severity: Severity = "error"
    repairable: bool = False
    hint: str = ""  # what to do about problems --fix does not repair

    def __post_init__(self) -> None:
        self.title = self.title or TITLES.get(self.name, self.name)

    @property
    def ok(self) -> bool:
        return self.problems == 0

    def note(self, example: str, count: int = 1) -> None:
        self.problems += count
        if len(self.examples) < EXAMPLES:
            self.examples.append(example)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "ok": self.ok,
            "severity": self.severity,
            "checked": self.checked,
            "problems": self.problems,
            "summary": self.summary,
            "examples": list(self.examples),
            "repairable": self.repairable,
            "hint": self.hint,
        }


@dataclass
class DoctorReport:
    checks: list[Check] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)  # what --fix did
    before: DoctorReport | None = None  # with --fix: the report that led to the repairs

    @property
    def healthy(self) -> bool:
        return all(c.ok or c.severity == "warning" for c in self.checks)

    @property
    def problems(self) -> int:
        return sum(c.problems for c in self.checks if c.severity == "error")

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "problems": self.problems,
            "checks": [c.to_dict() for c in self.checks],
            "repairs": list(self.repairs),
            "before": self.before.to_dict() if self.before is not None else None,
        }


@dataclass
class Scope:
    """Which users a run looks at: all (``user_id`` None) or the users with that id (in any tenant)."""

    user_id: str | None = None

    def user_pks(self, s: Session) -> list[int] | None:
        if self.user_id is None:
            return None
        return list(s.scalars(select(UserRow.pk).where(UserRow.external_id == self.user_id)))

    def partitions(self, s: Session) -> set[str] | None:
        if self.user_id is None:
            return None
        tenants = s.scalars(select(UserRow.tenant).where(UserRow.external_id == self.user_id))
        return {partition_key(t, self.user_id) for t in tenants}


# -- the checks -----------------------------------------------------------------------------------------------
def check_schema(parts: Parts, scope: Scope) -> Check:
    c = Check("schema", checked=1, hint="run `tacit migrate`")
    if pending(parts.engine):
        c.note("the database is behind this version of tacit")
        c.summary = "behind"
    else:
        c.summary = "at head"
    return c


def check_outbox(parts: Parts, scope: Scope) -> Check:
    c = Check("outbox", repairable=True, hint="is the index reachable?")
    with parts.sessions() as s:
        wanted = scope.partitions(s)
        stmt = select(VectorOutboxRow).order_by(VectorOutboxRow.id)
        if wanted is not None:
            stmt = stmt.where(VectorOutboxRow.partition.in_(wanted))
        rows = list(s.scalars(stmt))
    c.checked = len(rows)
    for r in rows:
        error = f", last error: {r.last_error[:120]}" if r.last_error else ""
        c.note(f"#{r.id} {r.op} {r.memory_id or r.partition} (attempts {r.attempts}{error})")
    c.summary = f"{len(rows)} pending"
    return c


def check_index(parts: Parts, scope: Scope) -> tuple[Check, ReindexReport]:
    c = Check("index", repairable=True)
    report = parts.reindexer.run(user_id=scope.user_id, fix=False)
    c.checked = len(report.users)
    for u in report.divergent:
        c.note(f"user {u.user_id!r}: " + ", ".join(u.examples or ["outdated embeddings"]))
    for p in report.orphans:
        c.note(f"partition {p} belongs to no user")
    totals = {k: sum(getattr(u, k) for u in report.users) for k in ("missing", "extra", "stale", "outdated")}
    c.summary = (
        f"{len(report.divergent)} of {len(report.users)} users diverge ("
        + ", ".join(f"{k} {v}" for k, v in totals.items())
        + f"), {len(report.orphans)} orphan partitions"
    )
    return c, report


def _worker_gone(worker_id: str | None) -> bool:
    """Whether ``worker_id`` (``host:pid:tag``, see agents.worker.new_worker_id) names a process of this host
    that no longer exists. Workers on other hosts are judged by their lease only."""
    if not worker_id:
        return False
    parts = worker_id.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _orphaned_jobs(s: Session, scope: Scope) -> list[JobRow]:
    stmt = select(JobRow).where(JobRow.state == JobState.running.value).order_by(JobRow.id)
    pks = scope.user_pks(s)
    if pks is not None:
        stmt = stmt.where(JobRow.user_pk.in_(pks))
    now = utcnow()
    return [
        j for j in s.scalars(stmt) if (j.lease_until is not None and j.lease_until < now) or _worker_gone(j.worker_id)
    ]


def check_leases(parts: Parts, scope: Scope) -> Check:
    c = Check("leases", repairable=True)
    with parts.sessions() as s:
        pks = scope.user_pks(s)
        running = select(func.count()).select_from(JobRow).where(JobRow.state == JobState.running.value)
        if pks is not None:
            running = running.where(JobRow.user_pk.in_(pks))
        c.checked = s.scalar(running) or 0
        for j in _orphaned_jobs(s, scope):
            c.note(f"job {j.id} held by {j.worker_id} (lease until {j.lease_until:%Y-%m-%d %H:%M:%S}Z)")
    c.summary = f"{c.problems} of {c.checked} running jobs orphaned"
    return c


def check_failed_jobs(parts: Parts, scope: Scope) -> Check:
    c = Check("failed_jobs", severity="warning", hint="POST /v1/jobs/{id}/retry")
    with parts.sessions() as s:
        stmt = select(JobRow).where(JobRow.state == JobState.failed.value).order_by(JobRow.id)
        pks = scope.user_pks(s)
        if pks is not None:
            stmt = stmt.where(JobRow.user_pk.in_(pks))
        for j in s.scalars(stmt):
            c.note(f"job {j.id}: {(j.error or '')[:120]}")
        c.checked = c.problems
        depth = dict(s.execute(select(JobRow.state, func.count()).group_by(JobRow.state)).all())
    c.summary = ", ".join(f"{k} {v}" for k, v in sorted(depth.items())) or "no jobs"
    return c


def check_inputs(parts: Parts, scope: Scope) -> Check:
    c = Check(
        "inputs",
    )
    with parts.sessions() as s:
        stmt = select(JobRow).where(JobRow.state.in_([JobState.queued.value, JobState.running.value]))
        pks = scope.user_pks(s)
        if pks is not None:
            stmt = stmt.where(JobRow.user_pk.in_(pks))
        for j in s.scalars(stmt):
            c.checked += 1
            ids = [j.payload.get("first_id"), j.payload.get("last_id")]
            if not all(isinstance(i, int) for i in ids):
                continue
            found = s.scalar(
                select(func.count())
                .select_from(MessageRow)
                .where(MessageRow.user_pk == j.user_pk, MessageRow.id.in_(ids))
            )
            if found != len(set(ids)):
                c.note(f"job {j.id}: messages {ids[0]}..{ids[1]} are missing")
    c.summary = f"{c.problems} of {c.checked} unfinished jobs lack their turns"
    return c


def check_memories(parts: Parts, scope: Scope) -> Check:
    c = Check(
        "memories",
        hint="inspect the items named (GET /v1/users/{id}/memories/{mid}/history); restore from an export",
    )
    event = aliased(MemoryEventRow)
    with parts.sessions() as s:
        pks = scope.user_pks(s)

        def mine(stmt: Any, column: Any) -> Any:
            return stmt if pks is None else stmt.where(column.in_(pks))

        c.checked = s.scalar(mine(select(func.count()).select_from(MemoryRow), MemoryRow.user_pk)) or 0
        no_history = mine(
            select(MemoryRow.id).where(~select(event.id).where(event.memory_id == MemoryRow.id).exists()),
            MemoryRow.user_pk,
        )
        for mid in s.scalars(no_history):
            c.note(f"memory {mid} has no history (not even its creation)")
        orphan_events = mine(
            select(MemoryEventRow.id, MemoryEventRow.memory_id)
            .outerjoin(MemoryRow, MemoryRow.id == MemoryEventRow.memory_id)
            .where(MemoryRow.id.is_(None)),
            MemoryEventRow.user_pk,
        )
        for eid, mid in s.execute(orphan_events):
            c.note(f"event #{eid} points at missing memory {mid}")
        crossed = mine(
            select(MemoryEventRow.id, MemoryEventRow.memory_id)
            .join(MemoryRow, MemoryRow.id == MemoryEventRow.memory_id)
            .where(MemoryEventRow.user_pk != MemoryRow.user_pk),
            MemoryEventRow.user_pk,
        )
        for eid, mid in s.execute(crossed):
            c.note(f"event #{eid} of memory {mid} belongs to another user")
        unembedded = mine(
            select(MemoryRow.id).where(MemoryRow.status == MemoryStatus.active.value, MemoryRow.embedding.is_(None)),
            MemoryRow.user_pk,
        )
        for mid in s.scalars(unembedded):
            c.note(f"memory {mid} is active but has no embedding")
        learned = mine(
            select(MemoryRow.id, MemoryRow.evidence).where(
                MemoryRow.source.in_(LEARNED_SOURCES),
                select(event.id)
                .where(
                    event.memory_id == MemoryRow.id,
                    event.type == EventType.add.value,
                    event.actor.like("agent:%"),
                )
                .exists(),
            ),
            MemoryRow.user_pk,
        )
        for mid, evidence in s.execute(learned.execution_options(yield_per=1000)):
            if not evidence:
                c.note(f"memory {mid} was learned but has no evidence")
    c.summary = f"{c.problems} problems in {c.checked} memories"
    return c


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    try:
        return run()
    except Exception as exc:  # a check that cannot run is a finding, not a crash
        c = Check(name)
        c.note(f"the check could not run: {type(exc).__name__}: {str(exc)[:300]}")
        c.summary = "could not run"
        return c


def diagnose(parts: Parts, user_id: str | None = None) -> tuple[DoctorReport, ReindexReport | None]:
    """Run every check (read-only). Returns the report and the index check's details (for :func:`repair`)."""
    scope = Scope(user_id)
    report = DoctorReport()
    schema = _guarded("schema", lambda: check_schema(parts, scope))
    report.checks.append(schema)
    if not schema.ok:
        return report, None  # the tables may not even exist: nothing else can be judged
    details: list[ReindexReport] = []

    def index() -> Check:
        c, found = check_index(parts, scope)
        details.append(found)
        return c

    report.checks.append(_guarded("outbox", lambda: check_outbox(parts, scope)))
    report.checks.append(_guarded("index", index))
    checks: list[tuple[str, Callable[[Parts, Scope], Check]]] = [
        ("leases", check_leases),
        ("inputs", check_inputs),
        ("memories", check_memories),
        ("failed_jobs", check_failed_jobs),
    ]
    for name, fn in checks:
        report.checks.append(_guarded(name, lambda fn=fn: fn(parts, scope)))  # type: ignore[misc]
    return report, (details[0] if details else None)


def release_orphaned(sessions: sessionmaker[Session], scope: Scope) -> list[str]:
    """Put jobs whose worker is gone back in the queue (the attempt stays counted; parked as failed once
    it reaches ``max_attempts``, so a job that kills its workers does not loop for ever)."""
    done: list[str] = []
    now = utcnow()
    with write_tx(sessions) as s:
        for j in _orphaned_jobs(s, scope):
            gone = f"released by tacit doctor: worker {j.worker_id} is gone"
            parked = j.attempts >= j.max_attempts
            values: dict[str, Any] = {"lease_until": None, "error": gone, "updated_at": now}
            if parked:
                values |= {"state": JobState.failed.value, "finished_at": now}
            else:
                values |= {"state": JobState.queued.value, "run_after": now}
            s.execute(
                update(JobRow)
                .where(and_(JobRow.id == j.id, JobRow.state == JobState.running.value, JobRow.worker_id == j.worker_id))
                .values(**values)
            )
            done.append(f"job {j.id}: {'parked as failed' if parked else 'back in the queue'}")
    return done


def repair(parts: Parts, report: DoctorReport, index: ReindexReport | None, user_id: str | None = None) -> list[str]:
    """Repair what the report found and can be repaired. Returns what was done, one line each."""
    scope = Scope(user_id)
    done: list[str] = []
    names = {c.name for c in report.checks if not c.ok}
    if "outbox" in names or "index" in names:
        drained = OutboxRelay(parts.sessions, parts.index).drain()
        done.append(f"outbox: applied {drained.applied}, still deferred {drained.failed}")
    if "index" in names:
        if index is None:  # the check could not run: try again now that the outbox is drained
            index = parts.reindexer.run(user_id=user_id, fix=False)
        fixed = parts.reindexer.repair(index)
        done.append(
            f"index: reindexed {len(fixed.users)} users ({sum(u.indexed for u in fixed.users)} vectors, "
            f"{sum(u.reembedded for u in fixed.users)} re-embedded), dropped {len(fixed.orphans)} orphan partitions"
        )
    if "leases" in names:
        done += release_orphaned(parts.sessions, scope)
    return done


def doctor(parts: Parts, *, fix: bool = False, user_id: str | None = None) -> DoctorReport:
    """Check; with ``fix``, repair what was found and check again (the returned report is the second one,
    with the first in ``before``)."""
    report, index = diagnose(parts, user_id)
    if not fix or report.healthy:
        return report
    repairs = repair(parts, report, index, user_id)
    after, _ = diagnose(parts, user_id)
    after.repairs = repairs
    after.before = report
    return after

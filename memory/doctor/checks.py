"""The checks: read-only, each returns a :class:`~memory.doctor.report.Check`; :func:`diagnose` runs them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from memory.db.migrate import pending
from memory.db.tables import JobRow, MemoryEventRow, MemoryRow, MessageRow, VectorOutboxRow
from memory.db.types import utcnow
from memory.doctor.freshness import check_search
from memory.doctor.report import Check, DoctorReport, Scope
from memory.doctor.stored_text import check_text
from memory.learn.jobs import JobState, worker_gone
from memory.store.reindex import ReindexReport
from memory.types import EventType, MemorySource, MemoryStatus

if TYPE_CHECKING:
    from memory.doctor.report import DoctorParts

LEARNED_SOURCES = (
    MemorySource.explicit.value,
    MemorySource.implicit.value,
    MemorySource.feedback.value,
    MemorySource.edit.value,
)


# -- the checks -----------------------------------------------------------------------------------------------
def check_schema(parts: DoctorParts, scope: Scope) -> Check:
    c = Check("schema", checked=1, hint="run `tacit migrate`")
    if pending(parts.engine):
        c.note("the database is behind this version of tacit")
        c.summary = "behind"
    else:
        c.summary = "at head"
    return c


def check_outbox(parts: DoctorParts, scope: Scope) -> Check:
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


def check_index(parts: DoctorParts, scope: Scope) -> tuple[Check, ReindexReport]:
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


def orphaned_jobs(s: Session, scope: Scope) -> list[JobRow]:
    stmt = select(JobRow).where(JobRow.state == JobState.running.value).order_by(JobRow.id)
    pks = scope.user_pks(s)
    if pks is not None:
        stmt = stmt.where(JobRow.user_pk.in_(pks))
    now = utcnow()
    return [
        j for j in s.scalars(stmt) if (j.lease_until is not None and j.lease_until < now) or worker_gone(j.worker_id)
    ]


def check_leases(parts: DoctorParts, scope: Scope) -> Check:
    c = Check("leases", repairable=True)
    with parts.sessions() as s:
        pks = scope.user_pks(s)
        running = select(func.count()).select_from(JobRow).where(JobRow.state == JobState.running.value)
        if pks is not None:
            running = running.where(JobRow.user_pk.in_(pks))
        c.checked = s.scalar(running) or 0
        for j in orphaned_jobs(s, scope):
            c.note(f"job {j.id} held by {j.worker_id} (lease until {j.lease_until:%Y-%m-%d %H:%M:%S}Z)")
    c.summary = f"{c.problems} of {c.checked} running jobs orphaned"
    return c


def check_failed_jobs(parts: DoctorParts, scope: Scope) -> Check:
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


def check_inputs(parts: DoctorParts, scope: Scope) -> Check:
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


def check_memories(parts: DoctorParts, scope: Scope) -> Check:
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


def diagnose(parts: DoctorParts, user_id: str | None = None) -> tuple[DoctorReport, ReindexReport | None]:
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
    checks: list[tuple[str, Callable[[DoctorParts, Scope], Check]]] = [
        ("leases", check_leases),
        ("search", check_search),
        ("inputs", check_inputs),
        ("memories", check_memories),
        ("failed_jobs", check_failed_jobs),
        ("text", check_text),
    ]
    for name, fn in checks:
        report.checks.append(_guarded(name, lambda fn=fn: fn(parts, scope)))  # type: ignore[misc]
    return report, (details[0] if details else None)

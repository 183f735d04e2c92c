"""Repairs for what the checks found, and :func:`doctor`: check, repair, check again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, update
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import JobRow
from memory.db.types import utcnow
from memory.doctor.checks import diagnose, orphaned_jobs
from memory.doctor.report import DoctorReport, Scope
from memory.doctor.stored_text import repair_text
from memory.learn.jobs import JobState
from memory.store.outbox import OutboxRelay
from memory.store.reindex import ReindexReport

if TYPE_CHECKING:
    from memory.doctor.report import DoctorParts


def release_orphaned(sessions: sessionmaker[Session], scope: Scope) -> list[str]:
    """Put jobs whose worker is gone back in the queue (the attempt stays counted; parked as failed once
    it reaches ``max_attempts``, so a job that kills its workers does not loop for ever)."""
    done: list[str] = []
    now = utcnow()
    with write_tx(sessions) as s:
        for j in orphaned_jobs(s, scope):
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


def repair(
    parts: DoctorParts, report: DoctorReport, index: ReindexReport | None, user_id: str | None = None
) -> list[str]:
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
    if "text" in names:
        done += repair_text(parts, scope)
    return done


def doctor(parts: DoctorParts, *, fix: bool = False, user_id: str | None = None) -> DoctorReport:
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

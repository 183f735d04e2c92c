"""The durable job queue. Jobs live in SQL; a worker claims one with a lease and finishes or fails it.

- PostgreSQL hands a job to exactly one of several workers with ``FOR UPDATE SKIP LOCKED``; SQLite takes its
  write lock up front (``BEGIN IMMEDIATE``), so claims are serialised there too.
- A job whose lease expired (its worker died) is claimed again; ``attempts`` counts every claim, and a job
  abandoned on its last attempt is parked as ``failed`` instead.
- Failures retry with exponential backoff and park as ``failed`` after ``max_attempts``, error visible.
- Jobs of one user run in creation order: a job is not claimable while an older unfinished job of the
  same user exists.
- A worker's id names its host and process (``host:pid:tag``). A worker starting up gives back at once the jobs
  held by processes of its host that no longer exist (:meth:`JobQueue.release_gone`), so a crash does not
  stall a user's learning for the whole lease.
"""

from __future__ import annotations

import enum
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import write_tx
from memory.db.tables import JobRow, UserRow
from memory.db.types import utcnow
from memory.errors import Conflict, NotFound
from memory.ids import new_id
from memory.learn.claim import STATEMENTS
from memory.store.user_ref import UserRef


class JobState(enum.StrEnum):
    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


class JobNotFound(NotFound):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"job {job_id!r} not found")
        self.job_id = job_id


class Job(BaseModel):
    id: str
    user_id: str
    kind: str
    state: JobState
    attempts: int
    max_attempts: int
    error: str | None
    result: dict[str, Any]
    payload: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    run_after: datetime


@dataclass(frozen=True)
class Claimed:
    id: str
    user_pk: int
    tenant: str
    user_id: str
    kind: str
    payload: dict[str, Any]
    attempt: int
    merged: tuple[tuple[str, dict[str, Any]], ...] = ()  # (id, payload) of later jobs leased with this one

    @property
    def ids(self) -> list[str]:
        """This job's id and those of the jobs merged into its pass, in order."""
        return [self.id, *(job_id for job_id, _ in self.merged)]

    @property
    def user(self) -> UserRef:
        """The job's user as claimed: its reads and writes need not look the user up again."""
        return UserRef(self.user_pk, self.tenant, self.user_id)


def _to_job(row: JobRow, user_id: str) -> Job:
    return Job(
        id=row.id,
        user_id=user_id,
        kind=row.kind,
        state=JobState(row.state),
        attempts=row.attempts,
        max_attempts=row.max_attempts,
        error=row.error,
        result=row.result,
        payload=row.payload,
        created_at=row.created_at,
        updated_at=row.updated_at,
        finished_at=row.finished_at,
        run_after=row.run_after,
    )


def enqueue(s: Session, user_pk: int, kind: str, payload: dict[str, Any], max_attempts: int = 5) -> str:
    """Add a job inside the caller's transaction (so the job exists exactly when its input does)."""
    now = utcnow()
    row = JobRow(
        id=new_id(),
        user_pk=user_pk,
        kind=kind,
        state=JobState.queued.value,
        payload=payload,
        attempts=0,
        max_attempts=max_attempts,
        run_after=now,
        result={},
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    return row.id


# A merged pass holds at most this many messages (what an LLM extractor reads in one prompt stays small).
MERGE_TURNS = 64


def _span(payload: dict[str, Any]) -> int:
    """How many messages a job's payload covers at most (its first to last message id; 1 when it names none).
    Message ids are shared by all users, so this over-counts when other users' messages came in between."""
    try:
        return max(1, int(payload["last_id"]) - int(payload["first_id"]) + 1)
    except (KeyError, TypeError, ValueError):
        return 1


def worker_gone(worker_id: str | None, *, me: str | None = None) -> bool:
    """Whether ``worker_id`` (``host:pid:tag``, see agents.worker.new_worker_id) names a process of this host that
    no longer exists. With ``me`` (the id of a worker of this process that is starting up), an id naming this very
    process under another tag is gone too: its process died and this one was given the same pid (common in
    containers, where a restarted server often gets the same small pid). Workers on other hosts, or ids of
    another shape, are judged by their lease only."""
    if not worker_id:
        return False
    parts = worker_id.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit() or int(parts[1]) <= 0:
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return me is not None and worker_id != me
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):  # alive under another user, or not a pid this OS knows
        return False
    return False


class JobQueue:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        lease_s: float = 300.0,
        backoff_s: float = 2.0,
        max_backoff_s: float = 300.0,
    ) -> None:
        self._sessions = sessions
        self._lease = timedelta(seconds=lease_s)
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s

    # -- workers ----------------------------------------------------------------------------------------
    def claim(
        self, worker_id: str, *, user_pk: int | None = None, merge: str | None = None, merge_max: int = 1
    ) -> Claimed | None:
        """Take the oldest runnable job (optionally of one user) with a lease, or None.

        ``merge`` (a job kind): when the job taken is of that kind and on its first attempt, the same user's
        jobs queued right after it, of the same kind and session and runnable now, are leased with it (up to
        ``merge_max`` jobs in all), for the worker to run in one pass (:meth:`_followers`). A job on a later
        attempt runs alone, so one bad batch of turns cannot keep failing the jobs around it.

        SQLite: one ``UPDATE ... RETURNING`` picks and leases the job (the write lock, taken up front, serialises
        claims). PostgreSQL: the pick is locked with ``SKIP LOCKED``, then the user's row, and the user is looked
        at again, since jobs become visible there in commit order (see :mod:`memory.learn.claim`)."""
        now = utcnow()
        st = STATEMENTS
        with write_tx(self._sessions) as s:
            s.execute(st.park, {"now": now})
            params = {"now": now, "lease": now + self._lease, "worker": worker_id, "user": user_pk}
            if s.get_bind().dialect.name != "postgresql":
                got = s.execute(st.take if user_pk is None else st.take_of_user, params).first()
                if got is None:
                    return None
                job_id, pk, kind, payload, attempts = got
            else:
                picked = s.execute(st.pick_locked if user_pk is None else st.pick_locked_of_user, params).first()
                if picked is None:
                    return None
                job_id, pk = picked
                # Claims of one user's jobs take the user's row lock, then look again: a claim of another of the
                # user's jobs that committed meanwhile is visible now.
                s.execute(st.lock_user, {"pk": pk})
                if s.execute(st.busy, {"pk": pk, "job": job_id, "now": now}).first() is not None:
                    return None
                job_id, pk, kind, payload, attempts = s.execute(st.lease, {**params, "job": job_id}).one()
            merged: tuple[tuple[str, dict[str, Any]], ...] = ()
            if merge is not None and kind == merge and attempts == 1 and merge_max > 1:
                merged = self._followers(s, pk, job_id, kind, dict(payload), params, merge_max - 1)
            tenant, external_id = s.execute(st.owner, {"pk": pk}).one()
            return Claimed(job_id, pk, tenant, external_id, kind, dict(payload), attempts, merged)

    @staticmethod
    def _followers(
        s: Session, pk: int, lead: str, kind: str, payload: dict[str, Any], params: dict[str, Any], n: int
    ) -> tuple[tuple[str, dict[str, Any]], ...]:
        """Lease the run of the user's jobs queued right after ``lead`` that can share its pass: the first job of
        another kind or session, held by a worker, tried before, waiting out a back-off, or taking the pass over
        ``MERGE_TURNS`` messages ends the run."""
        st = STATEMENTS
        run: list[tuple[str, dict[str, Any]]] = []
        turns = _span(payload)
        for job_id, other_kind, ready, other_payload in s.execute(
            st.followers, {**params, "pk": pk, "job": lead, "n": n}
        ):
            turns += _span(other_payload)
            if (
                other_kind != kind
                or not ready
                or other_payload.get("session_id") != payload.get("session_id")
                or turns > MERGE_TURNS
            ):
                break
            run.append((job_id, dict(other_payload)))
        if not run:
            return ()
        leased = set(s.scalars(st.lease_many, {**params, "jobs": [j for j, _ in run]}))
        return tuple(item for item in run if item[0] in leased)

    def complete_in(self, s: Session, job_ids: str | Sequence[str], worker_id: str, result: dict[str, Any]) -> None:
        """Mark the job (or the jobs of one pass) done inside the caller's transaction, with their effects: one
        statement, refused as a whole unless this worker still holds every one of them."""
        ids = [job_ids] if isinstance(job_ids, str) else list(job_ids)
        now = utcnow()
        done = s.execute(
            update(JobRow)
            .where(JobRow.id.in_(ids), JobRow.worker_id == worker_id, JobRow.state == JobState.running.value)
            .values(
                state=JobState.done.value, result=result, error=None, finished_at=now, updated_at=now, lease_until=None
            )
        )
        if done.rowcount != len(ids):  # type: ignore[attr-defined]
            held = ", ".join(map(repr, ids))
            raise Conflict(f"job {held} is no longer held by worker {worker_id!r} (a lease expired)")

    def complete(self, job_id: str, worker_id: str, result: dict[str, Any]) -> None:
        with write_tx(self._sessions) as s:
            self.complete_in(s, job_id, worker_id, result)

    def fail(self, job_id: str, worker_id: str, error: str, *, retryable: bool = True) -> JobState:
        """Record a failed attempt: back to the queue after a backoff, or parked as failed."""
        now = utcnow()
        with write_tx(self._sessions) as s:
            row = s.get(JobRow, job_id)
            if row is None or row.worker_id != worker_id or row.state != JobState.running.value:
                return JobState(row.state) if row is not None else JobState.failed
            row.error = error[:4000]
            row.updated_at = now
            row.lease_until = None
            if retryable and row.attempts < row.max_attempts:
                delay = min(self._max_backoff_s, self._backoff_s * 2 ** (row.attempts - 1))
                row.state = JobState.queued.value
                row.run_after = now + timedelta(seconds=delay)
            else:
                row.state = JobState.failed.value
                row.finished_at = now
            return JobState(row.state)

    def release(self, worker_id: str) -> int:
        """Give back every job this worker holds (graceful shutdown): they become claimable at once."""
        with write_tx(self._sessions) as s:
            result = s.execute(
                update(JobRow)
                .where(JobRow.worker_id == worker_id, JobRow.state == JobState.running.value)
                .values(state=JobState.queued.value, lease_until=None, attempts=JobRow.attempts - 1, run_after=utcnow())
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    def release_gone(self, me: str, *, starting: bool = True) -> list[str]:
        """Give back the jobs held by workers of this host whose process is gone (see :func:`worker_gone`; ``me``:
        the calling worker's id; ``starting``: it is starting up, so another id of this process is gone). Their
        attempt stays counted: one on its last attempt is parked as failed, so a job that kills its worker does
        not run for ever. Returns the ids of the jobs given back or parked."""
        now = utcnow()
        host = socket.gethostname()
        with write_tx(self._sessions) as s:
            running = s.scalars(select(JobRow).where(JobRow.state == JobState.running.value))
            gone = [
                j
                for j in running
                if (j.worker_id or "").startswith(f"{host}:") and worker_gone(j.worker_id, me=me if starting else None)
            ]
            for j in gone:
                j.error = f"released by worker {me}: worker {j.worker_id} is gone"
                j.lease_until = None
                j.updated_at = now
                if j.attempts >= j.max_attempts:
                    j.state = JobState.failed.value
                    j.finished_at = now
                else:
                    j.state = JobState.queued.value
                    j.run_after = now
            return [j.id for j in gone]

    # -- people -----------------------------------------------------------------------------------------
    def get(self, job_id: str, tenant: str) -> Job:
        with self._sessions() as s:
            found = s.execute(
                select(JobRow, UserRow.external_id)
                .join(UserRow, UserRow.pk == JobRow.user_pk)
                .where(JobRow.id == job_id, UserRow.tenant == tenant)
            ).first()
            if found is None:
                raise JobNotFound(job_id)
            return _to_job(found[0], found[1])

    def owner(self, job_id: str) -> int:
        """The user (primary key) a job belongs to."""
        with self._sessions() as s:
            pk = s.scalar(select(JobRow.user_pk).where(JobRow.id == job_id))
        if pk is None:
            raise JobNotFound(job_id)
        return pk

    def retry(self, job_id: str, tenant: str) -> Job:
        """Put a failed job back in the queue with a fresh attempt count."""
        job = self.get(job_id, tenant)
        if job.state != JobState.failed:
            raise Conflict(f"job {job_id!r} is {job.state}; only a failed job can be retried")
        now = utcnow()
        with write_tx(self._sessions) as s:
            s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.state == JobState.failed.value)
                .values(state=JobState.queued.value, attempts=0, run_after=now, updated_at=now, finished_at=None)
            )
        return self.get(job_id, tenant)

    def depth(self) -> dict[str, int]:
        from sqlalchemy import func

        with self._sessions() as s:
            rows = s.execute(select(JobRow.state, func.count()).group_by(JobRow.state)).all()
        return {state: int(n) for state, n in rows}

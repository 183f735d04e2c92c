"""The job claim's SQL statements, built once (building them per claim cost more than running them). See
:meth:`memory.learn.jobs.JobQueue.claim` for how they are used on SQLite and on PostgreSQL."""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    Update,
    and_,
    bindparam,
    cast,
    exists,
    literal,
    literal_column,
    or_,
    select,
    update,
)

from memory.db.tables import JobRow, UserRow

QUEUED, RUNNING, FAILED = "queued", "running", "failed"


_PENDING = (QUEUED, RUNNING)


@dataclass(frozen=True)
class Statements:
    park: Update
    take: Update
    take_of_user: Update
    pick_locked: Select[Any]
    pick_locked_of_user: Select[Any]
    lock_user: Select[Any]
    busy: Select[Any]
    lease: Update
    lease_many: Update
    followers: Select[Any]
    owner: Select[Any]


def _pending(table: Any) -> ColumnElement[bool]:
    """Unfinished jobs, written with literal states so that the partial indexes of migration 0006 serve it."""
    return table.c.state.in_([literal_column(f"'{state}'") for state in _PENDING])  # type: ignore[no-any-return]


def claim_statements() -> Statements:
    """The claim's statements, built once (building them per claim cost more than running them).

    Bound parameters: ``now``, ``lease`` (when the lease ends), ``worker``, ``user`` (a user's jobs only), ``job``,
    ``jobs`` (several), ``n`` (how many), ``pk`` (a user's primary key)."""
    jobs = typing.cast(Table, JobRow.__table__)
    older = jobs.alias("older")
    now = bindparam("now", type_=jobs.c.run_after.type)
    runnable = and_(
        _pending(jobs),
        or_(
            and_(jobs.c.state == QUEUED, jobs.c.run_after <= now),
            and_(
                jobs.c.state == RUNNING,
                jobs.c.lease_until < now,
                jobs.c.attempts < jobs.c.max_attempts,
            ),
        ),
    )
    # A user's job waits for their older unfinished jobs, and for any of their jobs that a live worker holds: on
    # PostgreSQL jobs become visible in commit order, not id order, so a newer job may be running when an older
    # one appears.
    held = and_(older.c.state == RUNNING, older.c.lease_until >= now)
    blocked = exists().where(
        _pending(older), older.c.user_pk == jobs.c.user_pk, older.c.id != jobs.c.id, or_(held, older.c.id < jobs.c.id)
    )
    pick = select(jobs.c.id).where(runnable, ~blocked).order_by(jobs.c.id).limit(1)
    pick_of_user = pick.where(jobs.c.user_pk == bindparam("user"))
    leased = {
        "state": RUNNING,
        "attempts": jobs.c.attempts + 1,
        "worker_id": bindparam("worker"),
        "lease_until": bindparam("lease", type_=jobs.c.lease_until.type),
        "updated_at": now,
    }
    returned = (jobs.c.id, jobs.c.user_pk, jobs.c.kind, jobs.c.payload, jobs.c.attempts)

    def take(p: Select[tuple[str]]) -> Update:
        return update(jobs).where(jobs.c.id == p.scalar_subquery()).values(leased).returning(*returned)

    # a job whose worker died on each of its attempts is parked as failed, like a job that failed its last
    # attempt (one that kills its worker would otherwise be taken up for ever)
    park = (
        update(jobs)
        .where(
            _pending(jobs),
            jobs.c.state == RUNNING,
            jobs.c.lease_until < now,
            jobs.c.attempts >= jobs.c.max_attempts,
        )
        .values(
            state=FAILED,
            error=literal("abandoned: its lease expired on each of its ")
            + cast(jobs.c.attempts, String)
            + literal(" attempts (the worker stopped)"),
            lease_until=None,
            finished_at=now,
            updated_at=now,
        )
    )
    users = typing.cast(Table, UserRow.__table__)
    busy_held = and_(older.c.state == RUNNING, older.c.lease_until >= now)
    return Statements(
        park=park,
        take=take(pick),
        take_of_user=take(pick_of_user),
        pick_locked=pick.with_for_update(skip_locked=True, of=jobs).add_columns(jobs.c.user_pk),
        pick_locked_of_user=pick_of_user.with_for_update(skip_locked=True, of=jobs).add_columns(jobs.c.user_pk),
        lock_user=select(users.c.pk).where(users.c.pk == bindparam("pk")).with_for_update(),
        busy=select(older.c.id)
        .where(_pending(older), older.c.user_pk == bindparam("pk"), older.c.id != bindparam("job"), busy_held)
        .limit(1),
        lease=update(jobs).where(jobs.c.id == bindparam("job")).values(leased).returning(*returned),
        lease_many=update(jobs)
        .where(jobs.c.id.in_(bindparam("jobs", expanding=True)), jobs.c.state == QUEUED)
        .values(leased)
        .returning(jobs.c.id),
        # the user's unfinished jobs after the one just claimed, in order (a merge takes the queued run of them)
        followers=select(
            jobs.c.id,
            jobs.c.kind,
            and_(jobs.c.state == QUEUED, jobs.c.run_after <= now, jobs.c.attempts == 0),  # ready, never tried
            jobs.c.payload,
        )
        .where(_pending(jobs), jobs.c.user_pk == bindparam("pk"), jobs.c.id > bindparam("job"))
        .order_by(jobs.c.id)
        .limit(bindparam("n")),
        owner=select(users.c.tenant, users.c.external_id).where(users.c.pk == bindparam("pk")),
    )


STATEMENTS = claim_statements()

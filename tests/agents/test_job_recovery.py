"""A starting worker takes back at once the jobs that dead processes of its host held, and only those."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from sqlalchemy import update

from agents.services import Services
from memory.db.engine import write_tx
from memory.db.tables import JobRow
from memory.learn.jobs import JobState, worker_gone
from memory.learn.log import NewTurns

HOST = socket.gethostname()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait(30)
    return proc.pid


def _held(parts: Services, user: str, worker_id: str, *, attempts: int = 1) -> str:
    """A job of ``user`` claimed by ``worker_id`` (its lease far from over)."""
    receipt = parts.log.append(user, NewTurns.model_validate({"turns": [{"role": "user", "content": "I love jazz."}]}))
    assert receipt.job_id is not None
    claimed = parts.queue.claim(worker_id)
    assert claimed is not None and claimed.id == receipt.job_id
    with write_tx(parts.sessions) as s:
        s.execute(update(JobRow).where(JobRow.id == claimed.id).values(attempts=attempts))
    return claimed.id


def test_a_dead_pid_or_this_pid_under_another_tag_is_gone() -> None:
    me = f"{HOST}:{os.getpid()}:aaaa"
    assert worker_gone(f"{HOST}:{_dead_pid()}:x")
    assert worker_gone(f"{HOST}:{os.getpid()}:bbbb", me=me)  # this pid was reused: its old holder died
    assert not worker_gone(f"{HOST}:{os.getpid()}:bbbb")  # no worker starting: another worker of this process
    assert not worker_gone(me, me=me)
    assert not worker_gone(f"{HOST}:{os.getppid()}:x")  # alive
    assert not worker_gone(f"elsewhere-{HOST}:{_dead_pid()}:x")  # another host: judged by its lease
    for odd in (
        "",
        None,
        "no-colons",
        f"{HOST}:abc:x",
        f"{HOST}:0:x",
        f"{HOST}:-5:x",
        f"{HOST}:99999999999999999999:x",
    ):
        assert not worker_gone(odd), odd


def test_start_up_takes_back_dead_workers_jobs_at_once(parts: Services) -> None:
    dead = _held(parts, "a", f"{HOST}:{_dead_pid()}:dead")
    reused = _held(parts, "b", f"{HOST}:{os.getpid()}:before")
    alive = _held(parts, "c", f"{HOST}:{os.getppid()}:alive")
    remote = _held(parts, "d", f"other-host:{_dead_pid()}:far")
    last = _held(parts, "e", f"{HOST}:{_dead_pid()}:dead2", attempts=5)

    worker = parts.worker
    assert sorted(worker.recover()) == sorted([dead, reused, last])
    states = {j: parts.queue.get(j, "default") for j in (dead, reused, alive, remote, last)}
    assert (states[dead].state, states[dead].attempts) == (JobState.queued, 1)  # the attempt stays counted
    assert states[dead].error is not None and "is gone" in states[dead].error
    assert states[reused].state == JobState.queued
    assert states[alive].state == states[remote].state == JobState.running
    assert states[last].state == JobState.failed  # on its last attempt: parked, not run for ever

    assert worker.run_once() in (dead, reused)  # claimable at once, not after the lease
    assert worker.drain() == 1
    assert parts.queue.get(dead, "default").state == parts.queue.get(reused, "default").state == JobState.done
    assert worker.recover(starting=False) == []  # nothing else is gone; its own jobs are never taken back

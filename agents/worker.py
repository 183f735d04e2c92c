"""The job worker: claims jobs, runs them, retries or parks failures. In-process thread or `tacit worker`."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid

from agents.learn import Learner
from memory.errors import InvalidInput, TacitError
from memory.learn.edits import EDIT_JOB
from memory.learn.feedback import FEEDBACK_JOB
from memory.learn.jobs import Claimed, Job, JobQueue, JobState
from memory.learn.log import EXTRACT_JOB

log = logging.getLogger("tacit.worker")

RECOVER_EVERY_S = 30.0  # how often a running worker looks for jobs held by dead processes of its host


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Worker:
    def __init__(
        self,
        queue: JobQueue,
        learner: Learner,
        *,
        worker_id: str | None = None,
        poll_s: float = 0.5,
        merge_jobs: int = 1,
    ) -> None:
        self.queue = queue
        self.learner = learner
        self.merge_jobs = merge_jobs  # a user's queued chat jobs learned in one pass, at most
        self.worker_id = worker_id or new_worker_id()
        self.poll_s = poll_s
        self._stop = threading.Event()
        # counters for /metrics: jobs finished and failed attempts, LLM tokens spent
        self.stats: dict[str, int] = {"done": 0, "failed_attempts": 0, "input_tokens": 0, "output_tokens": 0}
        self._thread: threading.Thread | None = None

    def run_once(self, *, user_pk: int | None = None) -> str | None:
        """Claim and process one job (with the jobs merged into its pass); returns its id, or None when nothing
        was runnable."""
        job = self._claim(user_pk)
        if job is None:
            return None
        self._run(job)
        return job.id

    def drain(self, *, user_pk: int | None = None, limit: int = 10_000) -> int:
        """Process runnable jobs until none is left (or about ``limit``); returns how many were processed."""
        done = 0
        while done < limit and (job := self._claim(user_pk)) is not None:
            self._run(job)
            done += len(job.ids)
        return done

    def _claim(self, user_pk: int | None) -> Claimed | None:
        return self.queue.claim(self.worker_id, user_pk=user_pk, merge=EXTRACT_JOB, merge_max=self.merge_jobs)

    def _run(self, job: Claimed) -> None:
        try:
            if job.kind not in (EXTRACT_JOB, EDIT_JOB, FEEDBACK_JOB):
                raise InvalidInput(f"unknown job kind {job.kind!r}", "kind")
            result = self.learner.run(job, self.worker_id)
            usage = result.get("usage") or {}
            self.stats["done"] += len(job.ids)
            self.stats["input_tokens"] += int(usage.get("input_tokens", 0))
            self.stats["output_tokens"] += int(usage.get("output_tokens", 0))
            log.info(
                "job %s done (user %s, attempt %d, %d in the pass)", job.id, job.user_id, job.attempt, len(job.ids)
            )
        except Exception as exc:
            retryable = getattr(exc, "retryable", not isinstance(exc, InvalidInput))
            message = exc.message if isinstance(exc, TacitError) else f"{type(exc).__name__}: {exc}"
            for job_id in job.ids:  # merged jobs fail with it; on their next attempt each runs alone
                self.stats["failed_attempts"] += 1
                state = self.queue.fail(job_id, self.worker_id, message, retryable=retryable)
                log.warning("job %s attempt %d failed (%s): %s", job_id, job.attempt, state, message)

    def wait_for(self, job_id: str, tenant: str, timeout_s: float = 120.0) -> Job:
        """Process this user's jobs in order until ``job_id`` has finished (``?wait=true``)."""
        user_pk = self.queue.owner(job_id)
        deadline = time.monotonic() + timeout_s
        while True:
            job = self.queue.get(job_id, tenant)
            if job.state in (JobState.done, JobState.failed) or time.monotonic() > deadline:
                return job
            if job.state == JobState.queued and job.run_after.timestamp() > time.time():
                return job  # backing off after a failure: the caller sees the error and the next attempt time
            if self.run_once(user_pk=user_pk) is None:
                time.sleep(0.05)  # another worker holds it; wait for it

    # -- background thread ------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self.run_forever, name="tacit-worker", daemon=True)
        self._thread.start()

    def recover(self, *, starting: bool = True) -> list[str]:
        """Give back the jobs that processes of this host held when they died (a SIGKILL, a crash, an OOM kill),
        instead of waiting for their lease. Run when the worker starts and every ``RECOVER_EVERY_S`` after."""
        released = self.queue.release_gone(self.worker_id, starting=starting)
        if released:
            log.warning(
                "worker %s: took back %d job(s) held by dead processes: %s", self.worker_id, len(released), released
            )
        return released

    def run_forever(self) -> None:
        log.info("worker %s started", self.worker_id)
        next_recovery = 0.0
        while not self._stop.is_set():
            try:
                if time.monotonic() >= next_recovery:
                    self.recover(starting=next_recovery == 0.0)
                    next_recovery = time.monotonic() + RECOVER_EVERY_S
                if self.run_once() is None:
                    self._stop.wait(self.poll_s)
            except Exception:
                log.exception("worker loop error; continuing")
                self._stop.wait(self.poll_s * 4)
        released = self.queue.release(self.worker_id)
        log.info("worker %s stopped (released %d jobs)", self.worker_id, released)

    def request_stop(self) -> None:
        """Ask the loop to stop after the job in hand (safe from a signal handler)."""
        self._stop.set()

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Finish the job in hand, then stop and release anything still held. A job still in hand after
        ``timeout_s`` is given back to the queue at once (its attempt not counted; should the job finish
        later, its completion is refused and its effects rolled back), so a stopping process never leaves a
        job to wait for its lease. Returns whether the loop ended in time."""
        self._stop.set()
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        if not self._thread.is_alive():
            return True
        released = self.queue.release(self.worker_id)
        log.warning(
            "worker %s: job in hand unfinished after %.0f s; released %d job(s)", self.worker_id, timeout_s, released
        )
        return False

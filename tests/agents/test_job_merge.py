"""A worker that is behind learns a user's queued chat jobs in one pass: one read, one extraction, one commit."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate
from agents.services import Services
from memory.db.engine import write_tx
from memory.errors import Conflict
from memory.learn.jobs import MERGE_TURNS, JobState
from memory.learn.log import EXTRACT_JOB, NewTurns
from memory.settings import WorkerSettings
from memory.types import MemoryKind
from tests.fakes import ScriptedExtractor


def _say(svc: Services, user: str, text: str, session: str | None = None) -> str:
    body = {"turns": [{"role": "user", "content": text}, {"role": "assistant", "content": "Noted."}]}
    receipt = svc.log.append(user, NewTurns.model_validate({**body, "session_id": session}))
    assert receipt.job_id is not None
    return receipt.job_id


def test_queued_jobs_of_a_user_share_one_pass_and_each_carries_its_result(
    svc: Services, scripted: ScriptedExtractor
) -> None:
    jobs = [_say(svc, "ana", t) for t in ("I'm vegetarian.", "I live in Oslo.", "I love running every morning.")]
    other = _say(svc, "bo", "I hate olives.")
    scripted.enqueue(
        [
            Candidate(text="Is vegetarian", kind=MemoryKind.constraint),
            Candidate(text="Runs every morning", kind=MemoryKind.preference),
        ],
        [Candidate(text="Dislikes olives", kind=MemoryKind.preference)],
    )
    assert svc.worker.drain() == 4
    turns, focus = scripted.calls[0]
    assert [turns[i].content for i in focus] == ["I'm vegetarian.", "I live in Oslo.", "I love running every morning."]
    assert len(scripted.calls) == 2  # ana's three jobs in one extraction, bo's alone
    for job_id in jobs:
        job = svc.queue.get(job_id, "default")
        assert job.state == JobState.done
        assert job.result["jobs"] == jobs and len(job.result["memories"]) == 2
    assert "jobs" not in svc.queue.get(other, "default").result
    texts = {m.text for m in svc.store.list_memories("ana").items}
    assert texts == {"Is vegetarian", "Runs every morning"}
    assert svc.worker.stats["done"] == 4


def test_another_session_or_kind_ends_the_run(svc: Services, scripted: ScriptedExtractor) -> None:
    first = [_say(svc, "cy", "I like tea.", "s1"), _say(svc, "cy", "I like jazz.", "s1")]
    later = _say(svc, "cy", "I like chess.", "s2")
    scripted.enqueue(
        [Candidate(text="Likes tea", kind=MemoryKind.preference)],
        [Candidate(text="Likes chess", kind=MemoryKind.preference)],
    )
    assert svc.worker.run_once() == first[0]
    assert svc.queue.get(first[1], "default").state == JobState.done
    assert svc.queue.get(later, "default").state == JobState.queued  # another session: a pass of its own
    assert svc.worker.run_once() == later
    assert [len(focus) for _, focus in scripted.calls] == [2, 1]


def test_a_failed_pass_fails_each_job_and_each_retries_alone(parts: Services, scripted: ScriptedExtractor) -> None:
    svc = Services(parts.settings, embedder=parts.embedder, index=parts.index, extractor=scripted)
    svc.queue._backoff_s = 0.0  # retried at once: the test waits for states, not for a back-off
    try:
        jobs = [_say(svc, "di", t) for t in ("I'm vegan.", "I like rain.")]
        scripted.enqueue(
            RuntimeError("the model is down"), [Candidate(text="Is vegan", kind=MemoryKind.preference)], []
        )
        assert svc.worker.run_once() == jobs[0]
        assert [svc.queue.get(j, "default").state for j in jobs] == [JobState.queued, JobState.queued]
        assert svc.worker.drain() == 2
        assert [len(focus) for _, focus in scripted.calls] == [2, 1, 1]  # merged once, then one pass each
        assert all(svc.queue.get(j, "default").state == JobState.done for j in jobs)
    finally:
        svc.close()


def test_merge_jobs_one_runs_one_job_per_pass(parts: Services, scripted: ScriptedExtractor) -> None:
    settings = parts.settings.model_copy(update={"worker": WorkerSettings(merge_jobs=1)})
    svc = Services(settings, embedder=parts.embedder, index=parts.index, extractor=scripted)
    try:
        for t in ("I like figs.", "I like plums."):
            _say(svc, "ed", t)
        scripted.enqueue([], [])
        assert svc.worker.drain() == 2
        assert [len(focus) for _, focus in scripted.calls] == [1, 1]
    finally:
        svc.close()


def test_a_pass_completes_only_while_its_worker_holds_every_job(svc: Services) -> None:
    jobs = [_say(svc, "fa", t) for t in ("I like tea.", "I like jazz.")]
    claimed = svc.queue.claim("w1", merge=EXTRACT_JOB, merge_max=8)
    assert claimed is not None and claimed.ids == jobs
    svc.queue.release("w1")  # w1 gave both back (a stop), and w2 took the first again
    taken = svc.queue.claim("w2")
    assert taken is not None and taken.ids == [jobs[0]]
    with pytest.raises(Conflict), write_tx(svc.sessions) as s:
        svc.queue.complete_in(s, claimed.ids, "w1", {"memories": []})
    assert [svc.queue.get(j, "default").state for j in jobs] == [JobState.running, JobState.queued]


def test_a_pass_stops_before_it_would_hold_more_than_merge_turns_messages(
    svc: Services, scripted: ScriptedExtractor
) -> None:
    def batch(n: int) -> str:
        turns = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"Line {i}."} for i in range(n)]
        receipt = svc.log.append("gus", NewTurns.model_validate({"turns": turns}))
        assert receipt.job_id is not None
        return receipt.job_id

    first, second, third = batch(MERGE_TURNS - 10), batch(8), batch(4)  # 54 + 8 fit; 4 more would not
    claimed = svc.queue.claim("w1", merge=EXTRACT_JOB, merge_max=8)
    assert claimed is not None and claimed.ids == [first, second]
    assert svc.queue.get(third, "default").state == JobState.queued


def test_a_job_tried_before_is_not_merged_into_another_pass(svc: Services) -> None:
    svc.queue._backoff_s = 0.0  # the failed job is runnable again at once
    jobs = [_say(svc, "hal", t) for t in ("I like tea.", "I like jazz.")]
    first = svc.queue.claim("w1", merge=EXTRACT_JOB, merge_max=8)
    assert first is not None and first.ids == jobs
    svc.queue.fail(jobs[0], "w1", "bad turns", retryable=False)  # parked; a person retries it later
    svc.queue.fail(jobs[1], "w1", "the model is down")  # back in the queue, its first attempt spent
    assert svc.queue.retry(jobs[0], "default").state == JobState.queued
    again = svc.queue.claim("w2", merge=EXTRACT_JOB, merge_max=8)
    assert again is not None and again.ids == [jobs[0]]  # the other job, tried before, runs alone

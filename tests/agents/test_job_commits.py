"""A learning job's memories, its completion and the user's profile commit in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import event

from agents.extract.types import Candidate
from agents.services import Services
from memory.learn.log import NewTurns
from memory.types import Memory, MemoryKind
from tests.fakes import ScriptedExtractor


def test_the_profile_commits_with_the_jobs_memories(svc: Services, scripted: ScriptedExtractor) -> None:
    svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I'm vegetarian."}]}))
    scripted.enqueue([Candidate(text="Is vegetarian", kind=MemoryKind.constraint, subject="diet")])
    commits: list[int] = []

    def committed(_conn: Any) -> None:
        commits.append(1)

    event.listen(svc.engine, "commit", committed)
    try:
        assert svc.worker.run_once() is not None
    finally:
        event.remove(svc.engine, "commit", committed)
    # the claim's lease, the job (memories, events, index outbox, completion, profile), the outbox row's removal
    # once the index has the vector
    assert len(commits) == 3
    assert "Is vegetarian" in svc.profiles.get("ana").markdown


def test_a_job_that_learns_nothing_leaves_the_profile_alone(svc: Services, scripted: ScriptedExtractor) -> None:
    svc.log.append("bo", NewTurns.model_validate({"turns": [{"role": "user", "content": "What time is it?"}]}))
    scripted.enqueue([])
    commits: list[int] = []
    event.listen(svc.engine, "commit", lambda _c: commits.append(1))
    assert svc.worker.run_once() is not None
    assert len(commits) == 2  # the lease and the job's completion; no profile, no index change


def test_with_a_summarizer_the_job_refreshes_the_profile_after_its_commit(
    parts: Services, scripted: ScriptedExtractor
) -> None:
    calls: list[int] = []

    def summarize(items: Sequence[Memory]) -> str:
        calls.append(len(items))
        return f"{len(items)} thing(s) known."

    svc = Services(parts.settings, embedder=parts.embedder, index=parts.index, extractor=scripted, summarizer=summarize)
    try:
        svc.log.append("cy", NewTurns.model_validate({"turns": [{"role": "user", "content": "I'm vegetarian."}]}))
        scripted.enqueue([Candidate(text="Is vegetarian", kind=MemoryKind.constraint, subject="diet")])
        assert svc.worker.run_once() is not None
        assert calls == [1]  # written by the job, outside its transaction
        profile = svc.profiles.get("cy")
        assert profile.summary == "1 thing(s) known." and not profile.summary_stale and calls == [1]
    finally:
        svc.close()

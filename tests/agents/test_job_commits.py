"""A learning job's memories, its completion and the user's profile commit in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import event, select

from agents.extract.types import Candidate
from agents.services import Services
from memory.db.tables import ProfileRow, UserRow
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


def test_a_job_records_the_change_and_the_next_read_renders_it(svc: Services, scripted: ScriptedExtractor) -> None:
    """The job stores the items' hash and time, not a rendering (which reads other users' vectors); the first read
    renders and stores it, keeping the job's time as when the profile changed."""
    svc.log.append("di", NewTurns.model_validate({"turns": [{"role": "user", "content": "I'm vegetarian."}]}))
    scripted.enqueue([Candidate(text="Is vegetarian", kind=MemoryKind.constraint, subject="diet")])
    assert svc.worker.run_once() is not None
    with svc.sessions() as s:
        row = s.scalars(select(ProfileRow).join(UserRow).where(UserRow.external_id == "di")).one()
        learned_at, digest = row.updated_at, row.items_hash
    assert digest and row.markdown == ""  # recorded, not rendered
    profile = svc.profiles.get("di")
    assert "Is vegetarian" in profile.markdown
    assert profile.updated_at.replace(tzinfo=None) == learned_at.replace(tzinfo=None)
    with svc.sessions() as s:
        row = s.scalars(select(ProfileRow).join(UserRow).where(UserRow.external_id == "di")).one()
        assert "Is vegetarian" in row.markdown and row.items_hash == digest  # stored by the read


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

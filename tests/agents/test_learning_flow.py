"""The learning path on the real stack (SQLite, Chroma, the embedding model), with a scripted extractor so
that each test states exactly what was extracted and checks what reconciliation made of it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agents.extract.types import Candidate, Extraction, Usage
from agents.llm.base import LLMTimeout
from agents.services import Services
from memory.db.engine import write_tx
from memory.db.tables import MemoryRow
from memory.learn import jobs
from memory.learn.jobs import JobState
from memory.learn.log import NewTurns
from memory.store.schemas import MemoryPatch, NewMemory
from memory.types import MemoryKind, MemorySource, MemoryStatus
from tests.fakes import ScriptedExtractor

pytestmark = pytest.mark.both_backends


def say(svc: Services, user: str, *turns: tuple[str, str]) -> str:
    receipt = svc.log.append(user, NewTurns.model_validate({"turns": [{"role": r, "content": c} for r, c in turns]}))
    assert receipt.job_id is not None
    job = svc.worker.wait_for(receipt.job_id, "default")
    assert job.state == JobState.done, job.error
    return receipt.job_id


def fact(text: str, subject: str = "", kind: MemoryKind = MemoryKind.fact, **kw: object) -> Candidate:
    return Candidate(text=text, kind=kind, subject=subject, category=str(kw.pop("category", "general")), **kw)  # type: ignore[arg-type]


def active(svc: Services, user: str) -> list[str]:
    return sorted(m.text for m in svc.store.list_memories(user).items)


def test_learns_with_evidence_pointing_at_the_turn(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Is vegetarian", "diet", MemoryKind.constraint, category="food", quote="I'm vegetarian")])
    job_id = say(svc, "ana", ("assistant", "Hi! How can I help?"), ("user", "I'm vegetarian, any dinner ideas?"))
    [m] = svc.store.list_memories("ana").items
    user_turn = next(msg for msg in svc.log.list("ana") if msg.role == "user")
    assert m.evidence[0].message_id == user_turn.id and m.evidence[0].quote == "I'm vegetarian"
    assert m.source == MemorySource.explicit
    job = svc.queue.get(job_id, "default")
    assert job.result["memories"] == [{"op": "add", "memory_id": m.id, "replaced_id": None}]
    assert job.result["extractor"] == "scripted" and job.result["prompt_version"]
    assert "Is vegetarian" in svc.profiles.get("ana").markdown


def test_same_statement_reinforces_instead_of_duplicating(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Is vegetarian", "diet")], [fact("Is a vegetarian", "diet")])
    say(svc, "ana", ("user", "I'm vegetarian."))
    say(svc, "ana", ("user", "As I said, I am a vegetarian."))
    [m] = svc.store.list_memories("ana").items
    assert m.seen_count == 2 and len(m.evidence) == 2 and m.confidence > 0.8


def test_change_of_mind_supersedes_and_keeps_the_old_item(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Lives in Munich", "home city")], [fact("Lives in Berlin", "home city")])
    say(svc, "ana", ("user", "I live in Munich."))
    say(svc, "ana", ("user", "I moved to Berlin last month."))
    assert active(svc, "ana") == ["Lives in Berlin"]
    [old] = svc.store.list_memories("ana", _status("superseded")).items
    assert old.text == "Lives in Munich" and old.valid_to is not None and old.superseded_by is not None
    assert svc.store.restore("ana", old.id).status == MemoryStatus.active


def test_opposite_preference_supersedes(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Likes spicy food", "spicy food", MemoryKind.preference)],
        [fact("Dislikes spicy food", "spicy food", MemoryKind.dislike, polarity="negative")],
    )
    say(svc, "ana", ("user", "I love spicy food."))
    say(svc, "ana", ("user", "Actually I can't handle spicy food anymore."))
    assert active(svc, "ana") == ["Dislikes spicy food"]


def test_pinned_item_survives_a_contradiction(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Lives in Munich", "home city")], [fact("Lives in Berlin", "home city", confidence=0.9)])
    say(svc, "ana", ("user", "I live in Munich."))
    [munich] = svc.store.list_memories("ana").items
    svc.store.update("ana", munich.id, MemoryPatch(pinned=True))
    say(svc, "ana", ("user", "I moved to Berlin."))
    items = {m.text: m for m in svc.store.list_memories("ana").items}
    assert items["Lives in Munich"].pinned and items["Lives in Munich"].status == MemoryStatus.active
    assert items["Lives in Berlin"].related_to == munich.id and items["Lives in Berlin"].confidence <= 0.3


def test_rerunning_the_same_turns_changes_nothing(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Owns a border collie", "pet")], [fact("Owns a border collie", "pet")])
    first_job = say(svc, "ana", ("user", "My border collie needs a walk."))
    msg = svc.log.list("ana")[0]
    # a second job over the same message ids: what a re-delivered job looks like
    with write_tx(svc.sessions) as s:
        job_id = jobs.enqueue(s, svc.queue.owner(first_job), "extract", {"first_id": msg.id, "last_id": msg.id})
    assert svc.worker.wait_for(job_id, "default").state == JobState.done
    [m] = svc.store.list_memories("ana").items
    assert m.seen_count == 1 and len(m.evidence) == 1


def test_failures_retry_then_park_and_can_be_retried(svc: Services, scripted: ScriptedExtractor) -> None:
    svc.queue._backoff_s = 0.0  # retry at once in this test
    scripted.enqueue(*[LLMTimeout("the model took too long")] * 5)
    receipt = svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I love jazz."}]}))
    assert receipt.job_id
    for _ in range(5):
        svc.worker.run_once()
    job = svc.queue.get(receipt.job_id, "default")
    assert job.state == JobState.failed and job.attempts == 5 and "too long" in (job.error or "")
    assert svc.log.list("ana")[0].content == "I love jazz."  # the turns stay in the log
    scripted.enqueue([fact("Likes jazz", "jazz", MemoryKind.preference)])
    assert svc.queue.retry(receipt.job_id, "default").state == JobState.queued
    assert svc.worker.wait_for(receipt.job_id, "default").state == JobState.done
    assert active(svc, "ana") == ["Likes jazz"]


def test_a_job_abandoned_on_its_last_attempt_is_parked(svc: Services) -> None:
    receipt = svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I like tea."}]}))
    assert receipt.job_id
    dying = jobs.JobQueue(svc.sessions, lease_s=0.0)  # every lease has expired by the next claim
    claims = [dying.claim(f"w{i}") for i in range(6)]
    assert [c.attempt if c else None for c in claims] == [1, 2, 3, 4, 5, None]
    job = svc.queue.get(receipt.job_id, "default")
    assert job.state == JobState.failed and job.attempts == 5 and "lease expired" in (job.error or "")
    assert svc.queue.retry(receipt.job_id, "default").state == JobState.queued  # a person can still retry it


def test_usage_is_recorded_on_the_job(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        Extraction(candidates=[fact("Is a nurse", "job")], usage=Usage(input_tokens=120, output_tokens=30, calls=1))
    )
    job_id = say(svc, "ana", ("user", "I work as a nurse."))
    assert svc.queue.get(job_id, "default").result["usage"] == {"input_tokens": 120, "output_tokens": 30, "calls": 1}


def test_jobs_of_one_user_run_in_order(svc: Services) -> None:
    first = svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I like tea."}]}))
    second = svc.log.append("ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "I like cake."}]}))
    other = svc.log.append("bo", NewTurns.model_validate({"turns": [{"role": "user", "content": "I like rain."}]}))
    a = svc.queue.claim("w1")
    b = svc.queue.claim("w2")
    assert a is not None and a.id == first.job_id
    assert b is not None and b.id == other.job_id  # ana's second job waits for her first
    assert svc.queue.claim("w3") is None
    svc.queue.release("w1")
    c = svc.queue.claim("w3")
    assert c is not None and c.id == first.job_id and second.job_id != c.id


def test_nothing_is_extracted_from_assistant_only_batches(svc: Services, scripted: ScriptedExtractor) -> None:
    receipt = svc.log.append(
        "ana", NewTurns.model_validate({"turns": [{"role": "assistant", "content": "I love jazz"}]})
    )
    assert receipt.job_id is None and scripted.calls == []
    with svc.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MemoryRow)) == 0


def _status(name: str):  # type: ignore[no-untyped-def]
    from memory.store.schemas import MemoryFilter

    return MemoryFilter(status=[MemoryStatus(name)])


def test_secrets_never_become_memories_or_reach_the_index(parts: Services) -> None:
    receipt = parts.log.append(
        "ana", NewTurns.model_validate({"turns": [{"role": "user", "content": "My password is hunter2, I love jazz."}]})
    )
    assert receipt.job_id
    assert "hunter2" not in parts.log.list("ana")[0].content  # redacted before it is stored
    assert parts.worker.wait_for(receipt.job_id, "default").state == JobState.done
    texts = [m.text for m in parts.store.list_memories("ana").items]
    assert all("hunter2" not in t and "[redacted]" not in t for t in texts)
    assert not any("password" in t.lower() for t in texts)
    m = parts.store.add("ana", NewMemory(text="Bank PIN is 4321"))
    assert m.text == "Bank PIN is [redacted]"
    hits = parts.store.search("ana", "4321", k=10)
    assert all("4321" not in h.memory.text for h in hits)

"""The learning path on the real model: the OpenAI-compatible extractor reads a real conversation through
the extraction graph, and whatever valid memories it answers are committed with their evidence. An answer
that stays invalid after the repair retry fails the job visibly, and the job can be retried."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.extract.llm_extractor import LLMExtractor
from agents.llm.local_server import LocalServer
from agents.llm.openai_compat import OpenAICompatLLM
from agents.services import Services
from memory.db.migrate import upgrade
from memory.learn.jobs import JobState
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.settings import LLMSettings, Settings, WorkerSettings
from memory.types import CATEGORY_PATTERN, MemoryKind
from tests.llm_local.conftest import CALL_TIMEOUT_S

CONVERSATION = [  # the pinned model answers one item for it (with kind and category of its own choosing)
    ("user", "My name is Ana and I work as a nurse. I always drink green tea in the morning."),
    ("assistant", "Nice to meet you, Ana! How can I help?"),
    ("user", "I prefer window seats on trains. Any tips for my trip to Lyon?"),
]


@pytest.fixture
def services(tmp_path: Path, embedder: Embedder, local_model: LocalServer) -> Iterator[Services]:
    """The real stack with the extraction LLM on the local server, configured the way a user would."""
    settings = Settings(
        data_dir=tmp_path,
        worker=WorkerSettings(in_process=False, max_attempts=1),
        llm=LLMSettings(provider="openai", base_url=local_model.base_url, timeout_s=CALL_TIMEOUT_S),
    )
    upgrade(settings.sqlalchemy_url())
    s = Services(settings, embedder=embedder)
    yield s
    s.close()


def say(svc: Services, user: str) -> str:
    turns = [{"role": r, "content": c} for r, c in CONVERSATION]
    receipt = svc.log.append(user, NewTurns.model_validate({"turns": turns}))
    assert receipt.job_id is not None
    return receipt.job_id


def test_the_extractor_answers_schema_valid_candidates_and_the_graph_commits_them(services: Services) -> None:
    assert services.extractor.name == "llm:openai"  # the plain OpenAI-compatible provider, nothing local-specific
    job = services.worker.wait_for(say(services, "ana"), "default", timeout_s=3 * CALL_TIMEOUT_S)
    assert job.state == JobState.done, job.error
    assert job.result["extractor"] == "llm:openai" and job.result["usage"]["calls"] in (1, 2)
    assert job.result["usage"]["input_tokens"] > 0 and job.result["usage"]["output_tokens"] > 0
    user_turns = {m.id for m in services.log.list("ana") if m.role == "user"}
    memories = services.store.list_memories("ana").items
    # each committed memory is a valid item citing a user turn; each op of the job is one of them
    committed = {op["memory_id"] for op in job.result["memories"]}
    assert committed <= {m.id for m in memories} and len(memories) == len(committed)
    for m in memories:
        assert m.text.strip() and isinstance(m.kind, MemoryKind) and re.fullmatch(CATEGORY_PATTERN, m.category)
        assert 0.0 <= m.confidence <= 1.0
        assert m.evidence and {e.message_id for e in m.evidence} <= user_turns
        assert any(e.actor == "agent:llm:openai" for e in services.store.history("ana", m.id))


def test_an_answer_still_invalid_after_the_repair_fails_the_job_visibly_and_it_can_be_retried(
    services: Services, local_model: LocalServer
) -> None:
    # a token limit too small for any answer: both answers are cut off, so both are rejected
    cramped = OpenAICompatLLM(base_url=local_model.base_url, max_tokens=4, timeout_s=CALL_TIMEOUT_S)
    failing = Services(
        services.settings, embedder=services.embedder, index=services.index, extractor=LLMExtractor(cramped)
    )
    try:
        job = failing.worker.wait_for(say(failing, "bo"), "default", timeout_s=3 * CALL_TIMEOUT_S)
    finally:
        failing.close()
        cramped.close()
    assert job.state == JobState.failed and job.attempts == 1
    assert "after one repair retry" in (job.error or "") and "output token limit" in (job.error or "")
    assert services.store.list_memories("bo").items == []
    assert services.queue.retry(job.id, "default").state == JobState.queued
    again = services.worker.wait_for(job.id, "default", timeout_s=3 * CALL_TIMEOUT_S)
    assert again.state == JobState.done, again.error  # the retried job ran again, with the working extractor

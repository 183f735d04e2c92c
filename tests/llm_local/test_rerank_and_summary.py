"""Recall's reranker and the profile's summary on the real model: the reranker's answer is parsed and
applied to what recall injects; the summary is written, stored and not asked for again while the items
stay the same."""

from __future__ import annotations

from pathlib import Path

from agents.llm.local_server import LocalServer
from agents.llm.openai_compat import OpenAICompatLLM
from agents.llm.summary import LLMSummarizer
from agents.services import Services
from memory.db.migrate import upgrade
from memory.ports import Embedder
from memory.profile.service import ProfileService
from memory.recall import prefix as px
from memory.recall.types import ContextRequest
from memory.settings import LLMSettings, RecallSettings, Settings, WorkerSettings
from memory.store.schemas import NewMemory, NewUser
from memory.types import MemoryKind
from tests.llm_local.conftest import Counting

NOTES = (
    ("Has a severe peanut allergy", MemoryKind.constraint),
    ("Loves spicy food", MemoryKind.preference),
    ("Collects vintage jazz records", MemoryKind.preference),
    ("Prefers window seats on trains", MemoryKind.preference),
    ("Works as a nurse on night shifts", MemoryKind.fact),
)
THAI = "Any Thai restaurants you'd recommend in Bangkok?"


def seed(parts: Services, user: str) -> None:
    parts.store.create_user(NewUser(id=user))
    for text, kind in NOTES:
        parts.store.add(user, NewMemory(text=text, kind=kind))


def test_the_rerankers_pick_is_parsed_and_applied(
    parts: Services, local_model: LocalServer, tmp_path: Path, embedder: Embedder
) -> None:
    llm = LLMSettings(provider="openai", base_url=local_model.base_url)
    recall = RecallSettings(rerank="llm", rerank_timeout_s=120)
    settings = Settings(data_dir=tmp_path / "rerank", worker=WorkerSettings(in_process=False), llm=llm, recall=recall)
    upgrade(settings.sqlalchemy_url())
    services = Services(settings, embedder=embedder)
    try:
        seed(services, "ana")
        result = services.recall.context("ana", ContextRequest(query=THAI))
        stats = dict(services.recall.stats)
    finally:
        services.close()
    assert stats["reranks"] == 1 and stats["rerank_failures"] == 0  # the model's answer parsed
    # what recall injects beyond the core items is exactly what the model picked, each with its reason
    for c in result.items:
        assert c.section == "core" or any(w.startswith("the model") for w in c.why), c.why
        if c.section != "core":
            assert px.escape(c.memory.text) in result.prefix


def test_the_profile_summary_is_written_and_cached(parts: Services, llm: OpenAICompatLLM) -> None:
    seed(parts, "bo")
    model = Counting(llm)
    profiles = ProfileService(parts.sessions, summarizer=LLMSummarizer(model))
    first = profiles.get("bo")
    assert model.calls == 1
    assert first.summary and not first.summary_stale and len(first.summary.split()) <= 80
    assert first.summary in first.markdown
    again = ProfileService(parts.sessions, summarizer=LLMSummarizer(model)).get("bo")  # read back from SQL
    assert again.summary == first.summary and model.calls == 1
    parts.store.add("bo", NewMemory(text="Is learning to play the cello", kind=MemoryKind.fact))
    changed = profiles.get("bo")
    assert model.calls == 2 and changed.summary and not changed.summary_stale

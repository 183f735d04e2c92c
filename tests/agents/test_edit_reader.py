"""Edit readers: the LLM reader states the preference in words (ScriptedLLM), and both readers enter the one
learning graph at read_edit and end as stored memories of source ``edit``."""

from __future__ import annotations

from agents.edits.llm import EDIT_SYSTEM, LLMEditReader
from agents.edits.reader import EditInput, OfflineEditReader
from agents.graph.graph import builder
from agents.graph.state import LearnContext
from agents.llm.scripted import ScriptedLLM
from memory.ports import Embedder
from memory.store.schemas import MemoryFilter
from memory.store.service import MemoryStore
from memory.types import MemorySource, MemoryStatus
from tests.fakes import ScriptedExtractor

EMAIL = EditInput(
    draft="Hey Ana! The numbers look awesome, let's chat soon!",
    edited="Dear Ana, the figures are in line with our forecast. Kind regards",
    request="reply to my manager's email about the quarterly numbers",
)


def stated(text: str, subject: str, general: bool) -> dict[str, object]:
    return {"text": text, "subject": subject, "category": "Communication", "general": general}


def test_the_llm_reader_states_the_preference_and_keeps_both_texts() -> None:
    llm = ScriptedLLM({"preferences": [stated("Writes to managers in a formal register", "tone", False),
                                       stated("Prefers 'figures' over 'numbers'", "wording", True)]})  # fmt: skip
    result = LLMEditReader(llm).read(EMAIL)
    tone, word = result.candidates
    assert tone.text == "Writes to managers in a formal register" and tone.context == "writing work emails"
    assert word.context == "" and word.category == "communication"  # general: not tied to where it happened
    assert all(c.source == MemorySource.edit and c.quote.startswith(f"draft: {EMAIL.draft}") for c in (tone, word))
    assert f"edited: {EMAIL.edited}" in tone.quote
    assert result.usage.calls == 1
    [request] = llm.requests
    assert request.system == EDIT_SYSTEM and request.schema_name == "StatedPreferences"
    assert f"<draft>{EMAIL.draft}</draft>" in request.messages[0].content


def test_the_llm_reader_can_find_nothing() -> None:
    assert LLMEditReader(ScriptedLLM({"preferences": []})).read(EMAIL).candidates == []


def test_an_edit_enters_the_learning_graph_at_read_edit(store: MemoryStore, embedder: Embedder) -> None:
    store.ensure_user("ana")
    graph = builder().compile()
    extractor = ScriptedExtractor()  # the chat path's extractor is never called for an edit
    llm = ScriptedLLM({"preferences": [stated("Writes to managers in a formal register", "tone", False)]})
    for reader in (OfflineEditReader(), LLMEditReader(llm)):
        ctx = LearnContext(
            store=store, embedder=embedder, extractor=extractor, edits=reader, actor=f"agent:{reader.name}"
        )
        out = graph.invoke({"user_id": "ana", "edit": EMAIL}, context=ctx)
        assert out["applied"], reader.name
    assert extractor.calls == []
    # the same subject (tone) in the same context: the second statement supersedes the first
    [active] = [m for m in store.list_memories("ana").items if m.subject == "tone"]
    assert active.text == "Writes to managers in a formal register" and active.source == MemorySource.edit
    assert active.context == "writing work emails"
    ended = store.list_memories("ana", MemoryFilter(status=[MemoryStatus.superseded])).items
    assert [m.text for m in ended] == ["Prefers a formal, professional tone"]

"""tacit.Memory: in-process tacit on its own data dir, and over ready-made parts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from agents.services import Services
from memory.learn.jobs import JobState
from memory.settings import Settings
from tacit import Memory
from tests.tacit.conftest import VEGETARIAN, eventually


def test_import_tacit_is_light() -> None:
    import subprocess

    code = "import sys, tacit; print(sorted({m.split('.')[0] for m in sys.modules} & {'api', 'sqlalchemy', 'torch'}))"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.strip() == "[]"


def test_own_data_dir_is_migrated_and_logs_without_waiting(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    with Memory(data, worker=False) as memory:
        assert (data / "tacit.db").exists()
        job_id = memory.observe("ana", [{"role": "user", "content": "I'm vegetarian."}], session_id="s1")
        assert job_id is not None
        assert memory.services.queue.get(job_id, "default").state == JobState.queued
        assert [m.content for m in memory.services.log.list("ana")] == ["I'm vegetarian."]
        assert memory.observe("ana", [{"role": "assistant", "content": "Noted."}]) is None  # nothing to learn
    with pytest.raises(TypeError):
        Memory(data, services=memory.services)


def test_settings_and_data_dir_combine(tmp_path: Path) -> None:
    with Memory(tmp_path / "b", Settings(data_dir=tmp_path / "a"), worker=False) as memory:
        assert memory.services.settings.data_dir == tmp_path / "b"
        assert "tacit.Memory" in repr(memory)


def test_conveniences(memory: Memory, ana: str) -> None:
    tea = memory.add(ana, "Drinks green tea every morning", category="drinks")
    assert [m.text for m in memory.list(ana)] == [tea.text, VEGETARIAN]
    assert memory.search(ana, "breakfast beverage", k=1)[0].memory.id == tea.id
    result = memory.context(ana, query="what should I cook for dinner?", budget_tokens=200)
    assert VEGETARIAN in result.prefix and result.tokens <= 200
    assert memory.prefix(ana, [{"role": "user", "content": "dinner?"}]).startswith("<user_memory>")
    assert memory.prefix("ghost", query="dinner?") == ""  # an unknown user has no memories yet
    memory.add("new-user", "Likes jazz")  # created on first sight
    assert [m.text for m in memory.list("new-user")] == ["Likes jazz"]


def test_the_worker_thread_learns_in_the_background(parts: Services) -> None:
    with Memory(services=parts, worker=True) as memory:
        started = time.monotonic()
        job_id = memory.observe(
            "ana",
            [
                {"role": "user", "content": "I'm vegetarian, so please never suggest meat dishes."},
                {"role": "assistant", "content": "Got it, only vegetarian recipes from now on."},
            ],
        )
        assert job_id is not None and time.monotonic() - started < 1.0
        eventually(lambda: memory.services.queue.get(job_id, "default").state == JobState.done, timeout_s=20)
        assert memory.drain() == 0
    learned = [m.text.lower() for m in parts.store.list_memories("ana").items]
    assert any("vegetarian" in t for t in learned), learned

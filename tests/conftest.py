"""Shared fixtures: the real embedding model (loaded once), SQLite and Chroma in temp dirs, migrations
applied the way production applies them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from api.app import create_app
from api.container import Services
from memory.db.migrate import upgrade
from memory.embedding.sentence_transformer import SentenceTransformerEmbedder
from memory.settings import Settings, WorkerSettings
from memory.store.service import MemoryStore
from memory.vector.chroma import ChromaIndex
from tests.fakes import FlakyIndex


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    e = SentenceTransformerEmbedder(model_name="all-MiniLM-L6-v2")
    e.embed(["load the model once per test session"])
    return e


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # no background worker in-process: tests run jobs themselves (or with ?wait=true), deterministically
    return Settings(data_dir=tmp_path / "data", worker=WorkerSettings(in_process=False))


@pytest.fixture
def flaky_index(settings: Settings) -> FlakyIndex:
    return FlakyIndex(ChromaIndex(path=settings.chroma_path()))


@pytest.fixture
def parts(settings: Settings, embedder: SentenceTransformerEmbedder, flaky_index: FlakyIndex) -> Iterator[Services]:
    upgrade(settings.sqlalchemy_url())
    p = Services(settings, embedder=embedder, index=flaky_index)
    yield p
    p.close()


@pytest.fixture
def store(parts: Services) -> MemoryStore:
    return parts.store


@pytest.fixture
def client(parts: Services) -> Iterator[TestClient]:
    with TestClient(create_app(parts=parts)) as c:
        yield c

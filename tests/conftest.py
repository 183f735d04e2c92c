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
from memory.build import Parts
from memory.db.migrate import upgrade
from memory.embedding.sentence_transformer import SentenceTransformerEmbedder
from memory.settings import Settings
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
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def flaky_index(settings: Settings) -> FlakyIndex:
    return FlakyIndex(ChromaIndex(path=settings.chroma_path()))


@pytest.fixture
def parts(settings: Settings, embedder: SentenceTransformerEmbedder, flaky_index: FlakyIndex) -> Iterator[Parts]:
    upgrade(settings.sqlalchemy_url())
    p = Parts(settings, embedder=embedder, index=flaky_index)
    yield p
    p.close()


@pytest.fixture
def store(parts: Parts) -> MemoryStore:
    return parts.store


@pytest.fixture
def client(parts: Parts) -> Iterator[TestClient]:
    with TestClient(create_app(parts=parts)) as c:
        yield c

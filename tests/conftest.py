"""Shared fixtures: the real embedding model (loaded once), SQLite and Chroma in temp dirs, migrations
applied the way production applies them."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# the in-process test clients (Starlette's TestClient) send Host: testserver; the default allows loopback names only
os.environ.setdefault("TACIT_SECURITY__ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")

from agents.services import Services
from api.app import create_app
from harness.backends import ChromaServer, Postgres, start_chroma, start_postgres
from harness.stubs import AnthropicStub, OpenAIStub
from memory.db.migrate import upgrade
from memory.embedding.onnx import OnnxEmbedder
from memory.ports import Embedder
from memory.settings import Settings, WorkerSettings
from memory.store.service import MemoryStore
from memory.vector.chroma import ChromaIndex
from tests.fakes import FlakyIndex


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    e = OnnxEmbedder(model_name="all-MiniLM-L6-v2")  # the default backend
    e.embed(["load the model once per test session"])
    return e


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_backends`` run twice: on the embedded defaults (SQLite + embedded Chroma) and on
    PostgreSQL + a Chroma server, started by the test session itself."""
    if "backend" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_backends") is not None
        metafunc.parametrize("backend", ["embedded", "server"] if both else ["embedded"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    pg = start_postgres()
    yield pg
    pg.stop()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = start_chroma(tmp_path_factory.mktemp("chroma-server"))
    yield server
    server.stop()


_databases = itertools.count()


@pytest.fixture
def settings(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Settings:
    # no background worker in-process: tests run jobs themselves (or with ?wait=true), deterministically
    base = Settings(data_dir=tmp_path / "data", worker=WorkerSettings(in_process=False))
    if backend == "embedded":
        return base
    pg: Postgres = request.getfixturevalue("postgres")
    chroma: ChromaServer = request.getfixturevalue("chroma_server")
    url = pg.create_database(f"t{next(_databases)}")
    return base.model_copy(update={"database_url": url, "chroma_url": chroma.url})


@pytest.fixture
def flaky_index(settings: Settings) -> Iterator[FlakyIndex]:
    if settings.chroma_url:
        index = ChromaIndex(url=settings.chroma_url)
        yield FlakyIndex(index)
        for partition in index.partitions():  # the server outlives the test: leave it empty
            index.drop_partition(partition)
        return
    yield FlakyIndex(ChromaIndex(path=settings.chroma_path()))


@pytest.fixture
def parts(settings: Settings, embedder: Embedder, flaky_index: FlakyIndex) -> Iterator[Services]:
    upgrade(settings.sqlalchemy_url())
    p = Services(settings, embedder=embedder, index=flaky_index)
    yield p
    p.close()


@pytest.fixture
def store(parts: Services) -> MemoryStore:
    return parts.store


@pytest.fixture
def client(parts: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services=parts)) as c:
        yield c


@pytest.fixture
def openai_stub() -> Iterator[OpenAIStub]:
    """A local OpenAI-compatible server (see harness/stubs); fails the test if it got unexpected requests."""
    with OpenAIStub() as stub:
        yield stub
    assert not stub.problems


@pytest.fixture
def anthropic_stub() -> Iterator[AnthropicStub]:
    """A local Anthropic Messages API (see harness/stubs); fails the test if it got unexpected requests."""
    with AnthropicStub() as stub:
        yield stub
    assert not stub.problems

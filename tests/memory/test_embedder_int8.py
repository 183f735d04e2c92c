"""``embedding.quantize=int8``: the model with 8-bit weights, made once from the export, vectors close to the
full model's, stored under its own name; refused where it cannot apply."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError
from sqlalchemy import select

from agents.services import Services
from memory.build import build_embedder
from memory.db.migrate import upgrade
from memory.db.tables import MemoryRow
from memory.embedding.onnx import OnnxEmbedder, base_model
from memory.embedding.onnx_export import default_cache_dir
from memory.errors import ConfigError
from memory.ports import Embedder
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.recall.types import ContextRequest
from memory.settings import EmbeddingSettings, Settings
from memory.store.schemas import NewMemory, NewUser

TEXTS = [
    "Book me a flight to Tokyo next week",
    "Is allergic to peanuts",
    "Prefers aisle seats on long flights",
    "when I write to my boss keep it formal",
    "too long, just the code",
]


def test_int8_vectors_stay_close_to_the_full_models(embedder: Embedder) -> None:
    small = OnnxEmbedder(model_name="all-MiniLM-L6-v2", quantize="int8")
    assert small.model_name == "all-MiniLM-L6-v2+int8" and base_model(small.model_name) == "all-MiniLM-L6-v2"
    full, near = embedder.embed(TEXTS), small.embed(TEXTS)
    assert np.allclose(np.linalg.norm(near, axis=1), 1.0, atol=1e-5)
    cosine = np.sum(full * near, axis=1)
    assert cosine.min() >= 0.98, cosine  # per-tensor scales gave 0.92-0.97 (memory/embedding/onnx_export.py)
    flight = near[0] @ near.T
    assert flight[2] > flight[1]  # the seat preference bears on the flight more than the allergy, as in full


def test_the_int8_model_is_made_once_and_reused() -> None:
    OnnxEmbedder(model_name="m", quantize="int8").embed(["make it"])
    files = list(default_cache_dir().glob("*.int8-*.onnx"))
    assert files and not list(default_cache_dir().glob("*.tmp"))
    stamps = {f: f.stat().st_mtime_ns for f in files}
    OnnxEmbedder(model_name="m", quantize="int8").embed(["again"])
    assert {f: f.stat().st_mtime_ns for f in default_cache_dir().glob("*.int8-*.onnx")} == stamps
    assert min(f.stat().st_size for f in files) < 40_000_000  # a quarter of the 90 MB export


def test_int8_is_refused_on_the_torch_backend(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, embedding=EmbeddingSettings(backend="torch", quantize="int8"))
    with pytest.raises(ConfigError) as err:
        build_embedder(settings)
    assert err.value.setting == "TACIT_EMBEDDING__QUANTIZE" and "onnx" in str(err.value)


def test_an_unknown_quantization_is_a_settings_error() -> None:
    with pytest.raises(ValidationError, match="quantize"):
        EmbeddingSettings(quantize="int4")


def test_the_relevance_model_reads_the_int8_models_vectors_but_not_another_models() -> None:
    model = RelevanceModel.load(DEFAULT_PATH)
    model.check("all-MiniLM-L6-v2+int8", 384, model.categories, DEFAULT_PATH)
    with pytest.raises(ConfigError, match="rebuild it"):
        model.check("bge-small+int8", 384, model.categories, DEFAULT_PATH)


def test_requests_mode_embeds_only_the_request_with_int8(tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(data_dir=tmp_path, embedding=EmbeddingSettings(quantize="requests"))
    upgrade(settings.sqlalchemy_url())
    parts = Services(settings, embedder=embedder)
    try:
        assert parts.request_embedder.model_name == "all-MiniLM-L6-v2+int8"
        parts.store.create_user(NewUser(id="ivy"))
        parts.store.add_many("ivy", [NewMemory(text=t) for t in TEXTS[1:3]] + [NewMemory(text="Likes sci-fi novels")])
        with parts.sessions() as s:  # memories keep the full model's vectors: nothing to re-embed
            assert set(s.scalars(select(MemoryRow.embedding_model))) == {"all-MiniLM-L6-v2"}
        got = parts.recall.context("ivy", ContextRequest(query=TEXTS[0]))
        assert "Prefers aisle seats on long flights" in [i.memory.text for i in got.items]
        assert "Likes sci-fi novels" not in [i.memory.text for i in got.items]
        assert parts.request_embedder.recent.get([TEXTS[0]]) is not None  # type: ignore[attr-defined]
    finally:
        parts.close()

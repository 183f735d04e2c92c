"""The relevance encoder (option 1 of issue 14): MiniLM with its top layers fine-tuned for "bears on", trained by
training/relevance/encoder_finetune.py and read by the reranker in numpy (memory/recall/relevance/encoder.py)."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from memory.build import build_reranker
from memory.embedding.sentence_transformer import bundled_model_path
from memory.errors import ConfigError
from memory.ports import Embedder
from memory.recall.relevance.encoder import REBUILD, SETTING, RelevanceEncoder, encoder_for, read_safetensors
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.settings import RecallSettings, Settings
from memory.taxonomy.categories import Categorizer
from tests.memory.relevance_pairs import KITES, REQUEST, SEAT, TINY_PAIRS

TRAIN = TINY_PAIRS


@functools.cache
def _installed() -> tuple[Any, Any]:
    from training.relevance.encoder_finetune import load_bert

    return load_bert()


def _tiny(embedder: Embedder) -> tuple[np.ndarray, dict[str, np.ndarray]]:  # type: ignore[type-arg]
    """Fine-tune the top layer on the six pairs above, from the installed weights; the vectors of REQUEST, SEAT,
    KITES, and the layer."""
    from training.relevance.encoder_finetune import Encoder, train_encoder

    texts = sorted({x for p in TRAIN for x in (p.request, p.memory)})
    base = dict(zip(texts, embedder.embed(texts), strict=True))
    installed, tok = _installed()
    bert = copy.deepcopy(installed)
    enc = Encoder(bert, tok, top=1)
    enc.precompute(texts)
    train_encoder(enc, TRAIN, base, steps=12, seed=14, lr=1e-4, batch=3)
    layer = {f"5.{k}": v.detach().numpy().astype(np.float32) for k, v in bert.encoder.layer[5].state_dict().items()}
    return enc.embed([REQUEST, SEAT, KITES]), layer


def test_a_tiny_fine_tune_moves_the_ordering_the_right_way(embedder: Embedder) -> None:
    before = embedder.embed([REQUEST, SEAT, KITES])
    after, layer = _tiny(embedder)
    gap0 = before[0] @ before[1] - before[0] @ before[2]
    gap1 = after[0] @ after[1] - after[0] @ after[2]
    assert gap1 > gap0 + 0.05  # the seat moved up against the kites for the flight
    assert gap1 > 0
    again, _ = _tiny(embedder)
    assert np.array_equal(again, after)  # seeded: the same weights every time
    # the numpy forward recall runs gives the same vectors as the torch model it was trained as
    path = bundled_model_path()
    numpy_side = RelevanceEncoder(read_safetensors(path / "model.safetensors"), layer, path / "tokenizer.json")
    assert np.allclose(numpy_side.embed([REQUEST, SEAT, KITES]), after, atol=1e-4)


def test_without_tuned_layers_the_numpy_forward_is_the_embedder(embedder: Embedder) -> None:
    path = bundled_model_path()
    plain = RelevanceEncoder(read_safetensors(path / "model.safetensors"), {}, path / "tokenizer.json")
    texts = [REQUEST, SEAT, "hi", "A much longer sentence about window seats on long flights. " * 40]
    assert np.allclose(plain.embed(texts), embedder.embed(texts), atol=1e-4)  # past the 256-token window too


def test_memories_are_embedded_once_per_id_and_text() -> None:
    path = bundled_model_path()
    enc = RelevanceEncoder(read_safetensors(path / "model.safetensors"), {}, path / "tokenizer.json")
    seen: list[str] = []
    inner = enc.embed

    def counting(texts: list[str]) -> np.ndarray:  # type: ignore[type-arg]
        seen.extend(texts)
        return inner(texts)

    enc.embed = counting  # type: ignore[method-assign]
    first = enc.memories(["m1", "m2"], [SEAT, KITES])
    second = enc.memories(["m2", "m1"], [KITES, SEAT])
    assert np.array_equal(first[::-1], second) and seen == [SEAT, KITES]
    enc.memories(["m1"], ["Prefers window seats"])  # the same memory edited: read again
    assert seen[-1] == "Prefers window seats"
    enc.request(REQUEST), enc.request(REQUEST)
    assert seen.count(REQUEST) == 1


def _with_encoder(tmp_path: Path, content: bytes | None, digest: str = "") -> Path:
    model = RelevanceModel.load(DEFAULT_PATH)
    out = tmp_path / "relevance.npz"
    RelevanceModel(**{**model.__dict__, "encoder": "encoder.npz" + (f"#{digest}" if digest else "")}).save(out)
    if content is not None:
        (tmp_path / "encoder.npz").write_bytes(content)
    return out


@pytest.mark.parametrize("content", [None, b"not a zip file", b"PK\x03\x04 truncated"])
def test_a_missing_or_corrupt_encoder_is_a_start_up_error(
    tmp_path: Path, embedder: Embedder, content: bytes | None
) -> None:
    model = _with_encoder(tmp_path, content)
    settings = Settings(data_dir=tmp_path, recall=RecallSettings(relevance_model=model))
    with pytest.raises(ConfigError) as err:
        build_reranker(settings, embedder, Categorizer(embedder))
    assert err.value.setting == SETTING and REBUILD in str(err.value) and "encoder.npz" in str(err.value)
    assert ("missing" if content is None else "corrupt") in str(err.value)


def test_an_encoder_other_than_the_one_the_model_names_is_refused(tmp_path: Path) -> None:
    layer = {"5.x": np.zeros(3, dtype=np.float16)}
    np.savez(tmp_path / "not_layers.npz", **layer)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not a set of MiniLM layers"):
        RelevanceEncoder.load(tmp_path / "not_layers.npz")
    model = _with_encoder(tmp_path, (tmp_path / "not_layers.npz").read_bytes(), digest="000000000000")
    with pytest.raises(ConfigError) as err:
        encoder_for(model, RelevanceModel.load(model).encoder)
    assert "not the one" in str(err.value) and err.value.setting == SETTING

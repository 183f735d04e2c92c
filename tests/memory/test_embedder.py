from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from memory.embedding.sentence_transformer import SentenceTransformerEmbedder
from memory.errors import ConfigError


def test_vectors_are_normalised_and_meaningful(embedder: SentenceTransformerEmbedder) -> None:
    v = embedder.embed(["I love sushi", "Raw fish is my favourite food", "The train leaves at nine"])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert embedder.embed([]).shape == (0, 384)


def test_batching_gives_the_same_vectors(embedder: SentenceTransformerEmbedder) -> None:
    texts = [f"sentence number {i} about topic {i % 7}" for i in range(150)]
    small = SentenceTransformerEmbedder(model_name="all-MiniLM-L6-v2", batch_size=16)
    assert np.allclose(small.embed(texts), embedder.embed(texts), atol=1e-5)


def test_missing_model_path_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        SentenceTransformerEmbedder(model_name="x", model_path=tmp_path / "nowhere")
    assert "TACIT_EMBEDDING__MODEL_PATH" in str(err.value)
    assert "nowhere" in str(err.value)


def test_loading_the_model_bounds_torch_and_blas_threads(embedder: SentenceTransformerEmbedder) -> None:
    # idle OpenBLAS threads busy-wait: left at one per core, a served process burnt a core doing nothing
    import torch
    from threadpoolctl import threadpool_info

    embedder.embed(["load"])
    assert torch.get_num_threads() == 1
    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(n == 1 for n in blas)

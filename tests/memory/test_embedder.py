from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from memory.embedding.onnx import OnnxEmbedder
from memory.embedding.sentence_transformer import SentenceTransformerEmbedder, bounded_blas, bundled_model_path
from memory.errors import ConfigError
from memory.ports import Embedder

TEXTS = [
    "I love sushi",
    "",
    "Ça va? 日本語のテキスト 🎉 — naïve café",
    "word " * 400,  # past the model's 256-token window: both backends truncate alike
    *(f"sentence number {i} about topic {i % 7} " * (i % 9) for i in range(20)),
]


@pytest.fixture(scope="module")
def torch_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(model_name="all-MiniLM-L6-v2")


def test_vectors_are_normalised_and_meaningful(embedder: Embedder) -> None:
    v = embedder.embed(["I love sushi", "Raw fish is my favourite food", "The train leaves at nine"])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert embedder.embed([]).shape == (0, 384)


def test_onnx_backend_gives_the_torch_backends_vectors(
    embedder: Embedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    assert isinstance(embedder, OnnxEmbedder)
    cosines = np.sum(embedder.embed(TEXTS) * torch_embedder.embed(TEXTS), axis=1)
    assert float(cosines.min()) > 0.9999


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_how_texts_are_batched_does_not_change_vectors(
    runtime: str, embedder: Embedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    """Each text's vector is the same whatever it is padded with (the loaded models, in batches of 8)."""
    model: Embedder = embedder if runtime == "onnx" else torch_embedder
    batched = np.vstack([model.embed(TEXTS[i : i + 8]) for i in range(0, len(TEXTS), 8)])
    assert np.allclose(batched, model.embed(TEXTS), atol=1e-5)


def link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:  # another file system
        shutil.copy2(src, dst)


def test_export_is_made_once_and_reused_without_torch(tmp_path: Path) -> None:
    first = OnnxEmbedder(model_name="m", cache_dir=tmp_path)
    first.embed(["export it"])
    files = list(tmp_path.glob("*.onnx"))
    assert len(files) == 1 and not list(tmp_path.glob("*.tmp"))
    mtime = files[0].stat().st_mtime_ns
    probe = (
        "import sys; from pathlib import Path; from memory.embedding.onnx import OnnxEmbedder; "
        f"OnnxEmbedder(model_name='m', cache_dir=Path({str(tmp_path)!r})).embed(['again']); "
        "print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=os.getcwd())
    assert out.stdout.strip() == "False"  # a cached export never imports torch
    assert files[0].stat().st_mtime_ns == mtime
    # the same model somewhere else (a reinstall, another venv): the export is found by content, not made again
    elsewhere = tmp_path / "elsewhere" / bundled_model_path().name
    shutil.copytree(bundled_model_path(), elsewhere, copy_function=link_or_copy)
    OnnxEmbedder(model_name="m", model_path=elsewhere, cache_dir=tmp_path).embed(["from another path"])
    assert list(tmp_path.glob("*.onnx")) == files and files[0].stat().st_mtime_ns == mtime


def test_missing_model_path_names_the_setting(tmp_path: Path) -> None:
    for backend in (OnnxEmbedder, SentenceTransformerEmbedder):
        with pytest.raises(ConfigError) as err:
            backend(model_name="x", model_path=tmp_path / "nowhere")
        assert "TACIT_EMBEDDING__MODEL_PATH" in str(err.value)
        assert "nowhere" in str(err.value)


def test_onnx_refuses_a_pipeline_it_cannot_run(tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"},
    ]
    (model / "modules.json").write_text(json.dumps(modules))
    with pytest.raises(ConfigError) as err:
        OnnxEmbedder(model_name="x", model_path=model)
    assert "TACIT_EMBEDDING__BACKEND" in str(err.value) and "Dense" in str(err.value)


def test_unwritable_cache_dir_names_the_setting(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    with pytest.raises(ConfigError) as err:
        OnnxEmbedder(model_name="x", cache_dir=blocked / "onnx").embed(["x"])
    assert "TACIT_EMBEDDING__CACHE_DIR" in str(err.value)


def test_loading_the_model_bounds_torch_and_blas_threads(torch_embedder: SentenceTransformerEmbedder) -> None:
    # idle OpenBLAS threads busy-wait: left at one per core, a served process burnt a core doing nothing
    import torch
    from threadpoolctl import threadpool_info

    torch_embedder.embed(["load"])
    assert torch.get_num_threads() == 1
    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(n == 1 for n in blas)


def test_model_threads_above_one_sleep_between_calls_instead_of_spinning() -> None:
    """ONNX Runtime's pool threads spin while they wait by default: with two model threads a served process on
    2 cores burnt 20.5 ms of CPU a request, 13.1 ms with spinning off (bench/results/load_compare_embed_*)."""
    spinning = "session.intra_op.allow_spinning"
    two = OnnxEmbedder(model_name="m", threads=2)
    try:
        two.embed(["load"])
        assert two._load().get_session_options().get_session_config_entry(spinning) == "0"
    finally:
        bounded_blas(1)  # loading with 2 threads widened the process's BLAS pool; other tests expect 1


def test_the_bundled_model_is_found() -> None:
    assert (bundled_model_path() / "modules.json").is_file()

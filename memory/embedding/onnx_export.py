"""Turn a sentence-transformers model directory into an ONNX file of its transformer, once per model.

The export runs the model's own weights through ``torch.onnx.export`` (TorchScript tracing, no download):
only the transformer is exported; tokenization, pooling and normalization stay in :mod:`memory.embedding.onnx`.
The file is cached under a key of the model directory's weights and config, written to a temporary name and
renamed into place under a lock, so concurrent processes export it once and never read a half-written file.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

EXPORT_FORMAT = 1  # bump when the exported graph changes, so cached files are made again
WEIGHTS = ("model.safetensors", "pytorch_model.bin")


def cache_key(model_dir: Path) -> str:
    """Changes whenever the model's weights or config change: a hash of their contents, not of where they lie,
    so a reinstall, a new virtual environment or a fresh clone reuses the export instead of adding another
    90 MB file to the cache (hashing the weights takes about a tenth of a second at start-up)."""
    h = hashlib.sha256(f"{EXPORT_FORMAT}".encode())
    for name in ("config.json", *WEIGHTS):
        p = model_dir / name
        if p.is_file():
            with p.open("rb") as f:
                h.update(f"{name}:".encode() + hashlib.file_digest(f, "sha256").digest())
    return h.hexdigest()[:20]


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tacit" / "onnx"


def exported(model_dir: Path, cache_dir: Path) -> Path:
    """The ONNX file for ``model_dir``, exported now if the cache has none."""
    target = cache_dir / f"{model_dir.name}-{cache_key(model_dir)}.onnx"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / ".export.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.is_file():  # another process may have exported it while this one waited
            fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".onnx.tmp")
            os.close(fd)
            try:
                _export(model_dir, Path(tmp))
                os.replace(tmp, target)
            finally:
                Path(tmp).unlink(missing_ok=True)
    return target


def _export(model_dir: Path, out: Path) -> None:
    from memory.embedding.sentence_transformer import offline

    offline()
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer: Any = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model: Any = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    sample = tokenizer(["an example sentence"], return_tensors="pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]

    class Hidden(torch.nn.Module):
        """The transformer's last hidden state from positional inputs (what the exporter traces)."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            out: torch.Tensor = self.model(**dict(zip(names, inputs, strict=True))).last_hidden_state
            return out

    axes = {n: {0: "batch", 1: "tokens"} for n in (*names, "hidden")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shape-dependent Python code in the model
        torch.onnx.export(
            Hidden(),
            tuple(sample[n] for n in names),
            str(out),
            input_names=names,
            output_names=["hidden"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )

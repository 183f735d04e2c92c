"""Turn a sentence-transformers model directory into an ONNX file of its transformer, once per model.

The export runs the model's own weights through ``torch.onnx.export`` (TorchScript tracing, no download):
only the transformer is exported; tokenization, pooling and normalization stay in :mod:`memory.embedding.onnx`.
The file is cached under a key of the model directory's weights and config, written to a temporary name and
renamed into place under a lock, so concurrent processes export it once and never read a half-written file.
An 8-bit version (``embedding.quantize=int8``) is made from that file the same way.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXPORT_FORMAT = 1  # bump when the exported graph changes, so cached files are made again
INT8_FORMAT = 1  # bump when the quantization recipe changes
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


def exported(model_dir: Path, cache_dir: Path, quantize: str = "none") -> Path:
    """The ONNX file for ``model_dir``, exported now if the cache has none; with ``quantize="int8"``, its
    weights quantized to 8-bit integers (see :func:`_quantize`), made from the full-precision export once."""
    target = cache_dir / f"{model_dir.name}-{cache_key(model_dir)}.onnx"
    _cached(target, lambda out: _export(model_dir, out))
    if quantize == "none":
        return target
    if quantize != "int8":
        raise ValueError(f"unknown quantization {quantize!r}: none or int8")
    smaller = target.with_name(f"{target.stem}.int8-{INT8_FORMAT}.onnx")
    _cached(smaller, lambda out: _quantize(target, out))
    return smaller


def _cached(target: Path, make: Callable[[Path], None]) -> None:
    """Make ``target`` unless it is there: into a temporary file renamed into place, under the cache's lock, so
    concurrent processes make it once and never read a half-written file."""
    if target.is_file():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".export.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.is_file():  # another process may have made it while this one waited
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".onnx.tmp")
            os.close(fd)
            try:
                make(Path(tmp))
                os.replace(tmp, target)
            finally:
                Path(tmp).unlink(missing_ok=True)


def _quantize(source: Path, out: Path) -> None:
    """ONNX Runtime's dynamic quantization: weights as signed 8-bit integers with one scale per output channel,
    activations quantized on the fly. Per-channel scales keep the vectors close to the full model's (cosine
    0.99-0.995 on request and memory texts, against 0.92-0.97 with one scale per tensor), at about 2.4x less
    CPU per text; ``python -m bench.embed_int8`` measures both on this machine."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    advice = _DropAdvice()
    root.addFilter(advice)  # its advice to run a pre-processing step, logged on the root logger: not for users
    try:
        quantize_dynamic(str(source), str(out), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.removeFilter(advice)


class _DropAdvice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()


def _export(model_dir: Path, out: Path) -> None:
    from memory.embedding.sentence_transformer import offline

    offline()
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer: Any = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model: Any = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    sample = tokenizer(["an example sentence"], return_tensors="pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]

    class Hidden(torch.nn.Module):  # type: ignore[misc]  # torch is read as Any (pyproject: follow_imports)
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

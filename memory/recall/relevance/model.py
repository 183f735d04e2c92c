"""The relevance model: does a memory bear on a request? A small learned layer over the MiniLM vectors recall
already holds (the request's embedding, the memories' embeddings in the user's pool) and the taxonomy topics
read from them. No new forward pass: scoring 48 candidates is a few small matrix products.

    logit = bias + a * cos(q, m) + sum(d * q * m) + (q U) . (m V) + topics(q) C facets(m)

``a``, ``d``, ``U``, ``V`` are the *meaning* terms (the pair's vectors read together), ``C`` the *topics* term
(which request topics a memory's topics bear on: an allergy on a restaurant question, a seat preference on a
flight). Trained by ``python -m training.relevance.train`` (``make relevance-model``) from pairs this project
writes; the weights ship as ``relevance.npz`` next to this file. docs/relevance-model.md is its card.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from memory.embedding.onnx import base_model
from memory.errors import ConfigError

DEFAULT_PATH = Path(__file__).with_name("relevance.npz")
SETTING = "TACIT_RECALL__RELEVANCE_MODEL"
REBUILD = "make relevance-model (python -m training.relevance.train)"
_ARRAYS = ("a", "d", "U", "V", "C", "bias", "threshold", "veto")

F32 = NDArray[np.float32]


@dataclass(frozen=True)
class Terms:
    """Each candidate's logit, split into the terms a person can read, and its probability."""

    meaning: F32
    topics: F32
    bias: float

    @property
    def logit(self) -> F32:
        out: F32 = self.meaning + self.topics + np.float32(self.bias)
        return out

    @property
    def probability(self) -> F32:
        out: F32 = (1.0 / (1.0 + np.exp(-self.logit))).astype(np.float32)
        return out


@dataclass(frozen=True)
class RelevanceModel:
    a: float
    d: F32
    U: F32
    V: F32
    C: F32
    bias: float
    threshold: float  # from this probability up a memory is chosen, whatever the embeddings' cut says
    veto: float  # below this probability a memory is left out, whatever the embeddings' cut says
    embedder: str  # the embedding model whose vectors it reads
    categories: tuple[str, ...]  # the taxonomy's categories, in the order of C's rows and columns
    # the fine-tuned encoder whose vectors the meaning term reads ("": the embedder's), as "file#sha256[:12]",
    # the file next to this one (memory/recall/relevance/encoder.py)
    encoder: str = ""

    @property
    def dimension(self) -> int:
        return int(self.d.shape[0])

    def terms(self, query: F32, memories: F32, asked: F32, facets: F32) -> Terms:
        """``query``: the request's vector (dim,); ``memories``: (n, dim); ``asked``: the request's topics
        (categories,); ``facets``: the memories' topics as the requests they bear on (n, categories)."""
        meaning = self.a * (memories @ query) + memories @ (self.d * query) + (memories @ self.V) @ (query @ self.U)
        topics = facets @ (asked @ self.C)
        return Terms(meaning.astype(np.float32), topics.astype(np.float32), self.bias)

    def save(self, path: Path) -> None:
        arrays: dict[str, NDArray[np.generic]] = {
            "a": np.array(self.a, dtype=np.float32),
            "d": self.d,
            "U": self.U,
            "V": self.V,
            "C": self.C,
            "bias": np.array(self.bias, dtype=np.float32),
            "threshold": np.array(self.threshold, dtype=np.float32),
            "veto": np.array(self.veto, dtype=np.float32),
            "embedder": np.array(self.embedder),
            "categories": np.array(self.categories),
        }
        if self.encoder:  # absent for a model over the embedder's vectors: its file keeps the same bytes
            arrays["encoder"] = np.array(self.encoder)
        np.savez(path, **arrays)  # type: ignore[arg-type]

    @staticmethod
    def load(path: Path) -> RelevanceModel:
        """The model in ``path``; a missing or unreadable file is a :class:`ConfigError` naming the setting and
        the command that rebuilds it (never a silent fall-back to another ranking)."""
        if not path.is_file():
            raise ConfigError(f"the relevance model file {path} is missing; rebuild it with `{REBUILD}`", SETTING)
        try:
            with np.load(path, allow_pickle=False) as z:
                arrays = {k: z[k] for k in (*_ARRAYS, "embedder", "categories")}
                encoder = str(z["encoder"]) if "encoder" in z.files else ""
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
            raise ConfigError(
                f"the relevance model file {path} is corrupt ({type(exc).__name__}); rebuild it with `{REBUILD}`",
                SETTING,
            ) from exc
        d = arrays["d"].astype(np.float32)
        model = RelevanceModel(
            a=float(arrays["a"]),
            d=d,
            U=arrays["U"].astype(np.float32),
            V=arrays["V"].astype(np.float32),
            C=arrays["C"].astype(np.float32),
            bias=float(arrays["bias"]),
            threshold=float(arrays["threshold"]),
            veto=float(arrays["veto"]),
            embedder=str(arrays["embedder"]),
            categories=tuple(str(c) for c in arrays["categories"]),
            encoder=encoder,
        )
        n = len(model.categories)
        dim = d.shape[0]
        if d.ndim != 1 or model.U.shape[0] != dim or model.V.shape != model.U.shape or model.C.shape != (n, n):
            raise ConfigError(
                f"the relevance model file {path} has inconsistent shapes; rebuild it with `{REBUILD}`", SETTING
            )
        if not all(np.isfinite(x).all() for x in (d, model.U, model.V, model.C)):
            raise ConfigError(
                f"the relevance model file {path} holds non-finite weights; rebuild it with `{REBUILD}`", SETTING
            )
        return model

    def check(self, embedder: str, dimension: int, categories: tuple[str, ...], path: Path) -> None:
        """Raise :class:`ConfigError` unless this model reads the vectors and topics recall will give it."""
        if self.dimension != dimension or base_model(self.embedder) != base_model(embedder):
            raise ConfigError(
                f"the relevance model {path} was trained on {self.embedder} ({self.dimension}-d vectors), but "
                f"the embedder is {embedder} ({dimension}-d); rebuild it with `{REBUILD}` or set "
                "TACIT_RECALL__RERANK=off",
                SETTING,
            )
        if self.categories != categories:
            raise ConfigError(
                f"the relevance model {path} was trained on another category taxonomy; rebuild it with `{REBUILD}`",
                SETTING,
            )


def digest(path: Path) -> str:
    """A short hash of the model file (the card and the bench results name the weights they describe)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]

"""Factories that turn one settings section into one of memory's swappable parts (the embedder, the vector
index, recall's reranker). The composition root, :class:`agents.services.Services`, calls them; so do the
benches and the training scripts that need one part alone. The embedder and the index load their heavy
libraries on their own first use.
"""

from __future__ import annotations

from memory.embedding.batching import BatchingEmbedder
from memory.embedding.onnx import OnnxEmbedder
from memory.embedding.sentence_transformer import SentenceTransformerEmbedder
from memory.errors import ConfigError
from memory.ports import Embedder, VectorIndex
from memory.recall.relevance.encoder import encoder_for
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.recall.relevance.reranker import ModelReranker
from memory.recall.rerank import CutReranker, NoteJudge, NotesReranker, Reranker
from memory.settings import Settings
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from memory.vector.chroma import ChromaIndex


def build_embedder(settings: Settings, *, requests: bool = False) -> Embedder:
    """The configured model, behind a batcher: concurrent requests share forward passes. ``requests``: the one
    that embeds context requests (8-bit when ``embedding.quantize`` is ``int8`` or ``requests``)."""
    e = settings.embedding
    inner: Embedder
    quantize = "int8" if e.quantize == "int8" or (e.quantize == "requests" and requests) else "none"
    if e.backend == "onnx":
        inner = OnnxEmbedder(
            model_name=e.model_name,
            model_path=e.model_path,
            cache_dir=e.cache_dir,
            batch_size=e.batch_size,
            threads=e.threads,
            quantize=quantize,
        )
    elif e.quantize != "none":
        raise ConfigError(
            "embedding.quantize is for the onnx backend; the torch backend runs the full model: set "
            "TACIT_EMBEDDING__QUANTIZE=none or TACIT_EMBEDDING__BACKEND=onnx",
            "TACIT_EMBEDDING__QUANTIZE",
        )
    else:
        inner = SentenceTransformerEmbedder(
            model_name=e.model_name,
            model_path=e.model_path,
            device=e.device,
            batch_size=e.batch_size,
            threads=e.threads,
        )
    return BatchingEmbedder(inner, recent=e.recent_texts)


def build_index(settings: Settings) -> VectorIndex:
    if settings.chroma_url:
        return ChromaIndex(url=settings.chroma_url)
    return ChromaIndex(path=settings.chroma_path())


def build_reranker(
    settings: Settings, embedder: Embedder, categorizer: Categorizer, judge: NoteJudge | None = None
) -> Reranker:
    """``recall.rerank``: the relevance model (loaded and checked now: a missing, corrupt or mismatched file
    stops the start with the command that rebuilds it), the LLM's ``judge``, or the embeddings' own cut."""
    cfg = settings.recall
    if cfg.rerank == "off":
        return CutReranker()
    if cfg.rerank == "llm":
        if judge is None:
            raise ConfigError(
                "recall.rerank is 'llm' but no LLM is configured (set an Anthropic key or TACIT_LLM__BASE_URL)",
                "TACIT_RECALL__RERANK",
            )
        return NotesReranker(judge)
    path = cfg.relevance_model or DEFAULT_PATH
    model = RelevanceModel.load(path)
    model.check(embedder.model_name, embedder.dimension, tuple(PROTOTYPES), path)
    return ModelReranker(model, categorizer, encoder_for(path, model.encoder))

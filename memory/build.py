"""The one place that turns settings into parts.

Parts are built on first use, and the embedder and the index load their heavy libraries on their own first
use, so a CLI command that only reads SQL never imports sentence-transformers or chromadb.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from memory.db.engine import make_engine, make_session_factory
from memory.embedding.batching import BatchingEmbedder
from memory.embedding.onnx import OnnxEmbedder
from memory.embedding.sentence_transformer import SentenceTransformerEmbedder
from memory.errors import ConfigError
from memory.keys import KeyService
from memory.learn.edits import EditLog
from memory.learn.jobs import JobQueue
from memory.learn.log import MessageLog
from memory.ports import Embedder, VectorIndex
from memory.profile.service import ProfileService, Summarizer
from memory.recall.pool import PoolCache
from memory.recall.relevance.model import DEFAULT_PATH, RelevanceModel
from memory.recall.relevance.reranker import ModelReranker
from memory.recall.rerank import CutReranker, NoteJudge, NotesReranker, Reranker
from memory.recall.service import RecallService
from memory.settings import Settings
from memory.store.reindex import Reindexer
from memory.store.service import MemoryStore, StoreLimits
from memory.taxonomy.categories import Categorizer
from memory.taxonomy.prototypes import PROTOTYPES
from memory.transfer.service import Transfer
from memory.vector.chroma import ChromaIndex


def build_embedder(settings: Settings) -> Embedder:
    """The configured model, behind a batcher: concurrent requests share forward passes."""
    e = settings.embedding
    inner: Embedder
    if e.backend == "onnx":
        inner = OnnxEmbedder(
            model_name=e.model_name,
            model_path=e.model_path,
            cache_dir=e.cache_dir,
            batch_size=e.batch_size,
            threads=e.threads,
        )
    else:
        inner = SentenceTransformerEmbedder(
            model_name=e.model_name,
            model_path=e.model_path,
            device=e.device,
            batch_size=e.batch_size,
            threads=e.threads,
        )
    return BatchingEmbedder(inner)


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
    return ModelReranker(model, categorizer)


class Parts:
    """The parts of one process, each made on first use. Tests pass ready-made parts instead."""

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        index: VectorIndex | None = None,
        summarizer: Summarizer | None = None,
    ) -> None:
        self.settings = settings
        self._embedder = embedder
        self._index = index
        self._summarizer = summarizer

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.settings.sqlalchemy_url())

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine)

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or build_embedder(self.settings)

    @cached_property
    def index(self) -> VectorIndex:
        return self._index or build_index(self.settings)

    @cached_property
    def store(self) -> MemoryStore:
        lim = self.settings.limits
        return MemoryStore(
            self.sessions,
            self.embedder,
            self.index,
            StoreLimits(lim.max_text_chars, lim.max_page_size, lim.max_search_k),
            categorizer=self.categorizer,
            redact_secrets=self.settings.privacy.redact_secrets,
        )

    @cached_property
    def categorizer(self) -> Categorizer:
        return Categorizer(self.embedder)

    @cached_property
    def recall(self) -> RecallService:
        cfg = self.settings.recall
        return RecallService(
            self.sessions,
            self.embedder,
            self.index,
            self.categorizer,
            pools=PoolCache(cfg.cache_memories),
            reranker=self.reranker,
            rerank_candidates=cfg.rerank_candidates,
        )

    @cached_property
    def reranker(self) -> Reranker:
        """Recall's reranker, from ``recall.rerank`` (``api.container.Services`` adds the LLM for ``llm``)."""
        return build_reranker(self.settings, self.embedder, self.categorizer)

    @cached_property
    def log(self) -> MessageLog:
        return MessageLog(
            self.sessions,
            max_attempts=self.settings.worker.max_attempts,
            redact_secrets=self.settings.privacy.redact_secrets,
        )

    @cached_property
    def edits(self) -> EditLog:
        return EditLog(
            self.sessions,
            max_attempts=self.settings.worker.max_attempts,
            redact_secrets=self.settings.privacy.redact_secrets,
        )

    @cached_property
    def queue(self) -> JobQueue:
        return JobQueue(self.sessions, lease_s=self.settings.worker.lease_s)

    @cached_property
    def summarizer(self) -> Summarizer | None:
        """The profile's summary writer: none here (``api.container.Services`` builds one on the LLM)."""
        return self._summarizer

    @cached_property
    def profiles(self) -> ProfileService:
        return ProfileService(self.sessions, summarizer=self.summarizer)

    @cached_property
    def keys(self) -> KeyService:
        return KeyService(self.sessions)

    @cached_property
    def transfer(self) -> Transfer:
        return Transfer(
            self.sessions, self.embedder, self.store.outbox, redact_secrets=self.settings.privacy.redact_secrets
        )

    @cached_property
    def reindexer(self) -> Reindexer:
        return Reindexer(self.sessions, self.embedder, self.index)

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
        if isinstance(self.__dict__.get("embedder"), BatchingEmbedder):
            self.embedder.close()  # type: ignore[attr-defined]

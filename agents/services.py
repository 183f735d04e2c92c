"""The composition root: every service of one process, built from settings, each on first use.

It lives in ``agents/`` because that is the lowest package that can see every part: ``memory/`` (keep and
recall, and the learning inputs kept in SQL) never imports ``agents/``, while the front ends (``api/``, the
in-process ``tacit.Memory``), ``bench/`` and the CLI all depend on ``agents/`` already. The factories for one
part from its settings section are in :mod:`memory.build`; this class decides which part goes where.

Swappable parts are constructor arguments (tests hand in a scripted extractor, a shared embedder, a flaky
index); anything not given is built from settings. Heavy libraries load on a part's first use, so a CLI
command that only reads SQL never imports sentence-transformers, chromadb, LangGraph or an LLM SDK.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from memory.build import build_embedder, build_index, build_reranker
from memory.db.engine import make_engine, make_session_factory
from memory.embedding.batching import BatchingEmbedder
from memory.keys import KeyService
from memory.learn.edits import EditLog
from memory.learn.feedback import FeedbackService
from memory.learn.jobs import JobQueue
from memory.learn.log import MessageLog
from memory.ports import Embedder, VectorIndex
from memory.profile.service import ProfileService, Summarizer
from memory.recall.pool import PoolCache
from memory.recall.rerank import Reranker
from memory.recall.service import RecallService
from memory.settings import Settings
from memory.store.reindex import Reindexer
from memory.store.service import MemoryStore, StoreLimits
from memory.taxonomy.categories import Categorizer
from memory.transfer.service import Transfer

if TYPE_CHECKING:
    from agents.edits.reader import EditReader
    from agents.extract.types import Extractor
    from agents.learn import Learner
    from agents.llm.base import LLM
    from agents.worker import Worker


class Services:
    """The services of one process. Give any swappable part ready-made; the rest is built from ``settings``."""

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        index: VectorIndex | None = None,
        extractor: Extractor | None = None,
        summarizer: Summarizer | None = None,
        reranker: Reranker | None = None,
        edit_reader: EditReader | None = None,
    ) -> None:
        self.settings = settings
        self._embedder = embedder
        self._index = index
        self._extractor = extractor
        self._summarizer = summarizer
        self._reranker = reranker
        self._edit_reader = edit_reader

    # -- keep ---------------------------------------------------------------------------------------------
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
    def request_embedder(self) -> Embedder:
        """What embeds context requests: the 8-bit model with ``embedding.quantize=requests``, else the one
        embedder (memories are always embedded by :attr:`embedder`)."""
        if self.settings.embedding.quantize != "requests":
            return self.embedder
        return build_embedder(self.settings, requests=True)

    @cached_property
    def index(self) -> VectorIndex:
        return self._index or build_index(self.settings)

    @cached_property
    def categorizer(self) -> Categorizer:
        return Categorizer(self.embedder)

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
    def profiles(self) -> ProfileService:
        return ProfileService(self.sessions, summarizer=self.summarizer)

    @cached_property
    def summarizer(self) -> Summarizer | None:
        """The profile's summary paragraph, on the configured LLM; none offline."""
        if self._summarizer is not None:
            return self._summarizer
        from agents.llm.summary import LLMSummarizer

        llm = self.llm
        return LLMSummarizer(llm) if llm is not None else None

    @cached_property
    def keys(self) -> KeyService:
        return KeyService(self.sessions)

    @cached_property
    def transfer(self) -> Transfer:
        return Transfer(
            self.sessions,
            self.embedder,
            self.store.outbox,
            redact_secrets=self.settings.privacy.redact_secrets,
            max_text_chars=self.settings.limits.max_text_chars,
        )

    @cached_property
    def reindexer(self) -> Reindexer:
        return Reindexer(self.sessions, self.embedder, self.index)

    # -- recall -------------------------------------------------------------------------------------------
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
            requests=self.request_embedder,
        )

    @cached_property
    def reranker(self) -> Reranker:
        """Recall's reranker from ``recall.rerank``; for ``llm``, on the configured LLM with its own (short)
        timeout. Built at start-up by the app, so a missing model file or a missing LLM stops the start."""
        if self._reranker is not None:
            return self._reranker
        cfg = self.settings.recall
        judge = None
        if cfg.rerank == "llm":
            from agents.llm.build import build_llm
            from agents.llm.rerank import LLMReranker

            llm = build_llm(self.settings, timeout_s=cfg.rerank_timeout_s)
            judge = LLMReranker(llm) if llm is not None else None
        return build_reranker(self.settings, self.embedder, self.categorizer, judge)

    # -- learn --------------------------------------------------------------------------------------------
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
    def feedback(self) -> FeedbackService:
        return FeedbackService(
            self.sessions,
            self.store.outbox,
            max_attempts=self.settings.worker.max_attempts,
            redact_secrets=self.settings.privacy.redact_secrets,
        )

    @cached_property
    def queue(self) -> JobQueue:
        return JobQueue(self.sessions, lease_s=self.settings.worker.lease_s)

    @cached_property
    def llm(self) -> LLM | None:
        """The configured LLM provider, or None (offline)."""
        from agents.llm.build import build_llm

        return build_llm(self.settings)

    @cached_property
    def extractor(self) -> Extractor:
        """On the configured LLM; offline, the rules (plus the learned reader when ``llm.offline_reader`` says)."""
        if self._extractor is not None:
            return self._extractor
        from agents.extract.llm_extractor import LLMExtractor
        from agents.offline.extractor import OfflineExtractor

        llm = self.llm
        if llm is not None:
            return LLMExtractor(llm)
        if self.settings.llm.offline_reader == "learned":
            from agents.offline.learned import load_reader

            return OfflineExtractor(self.embedder, reader=load_reader())
        return OfflineExtractor(self.embedder)

    @cached_property
    def edit_reader(self) -> EditReader:
        """Reads edits of answers: on the configured LLM, else the offline diff rules."""
        if self._edit_reader is not None:
            return self._edit_reader
        from agents.edits.llm import LLMEditReader
        from agents.edits.reader import OfflineEditReader

        llm = self.llm
        return LLMEditReader(llm) if llm is not None else OfflineEditReader()

    @cached_property
    def learner(self) -> Learner:
        from agents.learn import Learner

        return Learner(
            store=self.store,
            log=self.log,
            queue=self.queue,
            extractor=self.extractor,
            embedder=self.embedder,
            profiles=self.profiles,
            edits=self.edit_reader,
        )

    @cached_property
    def worker(self) -> Worker:
        from agents.worker import Worker

        cfg = self.settings.worker
        return Worker(self.queue, self.learner, poll_s=cfg.poll_s, merge_jobs=cfg.merge_jobs)

    def warm(self, *, recall: bool = True) -> None:
        """Load now what the first request or job would otherwise wait for: the embedding model, the category
        prototypes and, unless ``recall`` is false, the reranker's (seconds together). The server runs it at
        start-up, ``tacit worker`` (``recall=False``) before its first job."""
        self.embedder.embed(["warm-up"])
        if self.request_embedder is not self.embedder:
            self.request_embedder.embed(["warm-up"])
        self.categorizer.warm()
        if recall:  # a learning worker never recalls: it need not load the reranker
            self.reranker.warm()

    def close(self) -> None:
        """Dispose of the database pool and stop the embedding batcher (parts never built are left alone)."""
        if "engine" in self.__dict__:
            self.engine.dispose()
        for name in ("request_embedder", "embedder"):
            built = self.__dict__.get(name)
            if isinstance(built, BatchingEmbedder):
                built.close()

"""The process's services: the memory parts plus the learning path (extractor, learner, worker).

The learning path's modules (LangGraph, the extractors, the LLM SDKs) are imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from memory.build import Parts, build_reranker
from memory.profile.service import Summarizer
from memory.recall.rerank import Reranker

if TYPE_CHECKING:
    from agents.edits.reader import EditReader
    from agents.extract.types import Extractor
    from agents.learn import Learner
    from agents.llm.base import LLM
    from agents.worker import Worker


class Services(Parts):
    """Parts, plus what learning needs. Tests pass an ``extractor`` (e.g. one over a scripted LLM)."""

    def __init__(self, *args: object, extractor: Extractor | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._extractor = extractor

    @cached_property
    def llm(self) -> LLM | None:
        """The configured LLM provider, or None (offline)."""
        from agents.llm.build import build_llm

        return build_llm(self.settings)

    @cached_property
    def extractor(self) -> Extractor:
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
        from agents.edits.llm import LLMEditReader
        from agents.edits.reader import OfflineEditReader

        llm = self.llm
        return LLMEditReader(llm) if llm is not None else OfflineEditReader()

    @cached_property
    def summarizer(self) -> Summarizer | None:
        """The profile's summary paragraph, on the configured LLM; none offline."""
        if self._summarizer is not None:
            return self._summarizer
        from agents.llm.summary import LLMSummarizer

        llm = self.llm
        return LLMSummarizer(llm) if llm is not None else None

    @cached_property
    def reranker(self) -> Reranker:
        """Recall's reranker from ``recall.rerank``; for ``llm``, on the configured LLM with its own (short) timeout."""
        cfg = self.settings.recall
        if cfg.rerank != "llm":
            return super().reranker
        from agents.llm.build import build_llm
        from agents.llm.rerank import LLMReranker

        llm = build_llm(self.settings, timeout_s=cfg.rerank_timeout_s)
        return build_reranker(self.settings, self.embedder, self.categorizer, LLMReranker(llm) if llm else None)

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

        return Worker(self.queue, self.learner, poll_s=self.settings.worker.poll_s)

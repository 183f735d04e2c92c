"""The choice among the request's candidates: one :class:`Reranker` port, three implementations chosen by
``recall.rerank`` (``TACIT_RECALL__RERANK``) in :func:`memory.build.build_reranker`:

- ``model`` (the default): tacit's relevance model reads each (request, memory) pair from the vectors recall
  already holds and keeps those it says bear on the request (:mod:`memory.recall.relevance`);
- ``llm``: the configured LLM reads the request and the best-scored candidates as numbered notes and says which
  apply (:class:`NotesReranker` over :class:`agents.llm.rerank.LLMReranker`); one model call per request; when it
  fails or times out, the floors-and-gap cut stands;
- ``off``: embeddings only, the floors-and-gap cut of :func:`memory.recall.rank.cut` (:class:`CutReranker`).

Core items (pinned, constraints, global style) are never put to the LLM, and ``off`` and ``llm`` always inject
them; ``model`` leaves out a constraint it is sure does not bear on the request (``ModelReranker.core``), so
a user with a dozen constraints does not get all of them on every request. Pinned and style items always go in.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Protocol

from memory.errors import TacitError
from memory.ports import Vector
from memory.recall import prefix as px
from memory.recall.rank import Scored, cut

log = logging.getLogger("tacit.recall")

RERANK_CANDIDATES = 20  # the best-scored request items a reranker reads (core items are never dropped)


class Reranker(Protocol):
    """Which of the request's scored candidates to inject."""

    @property
    def name(self) -> str:
        """``off``, ``model`` or ``llm``: what the trace and the metrics call it."""
        ...

    def rerank(
        self, request: str, query: Vector, ranked: list[Scored], vectors: Mapping[str, Vector], limit: int
    ) -> list[Scored] | None:
        """The items of ``ranked`` (best-scored first, floors or not) that apply to ``request`` (its embedding
        is ``query``; ``vectors`` holds the candidates' embeddings), each with why in its trace, reading at most
        ``limit`` of them; None when it cannot answer (the caller keeps the floors-and-gap cut)."""
        ...

    def core(
        self, request: str, query: Vector, core: list[Scored], ranked: list[Scored], vectors: Mapping[str, Vector]
    ) -> list[Scored]:
        """The core items to inject (pinned, constraints, global style; ``ranked``: the best request items, for
        comparison): all of them, except where the model is sure a constraint does not bear on the request."""
        ...

    def warm(self) -> None:
        """Prepare now what the first request would otherwise wait for (nothing, for most rerankers)."""
        ...


class CutReranker:
    """``off``: the embedding's own choice, the items above the floors and within the gap of the best."""

    name = "off"

    def rerank(
        self, request: str, query: Vector, ranked: list[Scored], vectors: Mapping[str, Vector], limit: int
    ) -> list[Scored] | None:
        return cut([r for r in ranked if r.above_floor])

    def core(
        self, request: str, query: Vector, core: list[Scored], ranked: list[Scored], vectors: Mapping[str, Vector]
    ) -> list[Scored]:
        return core

    def warm(self) -> None:
        return None


class NoteJudge(Protocol):
    def __call__(self, request: str, notes: Sequence[str]) -> list[tuple[int, str]]:
        """The notes that apply to the request, as (index into ``notes``, a short reason), most important first.
        ``notes`` are rendered prefix lines (escaped, with their context). Raises
        :class:`~memory.errors.TacitError` when it cannot answer."""
        ...


class NotesReranker:
    """``llm``: a :class:`NoteJudge` (the configured LLM) reads the request and the candidates as notes."""

    name = "llm"

    def __init__(self, judge: NoteJudge) -> None:
        self._judge = judge

    def rerank(
        self, request: str, query: Vector, ranked: list[Scored], vectors: Mapping[str, Vector], limit: int
    ) -> list[Scored] | None:
        return judged(self._judge, request, ranked, limit)

    def core(
        self, request: str, query: Vector, core: list[Scored], ranked: list[Scored], vectors: Mapping[str, Vector]
    ) -> list[Scored]:
        return core

    def warm(self) -> None:
        return None


def judged(judge: NoteJudge, request: str, ranked: list[Scored], limit: int) -> list[Scored] | None:
    """The items among the ``limit`` best of ``ranked`` that the judge says apply, in score order, each
    with the model's reason in its trace; None when the judge failed (the caller keeps its own cut)."""
    shown = ranked[:limit]
    try:
        picks = judge(request, [px.line(s.candidate.text, s.candidate.context) for s in shown])
    except TacitError as exc:
        log.warning("recall: the reranker failed, keeping the embedding ranking (%s: %s)", exc.code, exc)
        return None
    reasons: dict[int, str] = {}
    for i, reason in picks:
        if 0 <= i < len(shown):
            reasons.setdefault(i, reason)
    for i, reason in reasons.items():
        shown[i].why.append(f"the model: {px.escape(reason)[:200]}" if reason.strip() else "the model chose it")
    return [shown[i] for i in sorted(reasons)]

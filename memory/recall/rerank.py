"""A second opinion on what applies to a request: an optional :class:`Reranker` reads the request and the
best-scored candidates and says which of them apply.

The embedding ranking can't tell that a question about Thai restaurants needs a peanut allergy unless topics
carry it, and on PrefEval's scenario B that caps it (``bench/recall_quality.py``, users u30 and up: widening
the cut until the gold preference is chosen 94% of the time leaves a third of the chosen items on the
question's topic). A language model reads the pair directly. The configured LLM does it (:mod:`agents.rerank`) when
``recall.rerank`` is ``llm``: one model call per request, so it is off by default; when the call fails or
times out, recall keeps the embedding's own choice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from memory.errors import TacitError
from memory.recall import prefix as px
from memory.recall.rank import Scored

log = logging.getLogger("tacit.recall")

RERANK_CANDIDATES = 20  # the best-scored request items the model reads (core items are never dropped)


class Reranker(Protocol):
    def __call__(self, request: str, notes: Sequence[str]) -> list[tuple[int, str]]:
        """The notes that apply to the request, as (index into ``notes``, a short reason), most important first.
        ``notes`` are rendered prefix lines (escaped, with their context). Raises
        :class:`~memory.errors.TacitError` when it cannot answer."""
        ...


def judged(reranker: Reranker, request: str, ranked: list[Scored], limit: int) -> list[Scored] | None:
    """The items among the ``limit`` best of ``ranked`` that the reranker says apply, in score order, each
    with the model's reason in its trace; None when the reranker failed (the caller keeps its own cut)."""
    shown = ranked[:limit]
    try:
        picks = reranker(request, [px.line(s.candidate.text, s.candidate.context) for s in shown])
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

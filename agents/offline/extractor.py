"""The offline extractor: rules and an embedding model, no LLM, no network, deterministic.

:class:`OfflineExtractor` reads the focused user turns with :func:`agents.offline.reader.read_turn`,
embeds all drafts of one call in a single batch, names their categories (:mod:`agents.offline.categories`),
drops near-duplicates and returns :class:`~agents.extract.types.Candidate` objects.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from agents.extract.types import Candidate, Extraction, Turn, Usage
from agents.offline.categories import DEFAULT_THRESHOLD, Categorizer, valid_slug
from agents.offline.drafts import Draft
from agents.offline.reader import read_turn
from memory.ports import Embedder

DUPLICATE = 0.9  # cosine above which two drafts of one call say the same thing
MAX_QUOTE_CHARS = 2000
MAX_TEXT_CHARS = 300


def previous_assistant(turns: Sequence[Turn], index: int) -> str | None:
    """The assistant turn the user turn at ``index`` answers: the nearest one before it, if any."""
    for turn in reversed(turns[:index]):
        if turn.role == "assistant":
            return turn.content
        if turn.role == "user":
            return None
    return None


class OfflineExtractor:
    """An :class:`~agents.extract.types.Extractor` made of rules; the embedder only names categories."""

    def __init__(self, embedder: Embedder, *, category_threshold: float = DEFAULT_THRESHOLD) -> None:
        self._embedder = embedder
        self._categorizer = Categorizer(embedder, category_threshold)

    @property
    def name(self) -> str:
        return "offline"

    def extract(self, turns: Sequence[Turn], focus: Sequence[int]) -> Extraction:
        found: list[tuple[Turn, Draft]] = []
        for i in sorted(set(focus)):
            if 0 <= i < len(turns) and turns[i].role == "user":
                found += [(turns[i], d) for d in read_turn(turns[i].content, previous_assistant(turns, i))]
        if not found:
            return Extraction(candidates=[], usage=Usage())
        vectors = self._embedder.embed([d.text for _, d in found])
        categories = self._categorizer.categories(vectors)
        candidates: list[Candidate] = []
        kept: list[int] = []
        for i, ((turn, draft), category) in enumerate(zip(found, categories, strict=True)):
            if any(float(np.dot(vectors[i], vectors[j])) >= DUPLICATE for j in kept):
                continue
            kept.append(i)
            candidates.append(_candidate(turn, draft, draft.category or category))
        return Extraction(candidates=candidates, usage=Usage())


def _candidate(turn: Turn, draft: Draft, category: str) -> Candidate:
    return Candidate(
        text=draft.text[:MAX_TEXT_CHARS],
        kind=draft.kind,
        category=valid_slug(category),
        context=draft.context,
        source=draft.source,
        confidence=round(min(1.0, max(0.0, draft.confidence)), 2),
        polarity=draft.polarity,
        subject=draft.subject.lower()[:80],
        message_id=turn.message_id,
        quote=(draft.quote or turn.content)[:MAX_QUOTE_CHARS],
    )

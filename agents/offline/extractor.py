"""The offline extractor: rules and an embedding model, no LLM, no network, deterministic.

:class:`OfflineExtractor` reads the focused user turns with :func:`agents.offline.reader.read_turn`,
embeds the drafts whose category is not fixed in one batch per call, names their categories
(the shared taxonomy of :mod:`memory.taxonomy.categories`), drops repeats and near-duplicates and returns
:class:`~agents.extract.types.Candidate` objects.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from agents.extract.types import Candidate, Extraction, Turn, Usage
from agents.offline.categories import DEFAULT_THRESHOLD, valid_slug
from agents.offline.drafts import Draft
from agents.offline.garbled import hollow
from agents.offline.given_up import endings
from agents.offline.guided import guide, units
from agents.offline.learned import LearnedReader
from agents.offline.reader import read_parts
from agents.offline.restate import plain
from agents.offline.rules_path import rules_reading
from memory.ports import Embedder
from memory.taxonomy.categories import Categorizer

DUPLICATE = 0.9  # cosine above which two drafts of one call say the same thing
MAX_QUOTE_CHARS = 2000
MAX_TEXT_CHARS = 300


def previous_assistant(turns: Sequence[Turn], index: int) -> tuple[str | None, str | None]:
    """The assistant turn the user turn at ``index`` answers, and the user turn that one answered."""
    for j in range(index - 1, -1, -1):
        if turns[j].role == "user":
            return None, None
        if turns[j].role == "assistant":
            query = next((t.content for t in reversed(turns[:j]) if t.role == "user"), None)
            return turns[j].content, query
    return None, None


class OfflineExtractor:
    """An :class:`~agents.extract.types.Extractor` made of rules; the embedder only names categories."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        category_threshold: float = DEFAULT_THRESHOLD,
        reader: LearnedReader | None = None,
        reader_embedder: Embedder | None = None,
    ) -> None:
        self._embedder = embedder
        self._reader = reader
        self._reader_embedder = reader_embedder or embedder  # the encoder the reader was trained on
        self._categorizer = Categorizer(embedder, floor=category_threshold)

    @property
    def name(self) -> str:
        return "offline"

    @property
    def reads_statements(self) -> bool:
        """With the learned reader it tells which sentences teach something, so the gate passes it every
        statement (:func:`agents.extract.gate.gate_for`); the rules alone get the regex gate."""
        return self._reader is not None

    def extract(self, turns: Sequence[Turn], focus: Sequence[int]) -> Extraction:
        found = self._drafts(turns, focus)
        pending = [i for i, (_, d) in enumerate(found) if d.category is None]
        categories: dict[int, str] = {}
        if pending:  # one embedding call per extraction, for the drafts whose category is not fixed
            vectors = self._embedder.embed([found[i][1].text for i in pending])
            kept: list[int] = []
            for row, (i, name) in enumerate(zip(pending, self._categorizer.classify(vectors), strict=True)):
                if all(float(np.dot(vectors[row], vectors[k])) < DUPLICATE for k in kept):
                    kept.append(row)
                    categories[i] = name
        candidates = [
            _candidate(turn, draft, draft.category or categories[i])
            for i, (turn, draft) in enumerate(found)
            if draft.category is not None or i in categories
        ]
        return Extraction(candidates=candidates, usage=Usage())

    def _drafts(self, turns: Sequence[Turn], focus: Sequence[int]) -> list[tuple[Turn, Draft]]:
        """The drafts of the focused user turns, in order, without repeats of the same text."""
        found: list[tuple[Turn, Draft]] = []
        seen: set[str] = set()
        indexes = [i for i in sorted(set(focus)) if 0 <= i < len(turns) and turns[i].role == "user"]
        readings = [read_parts(turns[i].content, *previous_assistant(turns, i)) for i in indexes]
        if self._reader is None:
            per_turn = [rules_reading(r) for r in readings]
        else:  # one embedding call for every clause of the batch
            clauses = [plain(c) for c in units(readings)]
            vectors = self._reader_embedder.embed(clauses) if clauses else np.zeros((0, 0), np.float32)
            per_turn = guide(readings, self._reader.probabilities(vectors, clauses))
        for i, drafts in zip(indexes, per_turn, strict=True):
            for draft in [*drafts, *endings(turns[i].content)]:
                if hollow(draft.text):
                    continue  # "Has a without phone": cut in the wrong place
                key = ("ended: " if draft.ends else "") + draft.text.casefold()
                if key not in seen:
                    seen.add(key)
                    found.append((turns[i], draft))
        return found


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
        ends=draft.ends,
    )

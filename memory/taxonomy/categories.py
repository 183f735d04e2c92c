"""Categories by meaning: each category has a few prototype sentences; a text belongs to the category whose
prototypes it is closest to (cosine of normalised embeddings), or to ``general`` below a floor.

Used when a memory arrives without a category, and by recall to tell what a request is about. A request and
the memory that answers it are worded differently ("Any Thai restaurants in Bangkok?" against "I have a severe
peanut allergy"), so each category also has request-form prototypes: a request's topics are read against
those, a memory's against the statement-form ones, and the two topic distributions meet in one space.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from memory.ports import Embedder
from memory.taxonomy.prototypes import PROTOTYPES, REQUEST_PROTOTYPES, STATEMENTS

GENERAL = "general"

TOPIC_TEMPERATURE = 0.05  # softmax temperature over category similarities: a text's topic distribution
FACET_REQUEST_WEIGHT = 0.6  # chosen on PrefEval users u30+ (bench/recall_quality.py reports u0..u29)


def _softmax(best: NDArray[np.float32]) -> NDArray[np.float32]:
    z = np.exp((best - best.max(axis=1, keepdims=True)) / TOPIC_TEMPERATURE)
    out: NDArray[np.float32] = (z / z.sum(axis=1, keepdims=True)).astype(np.float32)
    return out


class _Prototypes:
    """One form's prototype matrix, rows grouped by category (so a max over each group is one reduceat)."""

    def __init__(self, embedder: Embedder, table: dict[str, tuple[str, ...]], order: list[str]) -> None:
        texts = [t for c in order for t in table.get(c, ())]
        sizes = [len(table.get(c, ())) for c in order]
        self.present = [i for i, n in enumerate(sizes) if n]
        self.starts = np.cumsum([0, *(sizes[i] for i in self.present[:-1])])
        self.matrix = embedder.embed(texts)

    def best(self, vectors: NDArray[np.float32], width: int) -> NDArray[np.float32]:
        """Each vector's best prototype similarity per category (-1 where a category has no prototype)."""
        sims = vectors @ self.matrix.T
        out = np.full((vectors.shape[0], width), -1.0, dtype=np.float32)
        out[:, self.present] = np.maximum.reduceat(sims, self.starts, axis=1)
        return out


# Prototype matrices by embedder: every categorizer on one embedder (one per tenant-scoped service, one per app
# a test builds) embeds the tables once, not once each (about half a second).
_BY_EMBEDDER: weakref.WeakKeyDictionary[Embedder, dict[str, _Prototypes]] = weakref.WeakKeyDictionary()
_BUILD = threading.Lock()
_TEXTS: weakref.WeakKeyDictionary[Embedder, dict[tuple[str, ...], NDArray[np.float32]]] = weakref.WeakKeyDictionary()


def embedded_once(embedder: Embedder, texts: tuple[str, ...]) -> NDArray[np.float32]:
    """A fixed table of texts embedded once per embedder (other prototype tables, such as recall's place-bound
    requests), shared like the categories' prototypes."""
    try:
        with _BUILD:
            tables = _TEXTS.setdefault(embedder, {})
    except TypeError:  # not a weak key: embedded each time it is asked for
        return embedder.embed(list(texts))
    found = tables.get(texts)
    if found is None:
        with _BUILD:
            found = tables.get(texts)
            if found is None:
                found = tables[texts] = embedder.embed(list(texts))
    return found


class Categorizer:
    """Picks categories by nearest prototypes. Prototypes are embedded once per embedder, on first use (or
    :meth:`warm`)."""

    def __init__(self, embedder: Embedder, floor: float = 0.2) -> None:
        self._embedder = embedder
        self._floor = floor
        self._names = list(PROTOTYPES)
        try:
            with _BUILD:
                self._forms = _BY_EMBEDDER.setdefault(embedder, {})
        except TypeError:  # an embedder that cannot be a weak key (unhashable, or slots without a weakref)
            self._forms = {}

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def warm(self) -> None:
        """Embed both forms' prototypes now, so no request or job waits for them."""
        for form in ("statement", "request"):
            self._form(form)

    def _form(self, form: str) -> _Prototypes:
        found = self._forms.get(form)
        if found is None:
            with _BUILD:
                found = self._forms.get(form)
                if found is None:
                    table = STATEMENTS if form == "statement" else REQUEST_PROTOTYPES
                    found = self._forms[form] = _Prototypes(self._embedder, table, self._names)
        return found

    def _best(self, vectors: Sequence[NDArray[np.float32]] | NDArray[np.float32], form: str) -> NDArray[np.float32]:
        matrix = np.asarray(vectors, dtype=np.float32)
        return self._form(form).best(matrix.reshape(len(matrix), -1), len(self._names))

    def topics(self, vectors: NDArray[np.float32], form: str = "statement") -> NDArray[np.float32]:
        """Each vector's topic distribution over the categories (rows sum to 1). ``form``: ``statement`` for
        memories, ``request`` for what a user asks. The dot product of two rows is their topic overlap."""
        return _softmax(self._best(vectors, form))

    def facets(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """A memory's topics as the requests it bears on: its closeness to each category's statements plus
        FACET_REQUEST_WEIGHT times its closeness to the category's requests (a fear of heights is a health
        statement, and it bears on requests for outdoor trips). Meets ``topics(..., form="request")``."""
        return _softmax(self._best(vectors, "statement") + FACET_REQUEST_WEIGHT * self._best(vectors, "request"))

    def scores(self, vectors: Sequence[NDArray[np.float32]] | NDArray[np.float32]) -> list[dict[str, float]]:
        """For each vector, each category's best prototype similarity."""
        if len(vectors) == 0:
            return []
        best = self._best(vectors, "statement")
        return [dict(zip(self._names, map(float, row), strict=True)) for row in best]

    def classify(self, vectors: Sequence[NDArray[np.float32]] | NDArray[np.float32]) -> list[str]:
        """The best category of each vector, or ``general`` when none is close enough."""
        if len(vectors) == 0:
            return []
        best = self._best(vectors, "statement")
        picks = best.argmax(axis=1)
        return [self._names[j] if row[j] >= self._floor else GENERAL for j, row in zip(picks, best, strict=True)]

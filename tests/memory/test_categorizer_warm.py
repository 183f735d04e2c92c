"""Category prototypes are embedded once per embedder, however many categorizers (tenants, apps) use it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from memory.ports import Embedder
from memory.taxonomy.categories import Categorizer


class CountingEmbedder:
    """The real embedder, counting the texts it is asked for."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.texts = 0
        self.model_name = inner.model_name
        self.dimension = inner.dimension

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.texts += len(texts)
        return self._inner.embed(texts)


def test_warm_embeds_both_forms_once_for_every_categorizer_on_the_embedder(embedder: Embedder) -> None:
    counting = CountingEmbedder(embedder)
    first = Categorizer(counting)
    first.warm()
    tables = counting.texts
    assert tables > 50  # the statement and the request prototypes
    second = Categorizer(counting)
    second.warm()
    vector = embedder.embed(["I'm allergic to peanuts"])
    assert second.classify(vector) == first.classify(vector) == ["health"]
    assert counting.texts == tables  # the second categorizer embedded nothing
    other = CountingEmbedder(embedder)
    Categorizer(other).warm()
    assert other.texts == tables  # another embedder gets its own tables

"""What a new memory added without a kind or a category gets: the kind its wording gives
(:func:`memory.taxonomy.kinds.infer_kind`) and the category its meaning is closest to (``general`` stays
``general`` when no categorizer is given). Manual adds (REST, CLI, the web page, import) and the learning path
get the same answer."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from memory.store.schemas import NewMemory
from memory.taxonomy.categories import GENERAL, Categorizer
from memory.taxonomy.kinds import infer_kind


def complete(
    items: Sequence[NewMemory], vectors: NDArray[np.float32], categorizer: Categorizer | None
) -> list[NewMemory]:
    """``items`` with a kind read from their wording where none was given, and a category found by meaning
    where the category is ``general`` (``vectors``: the items' embeddings, in order)."""
    out = [i if i.kind is not None else i.model_copy(update={"kind": infer_kind(i.text)}) for i in items]
    if categorizer is None or all(i.category != GENERAL for i in out):
        return out
    guesses = categorizer.classify(vectors)
    return [
        i.model_copy(update={"category": g}) if i.category == GENERAL else i for i, g in zip(out, guesses, strict=True)
    ]

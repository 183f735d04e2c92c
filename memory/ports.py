"""The swappable parts, as protocols. One implementation per file; ``memory.build`` picks them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Vector = NDArray[np.float32]
MetadataValue = str | int | float | bool


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (so a dot product is a cosine similarity)."""

    @property
    def model_name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """A ``(len(texts), dimension)`` array, one normalised row per text, in order."""
        ...


@dataclass(frozen=True)
class VectorRecord:
    id: str
    vector: Vector
    metadata: Mapping[str, MetadataValue] = field(default_factory=dict)


@dataclass(frozen=True)
class VectorMatch:
    id: str
    score: float  # cosine similarity, higher is closer


class VectorIndex(Protocol):
    """Vectors partitioned by user: a query only ever touches one partition's vectors.

    Vectors are always passed in: the index never embeds anything itself.
    """

    def upsert(self, partition: str, records: Sequence[VectorRecord]) -> None: ...

    def delete(self, partition: str, ids: Sequence[str]) -> None: ...

    def query(self, partition: str, vector: Vector, k: int) -> list[VectorMatch]: ...

    def ids(self, partition: str) -> set[str]: ...

    def vectors(self, partition: str, ids: Sequence[str]) -> dict[str, Vector]:
        """The stored vectors of those ids that the partition holds (``tacit doctor`` compares them to SQL)."""
        ...

    def drop_partition(self, partition: str) -> None: ...

    def partitions(self) -> set[str]: ...

    def ping(self) -> None:
        """Raise :class:`memory.errors.IndexUnavailable` when the index cannot be used."""
        ...

"""Whether the index's search finds a memory: a search for the memory's own vector must return it.

Embedded Chroma can store a vector (``get`` returns it) and still never return it from a search, when a process
persisted a search structure that missed another process's writes (see :mod:`memory.vector.local_view`). The
doctor's ``search`` check and ``tacit reindex`` ask the index this way, about each user's newest memories (the ones
another process's writes touched last).
"""

from __future__ import annotations

from memory.ports import Vector, VectorIndex

NEWEST = 10  # memories searched for, per user
K = 10  # hits asked for each (items with the same vector share the top places)


def found(index: VectorIndex, partition: str, memory_id: str, vector: Vector) -> bool:
    """Whether a search of ``partition`` for ``vector`` returns ``memory_id`` among its first :data:`K` hits
    (raises :class:`~memory.errors.IndexUnavailable` when the search fails)."""
    return memory_id in {h.id for h in index.query(partition, vector, K)}

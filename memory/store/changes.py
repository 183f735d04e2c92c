"""Changes the learning path applies to a user's memories, all in one transaction (``MemoryStore.apply``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from memory.ports import Vector
from memory.store.schemas import MemoryPatch, NewMemory
from memory.types import Evidence


@dataclass(frozen=True)
class Add:
    item: NewMemory
    vector: Vector | None = None  # already computed by the caller; embedded here otherwise
    related_to: str | None = None  # e.g. the pinned item this observation conflicts with
    new_id: str | None = None  # the id the new row takes, so a later change of the same batch can name it


@dataclass(frozen=True)
class Reinforce:
    memory_id: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Refine:
    """A more precise statement of the same thing: new text (and fields), evidence appended."""

    memory_id: str
    patch: MemoryPatch
    evidence: list[Evidence] = field(default_factory=list)
    vector: Vector | None = None


@dataclass(frozen=True)
class Supersede:
    old_id: str
    item: NewMemory
    vector: Vector | None = None
    new_id: str | None = None  # as for Add


@dataclass(frozen=True)
class End:
    """The user said the item no longer holds ("I'm not vegetarian anymore"): it is marked superseded, with no
    successor, the words that ended it as its last evidence; it keeps its history and can be restored."""

    memory_id: str
    evidence: list[Evidence] = field(default_factory=list)


Change = Add | Reinforce | Refine | Supersede | End


@dataclass(frozen=True)
class Applied:
    op: str  # add, reinforce, update, supersede, end
    memory_id: str
    replaced_id: str | None = None

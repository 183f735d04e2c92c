"""What one job has already decided, as its later candidates see it.

A batch of turns is reconciled in the order the user said them. An item the job adds is not in the index yet,
so the later candidates of the same job are compared with it here; an existing item the job superseded is no
longer there for them to change."""

from __future__ import annotations

from agents.extract.types import Candidate
from agents.graph.reconcile import pending
from memory.ports import Vector
from memory.store.changes import Add, Change, End, Refine, Supersede
from memory.types import Memory, SearchHit


class Earlier:
    def __init__(self, user_id: str) -> None:
        self._user_id = user_id
        self._new: dict[str, tuple[Memory, Vector]] = {}  # items this job adds, by the id they will take
        self._ended: set[str] = set()  # items this job supersedes

    def with_hits(self, c: Candidate, v: Vector, hits: list[SearchHit]) -> list[SearchHit]:
        """The candidate's neighbours in the index, less what this job ended, plus this job's new items from
        other turns (two statements of one turn are two things the user said, never one replacing the other)."""
        own = [
            SearchHit(memory=m, score=float(v @ u))
            for m, u in self._new.values()
            if c.message_id is not None and m.evidence[0].message_id != c.message_id
        ]
        if not own and not self._ended:
            return hits
        kept = [h for h in hits if h.memory.id not in self._ended]
        return sorted(kept + own, key=lambda h: h.score, reverse=True)

    def note(self, c: Candidate, v: Vector, change: Change) -> None:
        gone = change.old_id if isinstance(change, Supersede) else change.memory_id if isinstance(change, End) else None
        if gone is not None:
            self._ended.add(gone)
            self._new.pop(gone, None)
        if isinstance(change, Add | Supersede) and change.new_id is not None:
            self._new[change.new_id] = (pending(c, change.new_id, self._user_id, v), v)
        if isinstance(change, Refine) and change.memory_id in self._new and change.patch.text is not None:
            m, _ = self._new[change.memory_id]
            self._new[change.memory_id] = (m.model_copy(update={"text": change.patch.text}), v)

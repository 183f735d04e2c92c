"""Run one extraction job: load its turns from the log, run the graph, complete the job with its effects."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from agents.extract.types import Extractor, Turn, Usage
from agents.graph.graph import compiled
from agents.graph.state import LearnContext, LearnState
from agents.prompts import EXTRACTION_PROMPT_VERSION
from memory.jobs import Claimed, JobQueue
from memory.messages import MessageLog
from memory.ports import Embedder
from memory.profile import ProfileService
from memory.store.changes import Applied
from memory.store.service import MemoryStore


class Learner:
    """Everything a worker needs to turn a claimed extraction job into memories."""

    def __init__(
        self,
        *,
        store: MemoryStore,
        log: MessageLog,
        queue: JobQueue,
        extractor: Extractor,
        embedder: Embedder,
        profiles: ProfileService | None = None,
    ) -> None:
        self.store = store
        self.log = log
        self.queue = queue
        self.extractor = extractor
        self.embedder = embedder
        self.profiles = profiles

    def run(self, job: Claimed, worker_id: str) -> dict[str, Any]:
        """Process the job; its memories and its completion commit in one transaction."""
        first, last = int(job.payload["first_id"]), int(job.payload["last_id"])
        messages, n_context = self.log.window(job.user_pk, first, last)
        turns = [Turn(message_id=m.id, role=m.role, content=m.content) for m in messages]
        result: dict[str, Any] = {
            "extractor": self.extractor.name,
            "prompt_version": EXTRACTION_PROMPT_VERSION,
            "turns": len(turns) - n_context,
        }

        def finish(session: Session, applied: list[Applied], usage: Usage) -> None:
            result["memories"] = [{"op": a.op, "memory_id": a.memory_id, "replaced_id": a.replaced_id} for a in applied]
            result["usage"] = usage.model_dump()
            self.queue.complete_in(session, job.id, worker_id, result)

        context = LearnContext(
            store=self.store.for_tenant(job.tenant),
            embedder=self.embedder,
            extractor=self.extractor,
            profiles=self.profiles.for_tenant(job.tenant) if self.profiles else None,
            actor=f"agent:{self.extractor.name}",
            on_commit=finish,
        )
        state: LearnState = {"user_id": job.user_id, "turns": turns, "first_new": n_context, "usage": Usage()}
        compiled().invoke(state, context=context)
        return result

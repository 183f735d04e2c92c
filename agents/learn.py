"""Run one extraction job: load its turns from the log, run the graph, complete the job with its effects."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from agents.edits.reader import EditInput, EditReader
from agents.extract.types import Extractor, Turn, Usage
from agents.graph.graph import compiled
from agents.graph.state import LearnContext, LearnState
from agents.prompts import EXTRACTION_PROMPT_VERSION
from memory.learn.edits import EDIT_JOB
from memory.learn.feedback import FEEDBACK_JOB
from memory.learn.jobs import Claimed, JobQueue
from memory.learn.log import MessageLog
from memory.ports import Embedder
from memory.profile.service import ProfileService
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
        edits: EditReader | None = None,
    ) -> None:
        self.store = store
        self.log = log
        self.queue = queue
        self.extractor = extractor
        self.embedder = embedder
        self.profiles = profiles
        self.edits = edits

    def run(self, job: Claimed, worker_id: str) -> dict[str, Any]:
        """Process the job (and the jobs merged into its pass); its memories and its completion commit in one
        transaction."""
        state: LearnState
        if job.kind == EDIT_JOB:  # an edit of an answer enters the graph at read_edit
            edit = EditInput.model_validate(job.payload)
            state = {"user_id": job.user_id, "edit": edit, "usage": Usage()}
            result: dict[str, Any] = {"extractor": self.edits.name if self.edits else "offline-edits"}
        else:
            if job.kind == FEEDBACK_JOB:  # a comment on an answer reads like the user's reply to it
                answer = int(job.payload["answer_id"])
                messages, n_context = self.log.window(job.user_pk, answer, answer, context=0)
                turns = [Turn(message_id=m.id, role=m.role, content=m.content) for m in messages]
                turns.append(Turn(role="user", content=str(job.payload["comment"])))
                n_context = len(turns) - 1
            else:  # jobs merged into this pass add their turns, which follow this job's in the log
                first = int(job.payload["first_id"])
                last = max(int(p["last_id"]) for p in [job.payload, *(p for _, p in job.merged)])
                messages, n_context = self.log.window(job.user_pk, first, last)
                turns = [Turn(message_id=m.id, role=m.role, content=m.content) for m in messages]
            result = {
                "extractor": self.extractor.name,
                "prompt_version": EXTRACTION_PROMPT_VERSION,
                "turns": len(turns) - n_context,
            }
            if job.merged:
                result["jobs"] = job.ids  # learned in one pass; each of them carries this result
            state = {"user_id": job.user_id, "turns": turns, "first_new": n_context, "usage": Usage()}

        def finish(session: Session, applied: list[Applied], usage: Usage) -> None:
            result["memories"] = [{"op": a.op, "memory_id": a.memory_id, "replaced_id": a.replaced_id} for a in applied]
            result["usage"] = usage.model_dump()
            self.queue.complete_in(session, job.ids, worker_id, result)

        context = LearnContext(
            store=self.store.for_tenant(job.tenant),
            embedder=self.embedder,
            extractor=self.extractor,
            profiles=self.profiles.for_tenant(job.tenant) if self.profiles else None,
            edits=self.edits,
            actor=f"agent:{result['extractor']}",
            on_commit=finish,
            user=job.user,
        )
        compiled().invoke(state, context=context)
        return result

"""What flows between the nodes of the extraction graph, and what they get from outside (the context)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypedDict

from sqlalchemy.orm import Session

from agents.edits.reader import EditInput, EditReader
from agents.extract.types import Candidate, Extractor, Turn, Usage
from memory.ports import Embedder, Vector
from memory.profile.service import ProfileService
from memory.store.changes import Applied, Change
from memory.store.service import MemoryStore
from memory.store.user_ref import UserRef
from memory.types import SearchHit


class LearnState(TypedDict, total=False):
    user_id: str
    turns: list[Turn]
    edit: EditInput  # set instead of turns: an edit of an answer (the graph's second entry)
    first_new: int  # turns before this index are earlier context, not this job's input
    focus: list[int]  # indexes of the user turns worth extracting from (the gate's choice)
    candidates: list[Candidate]
    vectors: list[Vector]
    neighbours: list[list[SearchHit]]
    changes: list[Change]
    reasons: list[str]
    applied: list[Applied]
    profile_done: bool  # the commit stored the profile in its own transaction
    usage: Usage


@dataclass(frozen=True)
class LearnContext:
    """The graph's parts, passed in at invoke time (LangGraph's runtime context)."""

    store: MemoryStore
    embedder: Embedder
    extractor: Extractor
    profiles: ProfileService | None = None
    edits: EditReader | None = None  # reads edits of answers; None: the offline reader
    actor: str = "agent"
    # the job's user as the worker claimed it (key, tenant, id): the nodes' reads and writes use it instead of
    # looking the user up again by id; None: by ``state["user_id"]``
    user: UserRef | None = None
    # runs inside the commit transaction with what was applied and the LLM usage: the worker marks its job
    # done there, so a job's memories and its completion commit together
    on_commit: Callable[[Session, list[Applied], Usage], None] | None = None

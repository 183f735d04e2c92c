"""The nodes of the extraction graph: small functions of (state, runtime)."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from langgraph.runtime import Runtime
from sqlalchemy.orm import Session

from agents.extract.gate import gate_for
from agents.extract.types import Candidate, Usage
from agents.graph.earlier import Earlier
from agents.graph.reconcile import SAME, decide
from agents.graph.state import LearnContext, LearnState
from memory.ids import new_id
from memory.redaction import REDACTED, has_secret
from memory.store.changes import Add, Applied, Change, Supersede
from memory.store.user_ref import UserRef

Update = dict[str, Any]


def _user(state: LearnState, runtime: Runtime[LearnContext]) -> str | UserRef:
    """The job's user as claimed, or its id (a graph invoked without a worker)."""
    return runtime.context.user or state["user_id"]


def gate(state: LearnState, runtime: Runtime[LearnContext]) -> Update:
    """Keep the user turns that may reveal something about the user; the rest cost nothing more."""
    passes = gate_for(runtime.context.extractor)  # wider when the extractor reads statements itself
    turns = state["turns"]
    focus: list[int] = []
    previous_assistant: str | None = None
    for i, turn in enumerate(turns):
        if turn.role == "assistant":
            previous_assistant = turn.content
        if i >= state.get("first_new", 0) and turn.role == "user" and passes(turn.content, previous_assistant):
            focus.append(i)
    return {"focus": focus}


def _about_secret(c: Candidate) -> bool:
    """A secret, or the trace of one the message log redacted, in anything the candidate would store."""
    return any(REDACTED in t or has_secret(t) for t in (c.text, c.context, c.subject))


def extract(state: LearnState, runtime: Runtime[LearnContext]) -> Update:
    result = runtime.context.extractor.extract(state["turns"], state["focus"])
    # a statement about a secret is not a preference: never keep it, redacted or not
    kept = [c for c in result.candidates if not _about_secret(c)]
    return {"candidates": kept, "usage": state.get("usage", Usage()) + result.usage}


def _dedupe(candidates: list[Candidate], vectors: np.ndarray) -> tuple[list[Candidate], np.ndarray]:
    """Within one batch, the same statement twice is one candidate (a statement and its ending are two)."""
    keep: list[int] = []
    for i in range(len(candidates)):
        if all(float(vectors[i] @ vectors[j]) < SAME or candidates[i].ends != candidates[j].ends for j in keep):
            keep.append(i)
    return [candidates[i] for i in keep], vectors[keep]


def relate(state: LearnState, runtime: Runtime[LearnContext]) -> Update:
    """Find, for each candidate, the user's existing memories most like it."""
    candidates = state.get("candidates", [])
    if not candidates:
        return {"vectors": [], "neighbours": []}
    vectors = runtime.context.embedder.embed([c.text for c in candidates])
    candidates, vectors = _dedupe(candidates, vectors)
    neighbours = runtime.context.store.neighbours(_user(state, runtime), list(vectors), k=5)
    return {"candidates": candidates, "vectors": list(vectors), "neighbours": neighbours}


def reconcile(state: LearnState) -> Update:
    """Each candidate against the user's memories and against what this job decided for the candidates before
    it, in the order the user said them: "vegan here" and, two turns later, "34F, vegetarian" end with one
    diet, the first superseded by the second, as they would have in two jobs."""
    changes: list[Change] = []
    reasons: list[str] = []
    claimed: set[str] = set()  # one change per existing item per job
    earlier = Earlier(state["user_id"])
    for c, v, hits in zip(
        state.get("candidates", []), state.get("vectors", []), state.get("neighbours", []), strict=True
    ):
        change, why = decide(c, v, earlier.with_hits(c, v, hits))
        if isinstance(change, Add | Supersede):
            change = dataclasses.replace(change, new_id=new_id())
        target = getattr(change, "memory_id", None) or getattr(change, "old_id", None)
        if change is None or (target is not None and target in claimed):
            reasons.append(f"skip {c.text!r}: {why}")
            continue
        if target is not None:
            claimed.add(target)
        earlier.note(c, v, change)
        changes.append(change)
        reasons.append(f"{type(change).__name__.lower()} {c.text!r}: {why}")
    return {"changes": changes, "reasons": reasons}


def commit(state: LearnState, runtime: Runtime[LearnContext]) -> Update:
    """Store the changes, their events and index changes, and the job's completion, in one transaction."""
    ctx = runtime.context
    on_commit = ctx.on_commit
    usage = state.get("usage", Usage())

    profile_done = False

    def in_transaction(session: Session, applied: list[Applied]) -> None:
        nonlocal profile_done
        if on_commit is not None:
            on_commit(session, applied, usage)
        if applied and ctx.profiles is not None:  # one commit per job: the profile goes with the memories
            profile_done = ctx.profiles.refresh_in(session, _user(state, runtime))

    applied = ctx.store.apply(
        _user(state, runtime),
        state.get("changes", []),
        actor=ctx.actor,
        reason="; ".join(state.get("reasons", []))[:2000],
        in_transaction=in_transaction,
    )
    return {"applied": applied, "profile_done": profile_done}


def refresh_profile(state: LearnState, runtime: Runtime[LearnContext]) -> Update:
    """After the commit, only when the commit could not store the profile itself (a summary to write, by an LLM,
    outside the write lock). Nothing learned, nothing to refresh."""
    if state.get("applied") and not state.get("profile_done") and runtime.context.profiles is not None:
        runtime.context.profiles.refresh(_user(state, runtime))
    return {}

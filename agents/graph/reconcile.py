"""Decide what a candidate means for what is already known: add, reinforce, refine, supersede, or nothing.

Thresholds are cosine similarities of all-MiniLM-L6-v2 embeddings of the memory texts: paraphrases of one
statement score above ``SAME``; a more or less specific statement of the same thing above ``RELATED``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from agents.extract.types import Candidate
from agents.graph.text_relations import covers, negates, opposes
from memory.ports import Vector
from memory.store.changes import Add, Change, End, Refine, Reinforce, Supersede
from memory.store.convert import to_memory
from memory.store.schemas import MemoryPatch, NewMemory
from memory.store.writes import new_row
from memory.types import Evidence, Memory, MemoryKind, SearchHit

SAME = 0.86
RELATED = 0.72
ENDS = 0.8  # "no longer holds" ends a memory only when it says nearly the same ("Loves sushi", not "Loves sashimi")
CONFLICT_CONFIDENCE = 0.3
SINGLE_VALUED = {MemoryKind.fact, MemoryKind.constraint}
# style subjects that hold one value in one context: "short answers" then "detailed answers" is a change of mind
ONE_VALUE_SUBJECTS = {
    *("answer length", "tone", "response language", "units", "bullet points", "greeting", "sign-off"),
    *("format", "examples", "emojis", "jargon"),  # the subjects of agents.offline.answer_phrases
}


def _polarity(m: Memory) -> str:
    return "negative" if m.kind == MemoryKind.dislike else "positive"


def _locked(m: Memory) -> bool:
    return m.pinned or m.human_edited


def _same_subject(c: Candidate, m: Memory) -> bool:
    return bool(c.subject) and c.subject.strip().casefold() == m.subject.strip().casefold()


def _same_context(c: Candidate, m: Memory) -> bool:
    return c.context.strip().casefold() == m.context.strip().casefold()


def new_item(c: Candidate, now: datetime | None = None) -> NewMemory:
    evidence = Evidence(message_id=c.message_id, quote=c.quote[:2000], observed_at=now or datetime.now(UTC))
    return NewMemory(
        text=c.text,
        kind=c.kind,
        category=c.category,
        context=c.context,
        subject=c.subject,
        source=c.source,
        confidence=c.confidence,
        evidence=[evidence],
    )


def pending(c: Candidate, memory_id: str, user_id: str, vector: Vector) -> Memory:
    """An item this job is about to store, as the job's later candidates see it (not yet in the index): the row
    the store will write, built the same way and never added to a session."""
    now = datetime.now(UTC)
    return to_memory(new_row(0, new_item(c, now), vector, "", now, memory_id), user_id)


def ended(c: Candidate, hits: list[SearchHit]) -> tuple[Change | None, str]:
    """What the user said no longer holds ends the active memory that says it, of the same polarity and, where
    both name one, the same subject; said for a situation, only the memory of that situation. Nothing else."""
    for h in hits:
        m = h.memory
        if (
            h.score < ENDS
            or _polarity(m) != c.polarity
            or (c.subject and m.subject and not _same_subject(c, m))
            or (c.context and not _same_context(c, m))
        ):
            continue
        if _locked(m):
            return None, f"no longer holds, but {m.id}, which a person set, is left unchanged"
        return End(m.id, new_item(c).evidence), f"no longer holds: ends {m.id} (cosine {h.score:.2f})"
    return None, "no longer holds; no memory says it"


def decide(c: Candidate, vector: Vector, hits: list[SearchHit]) -> tuple[Change | None, str]:
    """One candidate against its nearest active memories; returns the change and a readable reason."""
    if c.ends:
        return ended(c, hits)
    item = new_item(c)
    evidence = item.evidence
    for h in hits:  # the same turn already produced this item (a re-run job): nothing to do
        seen = c.message_id is not None and any(e.message_id == c.message_id for e in h.memory.evidence)
        if seen and h.score >= RELATED:
            return None, f"already learned from message {c.message_id}"
    for h in hits:
        m = h.memory
        if not _same_context(c, m):
            continue
        flipped = _polarity(m) != c.polarity and (h.score >= RELATED or _same_subject(c, m))
        flipped = flipped or negates(c.text, m.text) or opposes(c.text, m.text)
        one_value = c.subject.strip().lower() in ONE_VALUE_SUBJECTS
        single = (c.kind in SINGLE_VALUED and m.kind in SINGLE_VALUED) or one_value
        replaced = _same_subject(c, m) and single and h.score < SAME
        if flipped or replaced:
            why = "opposite preference" if flipped else f"new value for {c.subject!r}"
            if _locked(m):
                low = item.model_copy(update={"confidence": min(c.confidence, CONFLICT_CONFIDENCE)})
                return Add(low, vector, related_to=m.id), f"{why}; conflicts with {m.id}, which a person set"
            return Supersede(m.id, item, vector), f"{why}: supersedes {m.id}"
    best = hits[0] if hits else None
    if (
        best is None
        or best.score < RELATED
        or not _same_context(c, best.memory)
        or _polarity(best.memory) != c.polarity
    ):
        return Add(item, vector), "new"
    m = best.memory
    if _locked(m):
        return None, f"matches {m.id}, which a person set; left unchanged"
    if best.score >= SAME or covers(m.text, c.text):  # the same, or said with less
        return Reinforce(m.id, evidence), f"same as {m.id} (cosine {best.score:.2f})"
    if not covers(c.text, m.text):  # near, but about something else ("milk chocolate" beside "dark chocolate")
        return Add(item, vector), f"new; near {m.id} (cosine {best.score:.2f}) but about something else"
    patch = MemoryPatch(text=c.text, confidence=max(m.confidence, c.confidence))
    return Refine(m.id, patch, evidence, vector), f"refines {m.id} (cosine {best.score:.2f})"

"""What the store writes, with secrets redacted (:mod:`memory.redaction` finds them): a memory's text, context,
subject and evidence quotes, a patch's text and context, and the learning path's changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from memory.redaction import redact
from memory.store.changes import Add, Change, End, Refine, Reinforce, Supersede
from memory.store.schemas import MemoryPatch, NewMemory
from memory.types import Evidence


def quotes(evidence: Sequence[Evidence]) -> list[Evidence]:
    return [e.model_copy(update={"quote": redact(e.quote)}) for e in evidence]


def item(new: NewMemory) -> NewMemory:
    return new.model_copy(
        update={
            "text": redact(new.text),
            "context": redact(new.context),
            "subject": redact(new.subject),
            "evidence": quotes(new.evidence),
        }
    )


def patch(p: MemoryPatch) -> MemoryPatch:
    """Only the fields the patch sets are touched, so it still changes only what the caller asked."""
    update = {k: redact(v) for k in ("text", "context") if isinstance(v := getattr(p, k), str) and redact(v) != v}
    return p.model_copy(update=update) if update else p


def change(c: Change) -> Change:
    """A change with its text redacted; a vector computed from a secret is dropped (the store embeds again)."""
    if isinstance(c, Add | Supersede):
        scrubbed = item(c.item)
        return dataclasses.replace(c, item=scrubbed, vector=c.vector if scrubbed.text == c.item.text else None)
    if isinstance(c, Refine):
        p = patch(c.patch)
        return dataclasses.replace(
            c, patch=p, evidence=quotes(c.evidence), vector=c.vector if p.text == c.patch.text else None
        )
    if isinstance(c, Reinforce | End):
        return dataclasses.replace(c, evidence=quotes(c.evidence))
    return c

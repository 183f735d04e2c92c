"""A draft said under a situation or for a reason: "for my grandkids I only buy wooden toys" -> Only buys wooden toys
[for their grandkids]; "I avoid the gym because of my knee" keeps its reason in the text."""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.drafts import Draft
from memory.types import MemoryKind

#: Subjects of facts that hold in every situation: where the user lives or grew up, what kind of person they are.
UNCONDITIONAL = frozenset({"home city", "hometown", "personality"})
_SUBJECT_TAIL_RE = re.compile(r"\s+(?:they|we|i|he|she)$", re.IGNORECASE)


def scoped(draft: Draft, context: str) -> Draft:
    """The draft said under ``context``, unless it holds in every situation ("In my city Porto ...": Lives in
    Porto; "For my birthday I'd rather something quiet, I'm an introvert": Is an introvert)."""
    unconditional = draft.subject in UNCONDITIONAL or draft.category == "pets"  # "my gelding"
    context = _SUBJECT_TAIL_RE.sub("", context)  # "for my grandkids I only buy ...": not "[for their grandkids they]"
    return draft if unconditional else draft.with_context(context)


def with_reason(draft: Draft, reason: str) -> Draft:
    if not reason or re.search(r"\b(?:due to|because|since)\b", draft.text) or draft.kind == MemoryKind.fact:
        return draft
    return replace(draft, text=f"{draft.text} {reason}")

"""A memory as the rules first write it (a :class:`Draft`), before it gets a category and a message id.

Polarity follows the kind: only a dislike is negative, which is how stored memories are compared when
a later statement flips or replaces an earlier one (:mod:`agents.graph.reconcile`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from agents.offline.normalize import subject_key
from memory.types import MemoryKind, MemorySource

Polarity = Literal["positive", "negative"]

EXPLICIT = 0.85  # a direct first-person statement
STRONG = 0.9  # ... with a strong word ("strongly", "never", "allergic")
IMPLICIT = 0.7  # a fact mentioned in passing, a habit, a choice's reason
CHOICE = 0.65  # what a picked option says about the user
HEDGE_PENALTY = 0.25  # "I think I prefer ...", "kind of like ..."
UNSURE = 0.45  # "I'm not sure I like ..."


@dataclass(frozen=True)
class Draft:
    """One proposed memory; ``category`` None means "decide by embedding"."""

    text: str
    kind: MemoryKind
    subject: str
    confidence: float = EXPLICIT
    source: MemorySource = MemorySource.explicit
    context: str = ""
    category: str | None = None
    quote: str = ""
    ends: bool = False  # the user said this no longer holds (:mod:`agents.offline.given_up`): never stored

    @property
    def polarity(self) -> Polarity:
        return "negative" if self.kind == MemoryKind.dislike else "positive"

    def hedged(self) -> Draft:
        return replace(self, confidence=round(max(0.3, self.confidence - HEDGE_PENALTY), 2))

    def with_context(self, context: str) -> Draft:
        return replace(self, context=context) if context and not self.context else self

    def quoted(self, quote: str) -> Draft:
        return self if self.quote else replace(self, quote=quote)

    def as_source(self, source: MemorySource, confidence: float | None = None) -> Draft:
        return replace(self, source=source, confidence=self.confidence if confidence is None else confidence)


def told(text: str, kind: MemoryKind, subject: str, quote: str) -> Draft:
    """What the user told in passing or in reply to the assistant's question, worded by a rule: implicit
    confidence, ``subject`` keyed, ``quote`` the user's words."""
    return Draft(text, kind, subject_key(subject), IMPLICIT, MemorySource.implicit, quote=quote)


def said(text: str, kind: MemoryKind, subject: str) -> Draft:
    """A statement the user made outright, worded by a rule: explicit confidence, ``subject`` keyed."""
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit)

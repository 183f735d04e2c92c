"""Scoring and selection: pure functions over candidate memories, their similarities and the request."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

from memory.types import Memory, MemoryKind

RELEVANCE_FLOOR = 0.3  # below this cosine, an item only gets in by topic, keyword or as core
TOPIC_FLOOR = 0.5  # topic similarity (see Categorizer.profiles) that lets a less similar item in
TOPIC_WEIGHT = 0.15
MIN_RELEVANCE = 0.12  # nothing below this gets in except core items
GAP = 0.2  # items scoring this far below the best one are left out
CONTEXT_FLOOR = 0.3  # a context-conditioned item needs its context this close to the request
DUPLICATE = 0.9  # two chosen items this similar are one (MMR)
RECENCY_HALF_LIFE_DAYS = 180.0

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(
    (
        "about",
        "after",
        "again",
        "also",
        "always",
        "anything",
        "because",
        "been",
        "before",
        "being",
        "could",
        "does",
        "doing",
        "done",
        "each",
        "even",
        "from",
        "have",
        "having",
        "here",
        "into",
        "just",
        "like",
        "make",
        "many",
        "more",
        "most",
        "much",
        "need",
        "only",
        "other",
        "over",
        "please",
        "really",
        "recommend",
        "should",
        "some",
        "something",
        "suggest",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "think",
        "this",
        "those",
        "want",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "yours",
        "tell",
        "give",
        "know",
        "good",
        "best",
        "ideas",
        "help",
    )
)


def keywords(text: str, limit: int = 4) -> list[str]:
    """The request's most telling words, for the lexical match (longest first)."""
    words = {w.strip("'-") for w in _WORD.findall(text.lower())} - _STOP
    return sorted((w for w in words if len(w) >= 4), key=lambda w: (-len(w), w))[:limit]


CORE_KINDS = (MemoryKind.constraint.value, MemoryKind.style.value)


def is_core(m: Memory) -> bool:
    """Always injected (within budget): what a person pinned, hard constraints and global style rules."""
    return m.pinned or (m.kind in CORE_KINDS and not m.context)


@dataclass
class Scored:
    memory: Memory
    relevance: float
    score: float = 0.0
    why: list[str] = field(default_factory=list)


def score(
    m: Memory,
    relevance: float,
    *,
    lexical: list[str],
    topic: float,
    context_relevance: float | None,
    now: datetime,
) -> Scored | None:
    """Score one candidate, or None when it does not belong in this request."""
    s = Scored(m, relevance)
    if m.context:
        if context_relevance is None or context_relevance < CONTEXT_FLOOR:
            return None
        s.why.append(f"its context '{m.context}' matches ({context_relevance:.2f})")
    age_days = max(0.0, (now - m.last_seen_at).total_seconds() / 86_400)
    recency = 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)
    reinforcement = min(1.0, math.log1p(m.seen_count - 1) / math.log(5))
    s.score = relevance + 0.05 * m.confidence + 0.03 * recency + 0.03 * reinforcement
    if relevance >= RELEVANCE_FLOOR:
        s.why.append(f"similar to the request ({relevance:.2f})")
    if lexical:
        s.score += 0.1
        s.why.append("mentions " + ", ".join(repr(w) for w in lexical))
    s.score += TOPIC_WEIGHT * topic
    on_topic = topic >= TOPIC_FLOOR and relevance >= MIN_RELEVANCE
    if on_topic:
        s.why.append(f"same topic as the request ({m.category}, {topic:.2f})")
    if relevance < RELEVANCE_FLOOR and not lexical and not on_topic:
        return None
    return s


def cut(ranked: list[Scored]) -> list[Scored]:
    """Keep the items close to the best one: a request is about one thing, not everything on file."""
    if not ranked:
        return ranked
    best = ranked[0].score
    return [r for r in ranked if r.score >= best - GAP]


def collapse(chosen: list[Scored], vectors: dict[str, NDArray[np.float32]]) -> list[Scored]:
    """Drop near-duplicates, keeping the better-scored one (maximal marginal relevance at its simplest)."""
    kept: list[Scored] = []
    for c in chosen:
        v = vectors.get(c.memory.id)
        if v is not None and any(
            (w := vectors.get(k.memory.id)) is not None and float(v @ w) >= DUPLICATE for k in kept
        ):
            continue
        kept.append(c)
    return kept

"""Scoring and selection: pure functions over candidate memories, their similarities and the request."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

from memory.types import MemoryKind

# Measured on PrefEval with bench/recall_quality.py; moving GAP or SCORE_FLOOR trades hit@k for precision.
RELEVANCE_FLOOR = 0.3  # the trace calls an item "similar to the request" from this cosine up
TOPIC_FLOOR = 0.5  # ... and "same topic" from this topic overlap (see RecallService._topics) up
TOPIC_WEIGHT = 0.3  # a request and a memory on the same topic score this much higher
LEXICAL_BONUS = 0.0  # lexical matches widen the candidates; on held-out PrefEval users a bonus cost hit@k
MIN_RELEVANCE = 0.05  # nothing below this cosine gets in except core items
SCORE_FLOOR = 0.3  # nor anything whose combined score is below this: an unrelated request gets the core only
GAP = 0.22  # items scoring this far below the best one are left out
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


@dataclass(frozen=True)
class Candidate:
    """The columns ranking needs, read without the rest of the row (evidence, history fields)."""

    id: str
    text: str
    kind: str
    category: str
    context: str
    pinned: bool
    confidence: float
    seen_count: int
    last_seen_at: datetime


def is_core(c: Candidate) -> bool:
    """Always injected (within budget): what a person pinned, hard constraints and global style rules."""
    return c.pinned or (c.kind in CORE_KINDS and not c.context)


@dataclass
class Scored:
    candidate: Candidate
    relevance: float
    score: float = 0.0
    why: list[str] = field(default_factory=list)
    above_floor: bool = True  # below SCORE_FLOOR or MIN_RELEVANCE: left out, unless a reranker asks for it


def score(
    c: Candidate,
    relevance: float,
    *,
    lexical: list[str],
    topic: float,
    context_relevance: float | None,
    now: datetime,
) -> Scored | None:
    """Score one candidate, or None when its context does not match the request (``above_floor`` is False
    when it scores too low to be injected on its own)."""
    s = Scored(c, relevance)
    if c.context:
        if context_relevance is None or context_relevance < CONTEXT_FLOOR:
            return None
        s.why.append(f"its context '{c.context}' matches ({context_relevance:.2f})")
        # "writes formally (when emailing their manager)": what the request must resemble is the context
        relevance = max(relevance, context_relevance)
    age_days = max(0.0, (now - c.last_seen_at).total_seconds() / 86_400)
    recency = 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)
    reinforcement = min(1.0, math.log1p(c.seen_count - 1) / math.log(5))
    s.score = relevance + 0.05 * c.confidence + 0.03 * recency + 0.03 * reinforcement
    if relevance >= RELEVANCE_FLOOR:
        s.why.append(f"similar to the request ({relevance:.2f})")
    if lexical:
        s.score += LEXICAL_BONUS
        s.why.append("mentions " + ", ".join(repr(w) for w in lexical))
    s.score += TOPIC_WEIGHT * topic
    if topic >= TOPIC_FLOOR:
        s.why.append(f"same topic as the request ({c.category}, {topic:.2f})")
    s.above_floor = s.score >= SCORE_FLOOR and relevance >= MIN_RELEVANCE
    s.why.insert(  # the terms of the score, so no chosen item comes without a why
        0,
        f"score {s.score:.2f}: similarity {relevance:.2f} + topic {TOPIC_WEIGHT * topic:.2f} "
        f"+ confidence, recency and use {s.score - relevance - TOPIC_WEIGHT * topic:.2f}",
    )
    return s


def cut(ranked: list[Scored]) -> list[Scored]:
    """Keep the items close to the best one: a request is about one thing, not everything on file."""
    if not ranked:
        return ranked
    best = ranked[0].score
    return [r for r in ranked if r.score >= best - GAP]


def collapse(chosen: list[Scored], vectors: dict[str, NDArray[np.float32]]) -> list[Scored]:
    """Drop near-duplicates, keeping the better-scored one (maximal marginal relevance at its simplest)."""
    with_vector = [i for i, c in enumerate(chosen) if c.candidate.id in vectors]
    if len(with_vector) < 2:
        return chosen
    matrix = np.stack([vectors[chosen[i].candidate.id] for i in with_vector])
    similar = (matrix @ matrix.T) >= DUPLICATE
    row_of = {i: r for r, i in enumerate(with_vector)}
    kept: list[Scored] = []
    kept_rows: list[int] = []
    for i, c in enumerate(chosen):
        r = row_of.get(i)
        if r is not None and kept_rows and bool(similar[r, kept_rows].any()):
            continue
        kept.append(c)
        if r is not None:
            kept_rows.append(r)
    return kept

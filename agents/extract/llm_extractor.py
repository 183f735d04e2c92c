"""Extraction by an LLM: the prompt of :mod:`agents.prompts`, a validated structured answer, candidates."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from agents.extract.types import Candidate, Extraction, Turn, Usage
from agents.llm.base import LLM, ChatMessage
from agents.prompts import EXTRACTION_SYSTEM, render_turns
from memory.types import MemoryKind, MemorySource

log = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 2000  # Evidence.quote's limit


class ExtractedMemory(BaseModel):
    """One memory about the user, from one user turn."""

    turn: int = Field(description="Index of the user turn it comes from.")
    text: str = Field(description="Third-person statement without subject, e.g. 'Prefers in-person classes'.")
    kind: MemoryKind
    category: str = Field("general", description="Lower-case slug, e.g. food, travel, coding.")
    context: str = Field("", description="When it applies; empty = always.")
    source: Literal["explicit", "implicit", "feedback"] = "explicit"
    confidence: float = Field(0.8, description="0 to 1.")
    polarity: Literal["positive", "negative"] = "positive"
    subject: str = Field("", description="Short key of what it is about, e.g. 'diet', 'answer length'.")
    quote: str = Field("", description="The user's own words that reveal it.")
    ends: bool = Field(False, description="True when the user says this no longer holds; it is then not stored.")


class ExtractedMemories(BaseModel):
    """The memories found in the marked user turns (often none)."""

    memories: list[ExtractedMemory] = Field(default_factory=list)


def slugify_category(category: str) -> str:
    """A category that fits ``memory.types.CATEGORY_PATTERN`` (lower-cased), 'general' when nothing is left."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", category.strip().lower()).strip("-_")
    slug = re.sub(r"^[^a-z]+", "", slug)[:40].rstrip("-_")
    return slug or "general"


class LLMExtractor:
    """The :class:`~agents.extract.types.Extractor` backed by an :class:`~agents.llm.base.LLM`."""

    def __init__(self, llm: LLM) -> None:
        self.llm = llm

    @property
    def name(self) -> str:
        return f"llm:{self.llm.name}"

    @property
    def reads_statements(self) -> bool:
        """A model tells for itself which sentences teach something, so the gate passes it every statement,
        terse or indirect ("I'm learning Japanese.", "Window seat. Always."), not only those with a regex cue;
        questions, requests and code still never reach it (:func:`agents.extract.gate.gate_for`)."""
        return True

    def extract(self, turns: Sequence[Turn], focus: Sequence[int]) -> Extraction:
        sources = {i for i in focus if 0 <= i < len(turns) and turns[i].role == "user"}
        if not sources:
            return Extraction(candidates=[], usage=Usage())
        answer, usage = self.llm.structured(
            system=EXTRACTION_SYSTEM,
            messages=[ChatMessage(role="user", content=render_turns(turns, sorted(sources)))],
            schema=ExtractedMemories,
        )
        candidates = []
        for item in answer.memories:
            if item.turn not in sources:
                log.info("dropping extracted memory from turn %s (not a marked user turn): %r", item.turn, item.text)
                continue
            candidate = _candidate(item, turns[item.turn])
            if candidate is not None:
                candidates.append(candidate)
        return Extraction(candidates=candidates, usage=usage)


def _candidate(item: ExtractedMemory, turn: Turn) -> Candidate | None:
    text = item.text.strip()
    if not text:
        return None
    return Candidate(
        text=text,
        kind=item.kind,
        category=slugify_category(item.category),
        context=item.context.strip(),
        source=MemorySource(item.source),
        confidence=min(1.0, max(0.0, item.confidence)),
        polarity=item.polarity,
        subject=item.subject.strip().lower(),
        message_id=turn.message_id,
        quote=item.quote.strip()[:MAX_QUOTE_CHARS],
        ends=item.ends,
    )

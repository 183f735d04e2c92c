"""Edit readers: an assistant's draft and the user's version in, candidate memories out. The offline reader
measures the diff (:mod:`agents.edits.diff`); the LLM reader (:mod:`agents.edits.llm`) states it in words.
Both return the same candidates, which the learning graph reconciles like any other."""

from __future__ import annotations

import re
from typing import Protocol

from pydantic import BaseModel, Field

from agents.edits.diff import read_edit
from agents.extract.types import Candidate, Extraction, Usage
from memory.types import MemoryKind, MemorySource

CONFIDENCE = 0.6  # one edit is one observation; a second like it reinforces
QUOTE_SIDE = 980  # Evidence.quote holds 2,000 characters: both texts, each cut to this
_EMAIL = re.compile(r"\b(?:e-?mail|subject:|dear\b|kind regards|best regards)", re.I)
_WORK = re.compile(
    r"\b(?:manager|boss|colleague|coworker|co-worker|team|client|customer|stakeholder|recruiter|hr|ceo|"
    r"director|work|office|meeting|project|deadline|vendor)s?\b",
    re.I,
)
_EMAIL_HEAD = re.compile(r"^\s*(?:subject:|dear |hi |hello )", re.I)


class EditInput(BaseModel):
    """What a job of kind ``edit`` carries (texts already redacted)."""

    draft: str
    edited: str
    request: str = ""
    context: str = ""


class EditReader(Protocol):
    @property
    def name(self) -> str: ...

    def read(self, edit: EditInput) -> Extraction: ...


def quote(edit: EditInput) -> str:
    """Both texts, as the evidence of an edit-learned item: ``draft: ...`` then ``edited: ...``."""

    def cut(text: str) -> str:
        return text if len(text) <= QUOTE_SIDE else text[: QUOTE_SIDE - 1] + "…"

    return f"draft: {cut(edit.draft)}\nedited: {cut(edit.edited)}"


def where(edit: EditInput) -> str:
    """When an edit's lesson applies: the caller's label, else what the request and the texts show (a work
    email, an email), else always ('')."""
    if edit.context.strip():
        return edit.context.strip()
    seen = f"{edit.request}\n{edit.draft[:300]}"
    if _EMAIL.search(edit.request) or _EMAIL_HEAD.match(edit.draft):
        return "writing work emails" if _WORK.search(seen) else "writing emails"
    return ""


# preferences about the way a message is written hold where it was written; length and format of answers
# hold everywhere unless the caller labelled the context
_CONTEXTUAL = {"tone", "greeting", "sign-off"}


def candidate(edit: EditInput, text: str, subject: str, category: str, confidence: float = CONFIDENCE) -> Candidate:
    context = where(edit)
    if not edit.context.strip() and subject not in _CONTEXTUAL and not subject.startswith("wording"):
        context = ""
    return Candidate(
        text=text,
        kind=MemoryKind.style,
        category=category,
        context=context,
        source=MemorySource.edit,
        confidence=confidence,
        subject=subject,
        quote=quote(edit),
    )


class OfflineEditReader:
    """Rules over the diff: deterministic, no model."""

    name = "offline-edits"

    def read(self, edit: EditInput) -> Extraction:
        found = read_edit(edit.draft, edit.edited)
        return Extraction(candidates=[candidate(edit, f.text, f.subject, f.category) for f in found], usage=Usage())


class StatedPreference(BaseModel):
    text: str = Field(description="Third-person statement without subject, e.g. 'Prefers short answers'.")
    subject: str = Field(description="Short key: 'answer length', 'tone', 'units', 'sign-off', ...")
    category: str = Field("communication", description="Lower-case slug: communication, technology, ...")
    general: bool = Field(
        False, description="True when it holds for every answer, false when only where the edit happened."
    )

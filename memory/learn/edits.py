"""Edits of an assistant's answer, as a signal: the draft and the user's version are redacted and queued as
one learning job (kind ``edit``), in one transaction, like a batch of conversation turns."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.exc import IntegrityError

from memory.db.engine import write_tx
from memory.errors import InvalidInput
from memory.hygiene import Plain
from memory.learn import jobs
from memory.learn.tenant_log import TenantLog
from memory.secrets import redact
from memory.store import queries as q

EDIT_JOB = "edit"
MAX_EDIT_CHARS = 32_000
MAX_REQUEST_CHARS = 8_000
EditText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_EDIT_CHARS), Plain]


class NewEdit(BaseModel):
    """An assistant's text and the user's version of it."""

    model_config = ConfigDict(extra="forbid")

    draft: EditText = Field(description="The assistant's text, as it was shown to the user.")
    edited: EditText = Field(description="The user's version of it (what they sent or kept).")
    request: Annotated[str, Plain] = Field(
        "", max_length=MAX_REQUEST_CHARS, description="What the user had asked for (optional)."
    )
    context: Annotated[str, Plain] = Field(
        "",
        max_length=200,
        description="When the lesson applies, e.g. 'writing work emails' (optional; empty: tacit infers it "
        "from the request and the texts, else it applies always).",
    )


class EditReceipt(BaseModel):
    user_id: str
    job_id: str


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class EditLog(TenantLog):
    def submit(self, user_id: str, edit: NewEdit) -> EditReceipt:
        """Queue the edit for learning (creating the user on first sight). Raises ``InvalidInput`` when the
        two texts are the same (whitespace aside) or a text is only whitespace."""
        for name in ("draft", "edited"):
            if not getattr(edit, name).strip():
                raise InvalidInput(f"{name} is empty; give the text", name)
        if _same(edit.draft, edit.edited):
            raise InvalidInput("nothing changed: draft and edited are the same text", "edited")
        clean = redact if self._redact else (lambda t: t)
        payload = {
            "draft": clean(edit.draft),
            "edited": clean(edit.edited),
            "request": clean(edit.request),
            "context": clean(edit.context.strip()),
        }
        try:
            return self._submit(user_id, payload)
        except IntegrityError:  # the user was created concurrently: the second try finds them
            return self._submit(user_id, payload)

    def _submit(self, user_id: str, payload: dict[str, str]) -> EditReceipt:
        with write_tx(self._sessions) as s:
            user, _ = q.user_for_write(s, self._tenant, user_id)
            job_id = jobs.enqueue(s, user.pk, EDIT_JOB, payload, self._max_attempts)
        return EditReceipt(user_id=user_id, job_id=job_id)

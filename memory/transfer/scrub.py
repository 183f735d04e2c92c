"""An import document with secrets redacted (:mod:`memory.redaction`) from everything it would store: memory
text, context, subject, evidence quotes, the history's before/after snapshots, and the messages."""

from __future__ import annotations

from typing import Any

from memory.redaction import redact
from memory.store.scrub import quotes
from memory.transfer.schema import ExportDocument, ExportedEvent, ExportedMemory


def _values(value: Any) -> Any:
    """Strings anywhere in a snapshot (``{"text": ..., "context": ..., "evidence": [{"quote": ...}]}``)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_values(v) for v in value]
    return value


def _event(e: ExportedEvent) -> ExportedEvent:
    return e.model_copy(update={"reason": redact(e.reason), "before": _values(e.before), "after": _values(e.after)})


def _memory(m: ExportedMemory) -> ExportedMemory:
    return m.model_copy(
        update={
            "text": redact(m.text),
            "context": redact(m.context),
            "subject": redact(m.subject),
            "evidence": quotes(m.evidence),
            "history": [_event(e) for e in m.history],
        }
    )


def scrub_document(doc: ExportDocument) -> ExportDocument:
    messages = doc.messages
    if messages is not None:
        messages = [m.model_copy(update={"content": redact(m.content)}) for m in messages]
    return doc.model_copy(update={"memories": [_memory(m) for m in doc.memories], "messages": messages})

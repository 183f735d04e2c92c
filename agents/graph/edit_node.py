"""The learning graph's second entry: an edit of an answer (not a conversation) read into candidates.
From there the edit's candidates take the same path as a chat turn's: relate -> reconcile -> commit."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agents.edits.reader import OfflineEditReader
from agents.extract.types import Usage
from agents.graph.state import LearnContext, LearnState
from memory.secrets import REDACTED, has_secret


def read_edit(state: LearnState, runtime: Runtime[LearnContext]) -> dict[str, Any]:
    reader = runtime.context.edits or OfflineEditReader()
    result = reader.read(state["edit"])
    kept = [c for c in result.candidates if REDACTED not in c.text and not has_secret(c.text)]
    return {"candidates": kept, "usage": state.get("usage", Usage()) + result.usage}

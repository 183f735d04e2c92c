"""LangGraph nodes: recall before the model, observe after it.

    from langgraph.graph import START, END, MessagesState, StateGraph
    from tacit.langgraph import memory_node, observe_node

    class State(MessagesState):
        user_id: str

    graph = StateGraph(State)
    graph.add_node("memory", memory_node(memory))     # the memory prefix, as the first (system) message
    graph.add_node("model", call_model)
    graph.add_node("observe", observe_node(memory))   # logs the last exchange; learning runs later
    graph.add_edge(START, "memory"); graph.add_edge("memory", "model")
    graph.add_edge("model", "observe"); graph.add_edge("observe", END)

``memory`` is a :class:`tacit.Memory` or :class:`tacit.Client`. The state is a mapping or an object with the
user id and the messages (LangChain messages or ``{"role", "content"}`` dicts). tacit being down never
fails the graph: the nodes log a warning and carry on.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from memory.wire import MAX_TURN_CHARS, Turn, conversation, field, has_user_text, role_of, text_of
from tacit._types import MemoryLike

log = logging.getLogger("tacit.langgraph")

#: The id of the memory system message: each turn replaces it instead of adding another.
MEMORY_MESSAGE_ID = "tacit-memory"


def _messages(state: Any, key: str) -> list[Any]:
    return list(field(state, key) or [])


class MemoryNode:
    """The node :func:`memory_node` makes (a callable object, which type checkers accept as a LangGraph node)."""

    def __init__(self, memory: MemoryLike, user_id_key: str, messages_key: str, budget_tokens: int) -> None:
        self.memory = memory
        self.user_id_key = user_id_key
        self.messages_key = messages_key
        self.budget_tokens = budget_tokens

    def __call__(self, state: Any) -> dict[str, Any]:
        messages = _messages(state, self.messages_key)
        user_id = field(state, self.user_id_key)
        turns = conversation(messages)
        if not user_id or not has_user_text(turns):
            return {}
        try:
            prefix = self.memory.prefix(str(user_id), turns, budget_tokens=self.budget_tokens)
        except Exception as exc:
            log.warning("tacit: no memory for this turn (context failed: %s: %s)", type(exc).__name__, exc)
            return {}
        key = self.messages_key
        if all(isinstance(m, Mapping) for m in messages):
            return {key: [{"role": "system", "content": prefix, "id": MEMORY_MESSAGE_ID}]} if prefix else {}
        from langchain_core.messages import RemoveMessage, SystemMessage
        from langgraph.graph.message import REMOVE_ALL_MESSAGES

        rest = [m for m in messages if field(m, "id") != MEMORY_MESSAGE_ID]
        if not prefix and len(rest) == len(messages):
            return {}
        head = [SystemMessage(content=prefix, id=MEMORY_MESSAGE_ID)] if prefix else []
        return {key: [RemoveMessage(id=REMOVE_ALL_MESSAGES), *head, *rest]}


def memory_node(
    memory: MemoryLike, *, user_id_key: str = "user_id", messages_key: str = "messages", budget_tokens: int = 400
) -> MemoryNode:
    """A node that puts the memory prefix for the latest request first in the conversation, as a
    ``SystemMessage`` with the id ``tacit-memory``, for the ``add_messages`` reducer (``MessagesState``).

    Each turn the previous memory message is replaced, never piled up, and it is dropped when nothing is
    relevant any more. Being first, it sits next to a system prompt your model node puts in front (providers
    that take one system prompt merge consecutive ones). When the state's messages are plain dicts (a
    list without that reducer), a ``{"role": "system", ...}`` dict is returned to be appended instead.
    """
    return MemoryNode(memory, user_id_key, messages_key, budget_tokens)


def last_exchange(messages: Sequence[Any]) -> list[Turn]:
    """The last answer and the user turns that asked for it: the last message with words must be the
    assistant's; the user messages before it, back to the previous assistant message with words, asked for it
    (tool calls and tool results in between are skipped). Empty when the conversation does not end with an
    answer to a question."""
    spoken = [(role, _text(m)) for m in messages if (role := role_of(m)) is not None and _text(m)]
    if not spoken or spoken[-1][0] != "assistant":
        return []
    asked: list[Turn] = []
    for role, text in reversed(spoken[:-1]):
        if role == "assistant":
            break
        asked.append({"role": "user", "content": text[:MAX_TURN_CHARS]})
    if not asked:
        return []
    asked.reverse()
    return [*asked, {"role": "assistant", "content": spoken[-1][1][:MAX_TURN_CHARS]}]


def _text(message: Any) -> str:
    return text_of(field(message, "content")).strip()


class ObserveNode:
    """The node :func:`observe_node` makes."""

    def __init__(self, memory: MemoryLike, user_id_key: str, messages_key: str, session_id_key: str | None) -> None:
        self.memory = memory
        self.user_id_key = user_id_key
        self.messages_key = messages_key
        self.session_id_key = session_id_key

    def __call__(self, state: Any) -> dict[str, Any]:
        user_id = field(state, self.user_id_key)
        turns = last_exchange(_messages(state, self.messages_key))
        if not user_id or not turns:
            return {}
        session = field(state, self.session_id_key) if self.session_id_key else None
        try:
            self.memory.observe(str(user_id), turns, str(session) if session else None)
        except Exception as exc:
            log.warning("tacit: could not observe the exchange (%s: %s)", type(exc).__name__, exc)
        return {}


def observe_node(
    memory: MemoryLike,
    *,
    user_id_key: str = "user_id",
    messages_key: str = "messages",
    session_id_key: str | None = None,
) -> ObserveNode:
    """A node that hands the last exchange (see :func:`last_exchange`) to ``memory.observe`` and changes
    nothing in the state. Observing only logs the turns and queues learning, so it returns quickly."""
    return ObserveNode(memory, user_id_key, messages_key, session_id_key)

"""The LangGraph nodes in a tiny MessagesState graph: memory first, a scripted model, observe last."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.graph import END, START, MessagesState, StateGraph

from agents.services import Services
from tacit import Client, Memory
from tacit.langgraph import MEMORY_MESSAGE_ID, last_exchange, memory_node, observe_node
from tests.tacit.conftest import VEGETARIAN, logged


class State(MessagesState):
    user_id: str


def build(memory: Memory | Client, seen: list[list[BaseMessage]]) -> Any:
    def model(state: State) -> dict[str, Any]:
        seen.append(list(state["messages"]))
        question = state["messages"][-1].content
        return {"messages": [AIMessage(content=f"Answer to: {question}")]}

    graph = StateGraph(State)
    graph.add_node("memory", memory_node(memory))
    graph.add_node("model", model)
    graph.add_node("observe", observe_node(memory))
    graph.add_edge(START, "memory")
    graph.add_edge("memory", "model")
    graph.add_edge("model", "observe")
    graph.add_edge("observe", END)
    return graph.compile()


def test_memory_first_replaced_each_turn_and_exchanges_observed(memory: Memory, ana: str, parts: Services) -> None:
    seen: list[list[BaseMessage]] = []
    app = build(memory, seen)
    state = app.invoke({"user_id": ana, "messages": [HumanMessage("What should I cook tonight?")]})
    first = seen[0][0]
    assert isinstance(first, SystemMessage) and first.id == MEMORY_MESSAGE_ID and VEGETARIAN in first.text
    assert first.content == memory.prefix(ana, [{"role": "user", "content": "What should I cook tonight?"}])

    state = app.invoke({**state, "messages": [*state["messages"], HumanMessage("And for dessert?")]})
    kinds = [type(m).__name__ for m in state["messages"]]
    assert kinds == ["SystemMessage", "HumanMessage", "AIMessage", "HumanMessage", "AIMessage"]  # one memory message
    assert logged(parts, ana) == [
        ("user", "What should I cook tonight?"),
        ("assistant", "Answer to: What should I cook tonight?"),
        ("user", "And for dessert?"),
        ("assistant", "Answer to: And for dessert?"),
    ]


def test_nothing_relevant_removes_the_memory_message(memory: Memory, parts: Services) -> None:
    stale = SystemMessage(content="<user_memory>old</user_memory>", id=MEMORY_MESSAGE_ID)
    update = memory_node(memory)({"user_id": "newcomer", "messages": [stale, HumanMessage("Hello!")]})
    messages = update["messages"]
    assert [type(m).__name__ for m in messages] == ["RemoveMessage", "HumanMessage"]
    assert memory_node(memory)({"user_id": "newcomer", "messages": [HumanMessage("Hello!")]}) == {}


def test_plain_dict_state_gets_a_dict_message(memory: Memory, ana: str) -> None:
    class DictState(TypedDict):
        user_id: str
        messages: Annotated[list[dict[str, str]], operator.add]

    graph = StateGraph(DictState)
    graph.add_node("memory", memory_node(memory))
    graph.add_edge(START, "memory")
    graph.add_edge("memory", END)
    out = graph.compile().invoke({"user_id": ana, "messages": [{"role": "user", "content": "Dinner?"}]})
    assert out["messages"][0] == {"role": "user", "content": "Dinner?"}
    assert out["messages"][1]["role"] == "system" and VEGETARIAN in out["messages"][1]["content"]


def test_last_exchange_skips_tool_traffic() -> None:
    messages = [
        HumanMessage("hi"),
        AIMessage("hello"),
        HumanMessage("What is in my pantry?"),
        AIMessage("", tool_calls=[{"name": "pantry", "args": {}, "id": "call_1"}]),
        ToolMessage("rice, beans", tool_call_id="call_1"),
        AIMessage([{"type": "text", "text": "Rice and beans."}]),
    ]
    assert last_exchange(messages) == [
        {"role": "user", "content": "What is in my pantry?"},
        {"role": "assistant", "content": "Rice and beans."},
    ]
    assert last_exchange(messages[:3]) == []


def test_nodes_survive_memory_being_down(closed_port: int) -> None:
    seen: list[list[BaseMessage]] = []
    with Client(f"http://127.0.0.1:{closed_port}", timeout=1.0) as down:
        state = build(down, seen).invoke({"user_id": "ana", "messages": [HumanMessage("Dinner?")]})
    assert [type(m).__name__ for m in state["messages"]] == ["HumanMessage", "AIMessage"]

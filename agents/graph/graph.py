"""The learning graph (a chat turn enters at the gate, an edit of an answer at read_edit), as an uncompiled
builder (tests compile it themselves) and a compiled default."""

from __future__ import annotations

from functools import lru_cache

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agents.graph import nodes
from agents.graph.edit_node import read_edit
from agents.graph.state import LearnContext, LearnState


def _after_gate(state: LearnState) -> str:
    return "extract" if state.get("focus") else "commit"


def _entry(state: LearnState) -> str:
    return "read_edit" if state.get("edit") is not None else "gate"


def _after_extract(state: LearnState) -> str:
    return "relate" if state.get("candidates") else "commit"


def _after_commit(state: LearnState) -> str:
    """The profile is refreshed after the commit only when something was learned and the commit could not store
    the profile itself (each step of the graph costs about as much as a small SQL read)."""
    return "refresh_profile" if state.get("applied") and not state.get("profile_done") else END


def builder() -> StateGraph[LearnState, LearnContext, LearnState, LearnState]:
    g: StateGraph[LearnState, LearnContext, LearnState, LearnState] = StateGraph(
        LearnState, context_schema=LearnContext
    )
    g.add_node("gate", nodes.gate)
    g.add_node("read_edit", read_edit)
    g.add_node("extract", nodes.extract)
    g.add_node("relate", nodes.relate)
    g.add_node("reconcile", nodes.reconcile)
    g.add_node("commit", nodes.commit)
    g.add_node("refresh_profile", nodes.refresh_profile)
    g.add_conditional_edges(START, _entry, ["read_edit", "gate"])
    g.add_conditional_edges("read_edit", _after_extract, ["relate", "commit"])
    g.add_conditional_edges("gate", _after_gate, ["extract", "commit"])
    g.add_conditional_edges("extract", _after_extract, ["relate", "commit"])
    g.add_edge("relate", "reconcile")
    g.add_edge("reconcile", "commit")
    g.add_conditional_edges("commit", _after_commit, ["refresh_profile", END])
    g.add_edge("refresh_profile", END)
    return g


@lru_cache(maxsize=1)
def compiled() -> CompiledStateGraph[LearnState, LearnContext, LearnState, LearnState]:
    return builder().compile()

"""Issue 13, twenty-eighth pass: the units the user wants, said alone, last ("Metric please, I'm in Europe",
"Celsius, not Fahrenheit.", "24-hour time please"); asked as a request ("use celsius please", "Could you use metric
units?") they are still read only as a reaction to an answer. And "I don't have kids" (no article) is read as "We
don't have kids" was."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

S, F = MemoryKind.style, MemoryKind.fact


def _read(turn: str, before: str | None = None) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn, before)]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Metric please, I'm in Europe.", "Prefers metric units"),
        ("Metric units.", "Prefers metric units"),
        ("Celsius, not Fahrenheit.", "Prefers temperatures in Celsius"),
        ("24-hour time please.", "Prefers times in 24-hour format"),
        ("I think in kilometres.", "Prefers metric units"),
        ("I'm used to metric.", "Prefers metric units"),
        ("Imperial only.", "Prefers imperial units"),
    ],
)
def test_units_said_alone_last(turn: str, text: str) -> None:
    assert (text, S) in _read(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "use celsius please",  # asked of an answer not given yet
        "Could you use metric units?",
        "Convert 5 miles to km.",
        "What is 30C in Fahrenheit?",
        "My dad only understands Fahrenheit.",
        "It's 5 km away.",
        "Just this once in miles.",
    ],
)
def test_a_request_a_conversion_or_a_quantity_is_no_standing_unit(turn: str) -> None:
    assert not [t for t, k in _read(turn) if k is S]


def test_a_request_for_units_after_an_answer_is_read_as_a_reaction() -> None:
    assert ("Prefers temperatures in Celsius", S) in _read("use celsius please", "It will be 75F and sunny.")


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I don't have kids.", "Has no kids"),
        ("I don't have children.", "Has no children"),
        ("I have no kids.", "Has no kids"),
        ("I don't have kids, so weekends are free.", "Has no kids"),
    ],
)
def test_no_children_said_without_an_article(turn: str, text: str) -> None:
    assert (text, F) in _read(turn)


@pytest.mark.parametrize(
    "turn", ["I don't have kids yet.", "I don't have the kids this weekend.", "If I don't have kids, what then?"]
)
def test_no_children_yet_this_weekend_or_if_is_no_fact(turn: str) -> None:
    assert not [t for t, _ in _read(turn) if t.startswith("Has no")]

"""Issue 13, twenty-eighth pass: food, drink or smoke the user gave up and keeps off now is a constraint (and ends
what held: "Eats red meat"); a habit given up, a measure cut down, a stretch that ends or someone else's still
teaches nothing.

Before this pass the rules read nothing of "I stopped eating red meat last year", "I quit drinking two years ago",
"I gave up caffeine" or "I quit smoking in 2019", while "I don't eat red meat anymore" already read "Doesn't eat red
meat": the same abstention, in other words.
"""

from __future__ import annotations

import pytest

from agents.offline.given_up import endings
from agents.offline.reader import read_turn
from memory.types import MemoryKind

C, F = MemoryKind.constraint, MemoryKind.fact


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "text", "kind", "ended"),
    [
        ("I stopped eating red meat last year.", "Doesn't eat red meat", C, "Eats red meat"),
        ("I stopped eating pork after I moved here.", "Doesn't eat pork", C, "Eats pork"),
        ("I stopped eating meat when I was 20.", "Doesn't eat meat", C, "Eats meat"),
        ("I quit drinking two years ago.", "Doesn't drink alcohol", C, "Drinks alcohol"),
        ("honestly i quit drinking a while ago", "Doesn't drink alcohol", C, "Drinks alcohol"),
        ("I stopped drinking coffee, it made me anxious.", "Doesn't drink coffee", C, "Drinks coffee"),
        (
            "Before I go every year to the Oktoberfest, but now I stop drinking beer, so no more.",
            "Doesn't drink beer",
            C,
            "Drinks beer",
        ),
        ("I quit smoking in 2019.", "Has quit smoking", F, "Smokes"),
        ("I gave up caffeine.", "Has given up caffeine", C, None),
        ("I gave up sugar for good.", "Has given up sugar", C, None),
    ],
)
def test_food_drink_or_smoke_given_up_is_kept_off_now(
    turn: str, text: str, kind: MemoryKind, ended: str | None
) -> None:
    assert _read(turn) == [(text, kind)]
    assert [d.text for d in endings(turn)] == ([ended] if ended else [])


@pytest.mark.parametrize(
    "turn",
    [
        "I stopped going to the gym.",  # a habit given up
        "I stopped eating out so much to save money.",  # a place, and less of it
        "I stopped drinking so much soda.",  # a measure cut down, not kept off
        "I stopped eating after 8pm.",  # when, not what
        "I gave up chocolate for Lent.",  # a stretch that ends
        "Should I stop drinking coffee?",
        "I'm thinking about quitting sugar.",
        "I gave up on dating apps.",
        "I quit my job.",
    ],
)
def test_a_habit_a_measure_a_stretch_or_a_question_is_no_abstention(turn: str) -> None:
    assert not [t for t, k in _read(turn) if t.startswith(("Doesn't", "Has given up", "Has quit"))]


def test_someone_elses_abstention_is_theirs() -> None:
    assert _read("My husband quit smoking last year.") == [("Has a husband", F)]


P = MemoryKind.preference


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Tea, never coffee.", "Prefers tea over coffee"),
        ("Trains, never planes.", "Prefers trains over planes"),
        ("hot tea, never coffee", "Prefers hot tea over coffee"),
        ("Mountains, always.", "Prefers mountains"),
        ("Aisle, always.", "Prefers aisle"),
        ("Window seat, always.", "Prefers window seat"),
    ],
)
def test_a_thing_kept_to_for_good_said_tersely(turn: str, text: str) -> None:
    assert _read(turn) == [(text, P)]


@pytest.mark.parametrize(
    "turn",
    [
        "Today, never tomorrow.",
        "Now, never later.",
        "Okay, never mind.",
        "Yes, always.",
        "Late, always.",
        "Usually, always.",
    ],
)
def test_a_time_an_answer_or_a_state_said_with_always_or_never_is_no_taste(turn: str) -> None:
    assert _read(turn) == []

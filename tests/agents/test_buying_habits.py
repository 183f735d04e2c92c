"""Issue 13, twenty-eighth pass: how the user buys, pays and cooks, said as a habit ("I wait for sales", "I buy most
of my clothes secondhand", "I shop at Aldi", "I always pay by card"), what they turn down among anything ("I'll eat
pretty much anything except olives") and a tight budget said bare ("Budget is tight."). Before it the rules read
none of these."""

from __future__ import annotations

import pytest

from agents.offline.everyday import taste
from agents.offline.reader import read_turn
from memory.types import MemoryKind

P, D, F, C = MemoryKind.preference, MemoryKind.dislike, MemoryKind.fact, MemoryKind.constraint


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I wait for sales.", "Waits for sales", P),
        ("I always wait for reviews before buying.", "Waits for reviews before buying", P),
        ("I stopped buying games at full price years ago, I wait for sales.", "Waits for sales", P),
        ("I buy most of my clothes secondhand.", "Buys most of their clothes secondhand", P),
        ("I buy used when I can.", "Buys used", P),
        ("I buy in bulk.", "Buys in bulk", P),
        ("I shop at Aldi.", "Shops at Aldi", P),
        ("I get my groceries at Trader Joe's.", "Shops at Trader Joe's", P),
        ("I bank with Monzo.", "Banks with Monzo", F),
        ("I always pay by card.", "Pays by card", P),
        ("I pay cash for everything.", "Pays in cash", P),
        ("I usually pay with Apple Pay.", "Pays with Apple Pay", P),
        ("I cook everything from scratch.", "Cooks from scratch", P),
        ("Budget is tight.", "Is on a tight budget", C),
    ],
)
def test_a_habit_of_buying_paying_or_cooking(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read(turn) == [(text, kind)]


@pytest.mark.parametrize(
    ("clause", "text"),
    [
        ("I'll eat pretty much anything except olives.", "Avoids olives"),
        ("Anything except horror.", "Avoids horror"),
        ("I'll try anything except bungee jumping.", "Avoids bungee jumping"),
        ("Anything but country music.", "Avoids country music"),
    ],
)
def test_anything_except_a_kind_turns_the_kind_down(clause: str, text: str) -> None:
    d = taste(clause)
    assert d is not None and (d.text, d.kind) == (text, D)


@pytest.mark.parametrize("clause", ["Anything but the blue one.", "Anything except the loud ones."])
def test_anything_but_one_of_the_options_is_no_kind_turned_down(clause: str) -> None:
    assert taste(clause) is None


def test_one_habit_is_said_once() -> None:
    assert _read("I mostly buy organic.") == [("Mostly buys organic", P)]


@pytest.mark.parametrize(
    "turn",
    [
        "I bought it secondhand.",  # one purchase
        "Should I buy used?",
        "I want to buy used.",
        "I'll pay by card this time.",
        "If I shop at Aldi, what can I save?",
        "My wife shops at Lidl.",
        "The budget is tight for this project?",
    ],
)
def test_one_purchase_a_plan_a_question_or_someone_elses_is_no_habit(turn: str) -> None:
    assert not [t for t, _ in _read(turn) if t.startswith(("Buys", "Pays", "Shops", "Avoids", "Is on a tight"))]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I basically never eat pork.", "Never eats pork", C),
        ("I pretty much only eat chicken.", "Only eats chicken", P),
        ("I pretty much always take the train.", "Always takes the train", P),
        ("I basically live in hoodies.", "Practically lives in hoodies", P),  # the idiom's, as before
        ("My dream is to open a small café one day, nothing fancy.", "Aims to open a small café one day", P),
        ("My dream is to visit Japan.", "Aims to visit Japan", P),
    ],
)
def test_basically_never_and_a_dream(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in _read(turn)

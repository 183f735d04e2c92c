"""Issue 13, thirty-first pass: what a user says of themselves before asking "when ...?" ("I work night shifts at a
hospital, when should I work out?" had read nothing, as "what should I eat?" had not), and an "actually" before a
comma no longer ends up in the memory ("I don't drink actually, it's for my in-laws" had read "Doesn't drink
actually"). Found by trying twenty everyday conversations on the real stack."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I work night shifts at a hospital, when should I work out?", "Works night shifts"),
        ("I'm a night shift nurse, when should I work out?", "Is a night shift nurse"),
        ("I'm lactose intolerant, when should I eat breakfast?", "Is lactose intolerant"),
        ("I don't drink actually, it's for my in-laws", "Doesn't drink"),
    ],
)
def test_read(turn: str, text: str) -> None:
    assert text in [d.text for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "Is it raining, when should I leave?",
        "When should I work out if I work night shifts?",  # the state is the question's own condition
        "My friend works nights, when should she sleep?",
    ],
)
def test_nothing_of_the_user(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


def test_actually_inside_a_clause_is_read_as_before() -> None:
    assert [d.text for d in read_turn("I actually love running")] == ["Loves running"]

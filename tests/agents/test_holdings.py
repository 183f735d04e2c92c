"""What the user has or lacks ("I only have a shady patio", "I have flat feet", "I don't have a car") is a fact in
their words; a question, a wish, a condition, a plan or a noun that only qualifies another is none. A discourse
marker before the "I" ("Fun fact I hate weeding") does not make the statement someone else's."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I only have a shady patio though, like 2 hours of sun max", "Has only a shady patio"),
        ("I have only small balcony in 5th floor, very windy.", "Has only a small balcony"),
        ("I train at home, I have only a pair of dumbbells.", "Has only a pair of dumbbells"),
        ("I've got a standing desk at home", "Has a standing desk"),
        ("I have a Kindle", "Has a Kindle"),
        ("I'd never try it myself, I have flat feet.", "Has flat feet"),
        ("I don't have a car, so anything reachable by bus", "Does not have a car"),
        ("I have dumbbells and a bench", "Has dumbbells"),
    ],
)
def test_what_the_user_has_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have a question about my garden",
        "I have a garden party on Sunday",
        "I have a car loan",
        "I have a meeting tomorrow",
        "if I had a garden I would grow tomatoes",
        "I wish I had a garage",
        "should I have a garage?",
        "I don't have a car yet",
        "I have used treadmill before",
        "I've tried kayak once",
        'She said "I have a kiln" but she lied',
        "my sister has a big garden",
    ],
)
def test_no_holding_is_read(sentence: str) -> None:
    assert not [d.text for d in read_turn(sentence) if d.text.startswith(("Has ", "Does not have"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fun fact I hate weeding.", ("dislike", "Hates weeding")),
        ("for the record I am vegan", ("constraint", "Is vegan")),
        ("just so you know I'm allergic to nuts", ("constraint", "Is allergic to nuts")),
        ("ngl I love jazz", ("preference", "Loves jazz")),
    ],
)
def test_a_discourse_marker_before_the_user_keeps_the_statement(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


def test_someone_else_before_the_user_still_blocks() -> None:
    assert read_turn("my sister says I love jazz") == []


def test_a_relative_hooked_on_something_says_nothing_of_the_user() -> None:
    assert read_turn("My son is hooked on Minecraft, is that ok?") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Also I only have a shady patio, what herbs grow there?", ["Has only a shady patio"]),
        ("I have a garden, what should I plant?", ["Has a garden"]),
        ("Do I have a garage?", []),
        ("What can I grow if I have a small balcony?", []),
    ],
)
def test_what_the_user_has_is_read_before_a_question_in_the_same_sentence(sentence: str, expected: list[str]) -> None:
    assert [d.text for d in read_turn(sentence) if d.text.startswith("Has ")] == expected

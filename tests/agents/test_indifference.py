"""An indifference said outright ("I couldn't care less about brands") is worth a memory; a habit negated in the
past ("I didn't eat breakfast today") is one occasion, not a standing "Doesn't eat breakfast"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I couldn't care less about thread count.", ("preference", "Doesn't care about thread count", "")),
        ("i couldnt care less about brands", ("preference", "Doesn't care about brands", "")),
        ("i dont care about specs", ("preference", "Doesn't care about specs", "")),
        ("honestly I don't care much about the plot", ("preference", "Doesn't care about the plot", "")),
        ("I'm not fussy about the brand", ("preference", "Isn't fussy about the brand", "")),
        ("im not precious about glassware", ("preference", "Isn't fussy about glassware", "")),
    ],
)
def test_an_indifference(sentence: str, expected: tuple[str, str, str]) -> None:
    assert [(d.kind.value, d.text, d.context) for d in read_turn(sentence)] == [expected]


def test_an_indifference_keeps_its_situation() -> None:
    (d,) = read_turn("for clothes tho i couldnt care less about brands.")
    assert (d.text, d.context) == ("Doesn't care about brands", "for clothes tho")


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't care about it",
        "I don't care about what you think",
        "I don't care how, just fix it",
        "I don't care about the details, just the number",
        "do you care about brands?",
        "my husband couldn't care less about brands",
        # a habit negated in the past is one occasion
        "I didn't eat breakfast today, what's a quick snack?",
        "i didnt drink anything last night",
        "I did not go to college",
        "I didn't sleep well, any tips?",
    ],
)
def test_nothing_standing(sentence: str) -> None:
    assert [d.text for d in read_turn(sentence) if "husband" not in d.text] == []


def test_a_habit_negated_now_is_still_read() -> None:
    assert [d.text for d in read_turn("i dont eat pork")] == ["Doesn't eat pork"]

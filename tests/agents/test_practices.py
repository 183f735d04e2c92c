"""What the user does as a matter of course, in the present tense, is a persona fact in their words; a question, a
condition, a passing act or a pronoun object is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I sell at a farmers market most Saturdays, so reliable matters more.",
            "Sells at a farmers market most Saturdays",
        ),
        ("I ride western. English saddles feel like a postage stamp.", "Rides western"),
        ("i run a little etsy shop selling candles", "Runs a little etsy shop selling candles"),
        (
            "I keep my comics bagged and boarded in the basement.",
            "Keeps their comics bagged and boarded in the basement",
        ),
        ("I test weekly with a liquid kit, not strips", "Tests weekly with a liquid kit"),
        ("I sing in a choir", "Sings in a choir"),
    ],
)
def test_a_standing_practice_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Should I use Python or Go?",
        "I keep forgetting my keys",
        "when I cook for guests, what wine works?",
        "I fix it myself",
        "I'd sell it if I could",
        "do you think I should run a marathon",
    ],
)
def test_no_practice(sentence: str) -> None:
    assert not read_turn(sentence)

"""What the user is learning is a persona fact ("I'm learning Japanese"), as what they study is, and the regex
gate lets it through; learning *that* something is so, or learning from an answer, is no fact."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm learning Japanese.", "Is learning Japanese"),
        ("I'm learning Japanese, N4 level.", "Is learning Japanese, N4 level"),
        ("I've been learning to play the guitar for a year.", "Is learning to play the guitar"),
        ("i'm still learning python so keep it simple", "Is learning python"),
        ("I'm studying for the bar exam, it's brutal.", "Is studying for the bar exam"),
    ],
)
def test_what_the_user_learns_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    "sentence",
    ["I'm learning a lot from this.", "I'm learning that nothing is easy.", "I'm learning it slowly."],
)
def test_learning_from_something_is_no_fact(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.text.startswith("Is learning")]

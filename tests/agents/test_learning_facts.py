"""Persona facts said in passing: what the user is learning ("I'm learning Japanese"), as what they study, where
they are ("I'm in Ontario"), their level at a sport, a job said without an article, what they get easily. The regex
gate lets them through; learning *that* something is so, or learning from an answer, is no fact."""

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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm in Ontario. What are my rights?", "Lives in Ontario"),
        ("I am in Munich, not Berlin.", "Lives in Munich"),
        ("goin to bali in august, im an intermediate surfer, wats a good spot", "Is an intermediate surfer"),
        ("I'm a casual gamer.", "Is a casual gamer"),
        ("I am electrician by profession, so the wiring I do myself", "Is an electrician"),
        ("I get cold hands really easily though. Gloves or mittens?", "Gets cold hands easily"),
    ],
)
def test_persona_facts_said_in_passing(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert expected in [d.text for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["I'm in Paris for the week.", "I'm in Tokyo right now", "I'm in IT.", "I'm in a hurry", "I'm in Year 10"],
)
def test_a_stay_or_a_field_is_no_home(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.text.startswith("Lives in")]

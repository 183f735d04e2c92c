"""A long project the user has under way ("I'm restoring a 1972 Beetle"); a one-off, a plan, a wish, someone
else's project, a pronoun object and a question are none. With the equipment said in passing beside it: a
device's model with its specs, a tool used on a device, a race trained for."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm starting an N scale layout", "Is starting an N scale layout"),
        ("im restoring a 1972 beetle, any tips on rust?", "Is restoring a 1972 beetle"),
        ("I'm building my own sauna in the backyard", "Is building their own sauna in the backyard"),
        ("so we're renovating an old farmhouse and it's taking forever", "Is renovating an old farmhouse"),
        (
            "i am slowly converting an old school bus into a tiny home",
            "Is converting an old school bus into a tiny home",
        ),
        ("i edit on my phone in capcut", "Edits on their phone in capcut"),
        ("My laptop is a MacBook Air M1 with only 8GB of RAM", "Laptop is a MacBook Air M1 with only 8GB of RAM"),
        ("I'm training for my first open water race, a 3k in a lake!!", "Is training for their first open water race"),
    ],
)
def test_a_project_or_its_gear_is_read(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm building a spreadsheet for tomorrow",
        "I'm starting a new chat because the old one broke",
        "I'm thinking of building a deck",
        "I want to start a podcast",
        "my dad is restoring a Mustang",
        "I'm building it right now",
        "Should I start a podcast?",
        "If I'm building a deck, do I need a permit?",
        "I'm setting up a meeting with my boss",
        "I edit on my phone sometimes",
        "My brother is training for his first triathlon",
        "my sister's laptop is a MacBook Pro with 16GB of RAM",
        "My laptop is a mess right now with all these tabs open",
    ],
)
def test_no_project(sentence: str) -> None:
    assert read_turn(sentence) == []

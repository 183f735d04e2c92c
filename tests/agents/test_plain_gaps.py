"""Plain first-person statements of standing tastes and circumstances (agents/offline/plain_gaps.py): what the user
loves or can't stand happening, their brothers and sisters, where they are happiest, their commute, what sets them
apart; a question, someone else's, a one-off or a pronoun for one event teaches nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I hate it when people are late", ("dislike", "Hates it when people are late")),
        ("I can't stand it when people chew loudly.", ("dislike", "Can't stand it when people chew loudly")),
        ("i cant stand it when people interrupt me", ("dislike", "Can't stand it when people interrupt them")),
        ("I love it when people are direct with me", ("preference", "Loves it when people are direct with them")),
        ("I have two sisters", ("fact", "Has two sisters")),
        ("I have one older sister and two brothers", ("fact", "Has one older sister and two brothers")),
        ("I have six siblings", ("fact", "Has six siblings")),
        ("I'm happiest outdoors", ("preference", "Is happiest outdoors")),
        ("I'm happiest when I'm cooking for friends", ("preference", "Is happiest when cooking for friends")),
        ("I'm at my best in the morning", ("preference", "Is at their best in the morning")),
        ("I'm most relaxed in the garden", ("preference", "Is most relaxed in the garden")),
        ("I have a long commute", ("fact", "Has a long commute")),
        ("I have a 90 minute commute by train", ("fact", "Has a 90 minute commute by train")),
        ("I'm the only one in my family who eats meat", ("fact", "Is the only one in their family who eats meat")),
        ("I'm the only vegetarian in my family", ("fact", "Is the only vegetarian in their family")),
        ("I'm the only one at work who uses Linux", ("fact", "Is the only one at work who uses Linux")),
    ],
)
def test_a_plain_statement_is_remembered(sentence: str, expected: tuple[str, str]) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Do you hate it when people are late?",
        "I hate it when that happens",
        "I love it when you do that",
        "wow, I absolutely love it when the wifi drops mid-call",
        "I love it when my train is cancelled",
        "I'd hate it if the flight got cancelled",
        "My husband hates it when people are late",
        "My friend has two sisters",
        "I have two questions",
        "I have a few ideas for the party",
        "I'm happiest today, the sun is out",
        "I'm happiest with that answer",
        "are people happiest outdoors?",
        "Is a long commute bad for your health?",
        "If I had a long commute I'd listen to podcasts",
        "He's the only one in his family who eats meat",
        "Is it weird to be the only one in my family who eats meat?",
    ],
)
def test_no_plain_statement(sentence: str) -> None:
    assert not read_turn(sentence)

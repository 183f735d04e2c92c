"""Lasting ways of the user's body said in passing: a part that keeps doing something, how long the body lets the
user sit or stand, a trait said alone; someone else's body, a one-off, a condition and a question are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my hands sweat like crazy so liquid chalk maybe??", ("fact", "Hands sweat a lot")),
        ("My feet always get cold, even in summer.", ("fact", "Feet always get cold")),
        ("my eyes water a lot when i cycle", ("fact", "Eyes water a lot")),
        ("My skin burns really easily so I need a good hat.", ("fact", "Skin burns easily")),
        (
            "I have a herniated disc and can't sit for more than about 90 minutes.",
            ("constraint", "Cannot sit for more than about 90 minutes"),
        ),
        (
            "I have a herniated disc and can't sit for more than about 90 minutes.",
            ("constraint", "Has a herniated disc"),
        ),
        (
            "i cant stand for more than 20 min becuase of my knee",
            ("constraint", "Cannot stand for more than 20 minutes"),
        ),
        ("I cannot kneel for more than a few minutes", ("constraint", "Cannot kneel for more than a few minutes")),
        ("Wide feet. Not the downturned one.", ("fact", "Has wide feet")),
        ("sensitive skin!", ("fact", "Has sensitive skin")),
    ],
)
def test_a_body_trait_is_read(sentence: str, expected: tuple[str, str]) -> None:
    assert reveals_something(sentence)
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "why do my hands sweat so much?",
        "do my feet swell a lot because of salt?",
        "my son's feet sweat a lot",
        "my sister's skin burns easily",
        "Dan can't sit for more than an hour",
        "if my hands sweat a lot, should I use chalk?",
        "my feet were killing me yesterday",
        "I can't sit for more than 10 minutes today, my back is wrecked",
        "my hands sweat",
        "Can I sit for more than 2 hours with this?",
        "She has wide feet.",
        "Wide feet or narrow feet?",
    ],
)
def test_no_body_trait(sentence: str) -> None:
    assert read_turn(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["i cant stand longer than 20 min because of my back", "I can't stand for more than an hour"]
)
def test_standing_for_a_time_is_a_limit_not_a_dislike(sentence: str) -> None:
    drafts = [(d.kind.value, d.text) for d in read_turn(sentence)]
    assert drafts and all(kind == "constraint" and text.startswith("Cannot stand") for kind, text in drafts)

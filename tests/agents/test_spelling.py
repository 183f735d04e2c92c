"""Misspelled key words put right before the rules read a turn (issue 13: typos are a voice the rules must read).

Every sentence here is written for this file, in other words than the probe sentences.
"""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from agents.offline.spelling import corrected, respell
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("perfer", "prefer"),  # two letters swapped
        ("realy", "really"),  # a letter dropped (not "reply", a letter changed)
        ("alergic", "allergic"),
        ("intolerent", "intolerant"),  # a letter changed
        ("vegitarian", "vegetarian"),
        ("replys", "replies"),
        ("definately", "definitely"),
    ],
)
def test_a_misspelled_key_word_is_put_right(word: str, right: str) -> None:
    assert corrected(word) == right


@pytest.mark.parametrize(
    "word", ["rally", "lover", "coffees", "cheapest", "exclamation", "shorten", "grafana", "kubernetes"]
)
def test_a_real_word_or_a_name_is_left_alone(word: str) -> None:
    assert corrected(word) is None


def test_case_and_the_rest_of_the_text_are_kept() -> None:
    assert respell("Definately no shelfish, I'm alergic!") == "Definitely no shellfish, I'm allergic!"


@pytest.mark.parametrize(
    ("turn", "memory", "kind"),
    [
        ("i perfer aisle seats", "Prefers aisle seats", MemoryKind.preference),
        ("im alergic to penicilin", "Is allergic to penicilin", MemoryKind.constraint),
        ("i am vegitarian since 2019", "Is vegetarian", MemoryKind.constraint),
    ],
)
def test_a_misspelled_statement_is_read(turn: str, memory: str, kind: MemoryKind) -> None:
    assert (memory, kind) in [(d.text, d.kind) for d in read_turn(turn)]

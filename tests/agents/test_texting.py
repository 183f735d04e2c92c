"""Texting spellings are spelled out before any rule reads a turn ("shampoo bars r not for me"), and only forms
that are no English word of their own; the learned reader's training clauses keep the words as typed."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from agents.offline.reader_data import units
from agents.offline.sentences import prose, tidy


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("shampoo bars r not for me", "shampoo bars are not for me"),
        ("wat else is an easy swap", "what else is an easy swap"),
        ("im so done, dont care", "I'm so done, don't care"),
        ("Im ok, u?", "I'm ok, you?"),
        ("I use R at work, u?", "I use R at work, you?"),
        ("which one works w/ flakes", "which one works with flakes"),
    ],
)
def test_texting_is_spelled_out(typed: str, spelled: str) -> None:
    assert tidy(typed) == spelled


@pytest.mark.parametrize("text", ["R2-D2 is cool", "the r/cooking sub", "Plan B4 is fine", "I run a small shop"])
def test_other_words_are_left_alone(text: str) -> None:
    assert tidy(text) == text


def test_the_rules_read_the_spelled_out_words() -> None:
    assert [d.text for d in read_turn("i dont eat pork")] == [d.text for d in read_turn("I don't eat pork")]


def test_the_readers_training_clauses_keep_the_words_as_typed() -> None:
    assert "dont" in " ".join(units("i dont eat pork"))
    assert prose("i dont eat pork", spelled_out=False) == "i dont eat pork"

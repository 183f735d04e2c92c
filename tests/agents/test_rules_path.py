"""The default path (no learned reader): the rules' drafts, less a sarcastic sentence's, plus the everyday phrasings
the rules do not word (issue 13, twenty-first pass). Sentences written for this file."""

from __future__ import annotations

import pytest

from agents.extract.types import Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.reader import read_parts, read_turn
from agents.offline.rules_path import rules_reading
from memory.ports import Embedder
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("turn", "memory", "kind"),
    [
        ("My cousin and I both love bouldering.", "Likes bouldering", MemoryKind.preference),  # a shared taste
        ("my dad hates musicals and honestly so do i", "Dislikes musicals", MemoryKind.dislike),
    ],
)
def test_an_everyday_phrasing_is_read_on_the_default_path(turn: str, memory: str, kind: MemoryKind) -> None:
    assert memory not in [d.text for d in read_turn(turn)]  # the rules alone do not word it
    assert (memory, kind) in [(d.text, d.kind) for d in rules_reading(read_parts(turn))]


def test_a_sarcastic_sentence_teaches_nothing_on_the_default_path() -> None:
    turn = "wow, I just adore sitting in traffic for an hour"
    assert read_turn(turn) != []  # the sentence rules read a taste in it
    assert rules_reading(read_parts(turn)) == []


def test_the_default_extractor_uses_it(embedder: Embedder) -> None:
    found = OfflineExtractor(embedder).extract(
        [Turn(message_id=1, role="user", content="My cousin and I both love bouldering.")], [0]
    )
    assert "Likes bouldering" in [c.text for c in found.candidates]

"""Issue 13, eleventh pass on the wild conversations: shapes that generalise, with sentences written for
this file in other domains than the conversations that showed them. Each shape has a case where it must fire
and one where it must not.
"""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.options import parse_options
from memory.ports import Embedder
from memory.types import MemoryKind


def learned(embedder: Embedder, assistant: str, user: str) -> list[Candidate]:
    """What the shipped extractor (rules + reader) learns from a user reply to an assistant turn."""
    extractor = OfflineExtractor(embedder, reader=load_reader())
    turns = [
        Turn(message_id=1, role="user", content="Any ideas?"),
        Turn(message_id=2, role="assistant", content=assistant),
        Turn(message_id=3, role="user", content=user),
    ]
    return list(extractor.extract(turns, [2]).candidates)


@pytest.mark.parametrize(
    ("offer", "options"),
    [
        (
            "A wool blanket, a heated throw, or a hot water bottle.",
            ["A wool blanket", "a heated throw", "a hot water bottle"],
        ),
        (
            "For the garage, try a pegboard, a tool chest or a ceiling rack.",
            ["a pegboard", "a tool chest", "a ceiling rack"],
        ),
        (
            "Three routes work: the coast road, the old railway path and the ridge.",
            ["the coast road", "the old railway path", "the ridge"],
        ),
        ("Kestrel, Osprey, or Merlin.", ["Kestrel", "Osprey", "Merlin"]),
    ],
)
def test_a_bare_list_of_alternatives_is_an_offer(offer: str, options: list[str]) -> None:
    assert parse_options(offer) == options


@pytest.mark.parametrize(
    "text",
    [
        "Bring a torch, spare socks and a warm hat.",  # things to take, all of them
        "You need flour, eggs and milk for the batter.",
        "Is it the red, the blue, or the green one you mean?",  # a question back
        "I grew up near Leeds, Hull, or somewhere like that.",
        "The museum opens at nine, closes at five, and is free on Sundays or holidays.",
    ],
)
def test_a_list_that_is_not_an_offer_is_no_options(text: str) -> None:
    assert parse_options(text) == []


def test_a_pick_by_name_from_a_bare_list_is_learned(embedder: Embedder) -> None:
    found = learned(embedder, "A wool blanket, a heated throw, or a hot water bottle.", "The heated one.")
    picks = [c for c in found if c.kind is MemoryKind.preference and "heated throw" in c.text]
    assert len(picks) == 1, [c.text for c in found]


def test_a_pick_by_position_from_a_bare_list_is_learned(embedder: Embedder) -> None:
    found = learned(embedder, "Kestrel, Osprey, or Merlin.", "the second one")
    assert [c.text for c in found if c.kind is MemoryKind.preference] == ["Prefers Osprey"]


def test_a_mocking_echo_of_a_packing_list_is_learned_as_nothing(embedder: Embedder) -> None:
    found = learned(embedder, "A torch, spare socks and a rain poncho.", "wow, a rain poncho, so glamorous")
    assert [c.text for c in found if c.kind is MemoryKind.preference] == []


def test_asking_about_an_item_of_a_prose_list_picks_nothing(embedder: Embedder) -> None:
    found = learned(embedder, "A wool blanket, a heated throw, or a hot water bottle.", "the heated throw, is it safe?")
    assert [c.text for c in found if "heated" in c.text] == []

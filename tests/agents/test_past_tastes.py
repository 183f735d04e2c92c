"""Issue 13, thirty-first pass: a named work, place or thing the user loved or hated, said in the past ("I loved
Project Hail Mary, what should I read next?"). Before it the rules read nothing of these."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I loved Project Hail Mary", "Liked Project Hail Mary", MemoryKind.preference),
        ("What should I read next? I loved Project Hail Mary", "Liked Project Hail Mary", MemoryKind.preference),
        ("I loved Breaking Bad, what should I watch next?", "Liked Breaking Bad", MemoryKind.preference),
        ("I really enjoyed Dune", "Liked Dune", MemoryKind.preference),
        ("I loved the Martian", "Liked the Martian", MemoryKind.preference),
        ("I hated Interstellar", "Disliked Interstellar", MemoryKind.dislike),
    ],
)
def test_a_named_thing_loved_or_hated(turn: str, text: str, kind: MemoryKind) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, kind)]


@pytest.mark.parametrize(
    "turn",
    [
        "I loved it",
        "I loved that restaurant",  # which one: the turn does not say
        "I loved hiking as a kid",
        "I loved Dune as a kid",  # a taste that may have passed
        "I loved Mum's lasagne",
        "I loved Christmas",
        "My sister loved Dune",
    ],
)
def test_no_name_or_not_now_or_not_the_user(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.text.startswith(("Liked", "Disliked"))]


def test_used_to_love_is_not_a_taste_now() -> None:
    assert not [d for d in read_turn("I used to love Dune") if not d.ends]

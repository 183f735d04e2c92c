"""Kinds of statements added without one: read from the wording, as the learning path sets them."""

from __future__ import annotations

import pytest

from memory.store.schemas import NewMemory
from memory.store.service import MemoryStore
from memory.taxonomy.kinds import infer_kind
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Is allergic to peanuts", MemoryKind.constraint),
        ("I have a severe peanut allergy", MemoryKind.constraint),
        ("Has a fear of heights", MemoryKind.constraint),
        ("Is vegetarian", MemoryKind.constraint),
        ("Can't eat gluten", MemoryKind.constraint),
        ("Prefers short answers with bullet points", MemoryKind.style),
        ("Dislikes cilantro", MemoryKind.dislike),
        ("Lives in Berlin", MemoryKind.fact),
        ("Is a software engineer", MemoryKind.fact),
        ("I'm a big fan of jazz", MemoryKind.preference),
        ("Prefers aisle seats on long flights", MemoryKind.preference),
        ("Likes sci-fi novels", MemoryKind.preference),
        # as the learning path keeps them (session 31: added by hand, these were preferences)
        ("Is breastfeeding", MemoryKind.constraint),
        ("Has ADHD", MemoryKind.constraint),
        ("I'm dyslexic", MemoryKind.constraint),
        ("Works rotating shifts as a paramedic", MemoryKind.fact),
        ("I work night shifts", MemoryKind.fact),
        ("Has kids aged 3 and 6", MemoryKind.fact),
        ("Has a golden retriever", MemoryKind.fact),
        ("Is changing careers from teaching to UX design", MemoryKind.fact),
        ("Likes dogs", MemoryKind.preference),
        ("Prefers working in shifts of two hours", MemoryKind.preference),
    ],
)
def test_the_wording_gives_the_kind(text: str, kind: MemoryKind) -> None:
    assert infer_kind(text) is kind


def test_an_add_without_a_kind_gets_one_and_an_explicit_kind_stays(store: MemoryStore) -> None:
    store.ensure_user("kim")
    allergy, seat = store.add_many("kim", [NewMemory(text="Is allergic to peanuts"), NewMemory(text="Likes tea")])
    assert allergy.kind is MemoryKind.constraint and allergy.category != "general"
    assert seat.kind is MemoryKind.preference
    kept = store.add("kim", NewMemory(text="Is allergic to cats", kind=MemoryKind.fact))
    assert kept.kind is MemoryKind.fact

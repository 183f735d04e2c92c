"""The kind of what the rules read, checked beside the learned reader: an "only" habit the rules call a
constraint is a preference unless its words name a limit; the rules alone keep their kind."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.drafts import Draft
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import rules_kind
from agents.offline.learned import load_reader
from memory.ports import Embedder
from memory.types import MemoryKind


def said(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


def kind_of(candidates: list[Candidate], start: str) -> MemoryKind:
    found = [c.kind for c in candidates if c.text.startswith(start)]
    assert found, f"no memory starting {start!r} in {[c.text for c in candidates]}"
    return found[0]


def test_an_only_habit_is_a_preference_beside_the_reader_and_a_constraint_for_the_rules(embedder: Embedder) -> None:
    text = "I only write tests with pytest, never unittest."
    assert kind_of(said(OfflineExtractor(embedder, reader=None), text), "Only writes") is MemoryKind.constraint
    assert kind_of(said(OfflineExtractor(embedder, reader=load_reader()), text), "Only writes") is MemoryKind.preference


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Only writes tests with pytest", MemoryKind.preference),
        ("Only plays on switch, mostly cozy games", MemoryKind.preference),
        ("Only eats halal meat", MemoryKind.constraint),  # a limit by its words (the taxonomy's constraint)
        ("Only eats gluten-free bread", MemoryKind.constraint),
        ("Can't eat shellfish", MemoryKind.constraint),  # not an "only" habit: the rules' kind stays
    ],
)
def test_rules_kind_keeps_a_named_limit(text: str, kind: MemoryKind) -> None:
    draft = Draft(text=text, kind=MemoryKind.constraint, subject="x")
    assert rules_kind(draft).kind is kind


def test_rules_kind_leaves_other_kinds_alone() -> None:
    draft = Draft(text="Only drinks green tea", kind=MemoryKind.preference, subject="tea")
    assert rules_kind(draft) is draft

"""The kind of what the rules read, checked beside the learned reader: an "only" habit the rules call a
constraint is a preference unless its words name a limit; the rules alone keep their kind. A limit that
follows from a reason is a constraint whatever kind the reader names; the "no ..." beside an "only ..." adds
no dislike of its own."""

from __future__ import annotations

import numpy as np
import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.drafts import Draft
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import guide, units
from agents.offline.learned import load_reader
from agents.offline.reader import read_parts
from agents.offline.reader_kinds import consequence_kind, rules_kind
from memory.ports import Embedder
from memory.types import MemoryKind


def said(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


def kind_of(candidates: list[Candidate], start: str) -> MemoryKind:
    found = [c.kind for c in candidates if c.text.startswith(start)]
    assert found, f"no memory starting {start!r} in {[c.text for c in candidates]}"
    return found[0]


def test_an_only_habit_is_a_preference_unless_it_names_a_limit(embedder: Embedder) -> None:
    text = "I only write tests with pytest, never unittest."
    assert kind_of(said(OfflineExtractor(embedder, reader=None), text), "Only writes") is MemoryKind.preference
    assert kind_of(said(OfflineExtractor(embedder, reader=load_reader()), text), "Only writes") is MemoryKind.preference
    halal = "I only eat halal meat."
    assert kind_of(said(OfflineExtractor(embedder, reader=None), halal), "Only eats") is MemoryKind.constraint


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


@pytest.mark.parametrize(
    ("clause", "sentence", "cls", "kind"),
    [
        ("nothing permanent", "I'm renting, so nothing permanent", "dislike", "constraint"),
        (
            "the catering has to be fully plant based",
            "we're vegan household so the catering has to be fully plant based",
            "preference",
            "constraint",
        ),
        ("no mountain bikes", "Only road cycling, no mountain bikes", "dislike", ""),  # the contrast of "only"
        ("No cilantro", "No cilantro", "dislike", "dislike"),  # said on its own: a dislike
        ("no onions", "I love burgers, no onions", "dislike", "dislike"),  # no "only" before it
        ("I love spicy food", "it's cold so I love spicy food", "preference", "preference"),  # no limit in it
        ("Fact", "so nothing fancy", "fact", "fact"),  # other kinds are left alone
    ],
)
def test_a_limit_that_follows_from_a_reason_is_a_constraint(clause: str, sentence: str, cls: str, kind: str) -> None:
    assert consequence_kind(clause, sentence, cls) == kind


def test_the_guide_keeps_a_consequence_as_a_constraint_whatever_kind_the_reader_says() -> None:
    reading = read_parts("I'm renting, so nothing permanent.")
    asked = units([reading])
    assert any(c.startswith("nothing permanent") for c in asked)
    dislike = np.tile(np.array([0.01, 0.01, 0.97, 0.0, 0.0, 0.01, 0.0], np.float32), (len(asked), 1))
    drafts = [d for d in guide([reading], dislike)[0] if "permanent" in d.text]
    assert drafts and all(d.kind is MemoryKind.constraint for d in drafts)


def test_the_guide_adds_no_dislike_for_the_contrast_of_an_only() -> None:
    reading = read_parts("Only road cycling, no mountain bikes.")
    asked = units([reading])
    dislike = np.tile(np.array([0.01, 0.01, 0.97, 0.0, 0.0, 0.01, 0.0], np.float32), (len(asked), 1))
    assert not [d.text for d in guide([reading], dislike)[0] if d.kind is MemoryKind.dislike]

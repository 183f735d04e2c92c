"""A statement that says an earlier one is not so replaces it ("Doesn't drink coffee" after "Drinks coffee every
morning"), even though both are filed as things the user does; a limit beside a diagnosis does not."""

from __future__ import annotations

import pytest

from agents.graph.text_relations import covers, negates, opposes
from agents.services import Services
from memory.store.schemas import MemoryFilter
from memory.types import MemoryKind, MemoryStatus
from tests.agents.test_learning_flow import active, fact, say
from tests.fakes import ScriptedExtractor


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Doesn't drink coffee", "Drinks coffee every morning"),
        ("Is a morning person", "Is not a morning person"),
        ("Has no car", "Has a car"),
        ("Never checks bags", "Always checks bags"),
        ("No longer watches the news", "Watches the news"),
    ],
)
def test_a_negation_of_the_same_words_negates(a: str, b: str) -> None:
    assert negates(a, b) and negates(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Doesn't eat gluten", "Is allergic to gluten"),
        ("Avoids gluten", "Is allergic to gluten"),
        ("Can't handle spicy food", "Loves spicy food"),
        ("Doesn't drink coffee", "Doesn't drink alcohol"),
        ("Drinks coffee", "Drinks tea"),
    ],
)
def test_other_statements_do_not(a: str, b: str) -> None:
    assert not negates(a, b)


@pytest.mark.both_backends
def test_a_negation_supersedes_what_it_negates(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Drinks coffee every morning", "coffee", MemoryKind.preference)],
        [fact("Doesn't drink coffee", "drink coffee", MemoryKind.constraint)],
    )
    say(svc, "ana", ("user", "I drink coffee every morning."))
    say(svc, "ana", ("user", "I don't drink coffee."))
    assert active(svc, "ana") == ["Doesn't drink coffee"]
    [old] = svc.store.list_memories("ana", MemoryFilter(status=[MemoryStatus.superseded])).items
    assert old.text == "Drinks coffee every morning" and old.superseded_by is not None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Prefers short, concise answers", "Prefers detailed answers", True),
        ("Likes mild curries", "Likes spicy curries", True),
        ("Prefers window seats", "Prefers aisle seats", True),
        ("Prefers a formal tone", "Prefers a casual tone", True),
        ("Likes dark chocolate", "Likes milk chocolate", False),  # no scale: two tastes
        ("Prefers short flights", "Prefers long answers", False),  # more than the scale differs
    ],
)
def test_the_other_end_of_a_scale_opposes(a: str, b: str, expected: bool) -> None:
    assert opposes(a, b) is expected and opposes(b, a) is expected


def test_a_restatement_covers_only_what_it_names() -> None:
    assert covers("Loves hiking in the Alps", "Enjoys hiking")
    assert not covers("Likes dark chocolate", "Likes milk chocolate")


@pytest.mark.both_backends
def test_a_change_of_scale_supersedes_and_a_sibling_taste_is_kept(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Prefers window seats", "window seats", MemoryKind.preference)],
        [fact("Prefers aisle seats", "aisle seats", MemoryKind.preference)],
        [fact("Likes dark chocolate", "dark chocolate", MemoryKind.preference)],
        [fact("Likes milk chocolate", "milk chocolate", MemoryKind.preference)],
    )
    for text in ("Window seat for me.", "Actually aisle seats from now on.", "I like dark chocolate.", "Milk too."):
        say(svc, "ana", ("user", text))
    # before: the aisle seat left the window seat active, and milk chocolate only reinforced dark chocolate
    assert active(svc, "ana") == ["Likes dark chocolate", "Likes milk chocolate", "Prefers aisle seats"]

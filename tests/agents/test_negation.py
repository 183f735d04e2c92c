"""A statement that says an earlier one is not so replaces it ("Doesn't drink coffee" after "Drinks coffee every
morning"), even though both are filed as things the user does; a limit beside a diagnosis does not."""

from __future__ import annotations

import pytest

from agents.graph.negation import negates
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

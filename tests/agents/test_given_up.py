"""What the user says no longer holds ends the memory that said it ("I'm not vegetarian anymore"), keeps it in
the history, and stores nothing of its own; with no such memory it does nothing."""

from __future__ import annotations

import pytest

from agents.extract.types import Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.given_up import endings
from agents.services import Services
from memory.learn.jobs import JobState
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.store.schemas import MemoryFilter, MemoryPatch
from memory.types import MemoryKind, MemoryStatus
from tests.agents.test_learning_flow import active, fact, say
from tests.fakes import ScriptedExtractor

SUPERSEDED = MemoryFilter(status=[MemoryStatus.superseded])


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("I'm not vegetarian anymore", "Is vegetarian"),
        ("i'm no longer vegan lol", "Is vegan"),
        ("I stopped being vegan last year", "Is vegan"),
        ("I used to love sushi but I'm over it", "Loves sushi"),
        ("I used to love sushi but then got food poisoning from it", "Loves sushi"),
        ("I used to be obsessed with Pokémon as a kid", "Is obsessed with Pokémon"),
        ("I don't live in Munich any more, any tips for Berlin?", "Lives in Munich"),
        ("Update: I moved out of Leeds in May.", "Lives in Leeds"),
        ("I don't work at Google anymore", "Works at Google"),
        ("I don't have a dog anymore", "Has a dog"),
        ("I no longer drink coffee", "Drinks coffee"),
        ("I don't use Windows anymore, switched to Linux", "Uses Windows"),
        ("I used to be a teacher", "Is a teacher"),
        ("my dog passed away last week", "Has a dog"),
        ("I finally sold my car", "Has a car"),
        ("I quit my job at Google", "Works at Google"),
    ],
)
def test_a_state_given_up_is_an_ending(text: str, ended: str) -> None:
    assert [d.text for d in endings(text)] == [ended]
    assert all(d.ends and d.quote for d in endings(text))


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("I eat meat now", ["Is vegetarian", "Is vegan", "Is pescatarian"]),
        ("I'm back to eating meat, any steak tips?", ["Is vegetarian", "Is vegan", "Is pescatarian"]),
        ("I started eating fish again", ["Is vegetarian", "Is vegan"]),
        ("I've started eating dairy again", ["Is vegan"]),
        ("I eat fish", []),  # no change said
        ("my son eats meat again", []),
    ],
)
def test_eating_again_what_a_diet_leaves_out_ends_the_diet(text: str, ended: list[str]) -> None:
    assert [d.text for d in endings(text)] == ended


@pytest.mark.parametrize(
    "text",
    [
        "I'm not vegetarian",  # always so: nothing ended
        "are you not vegan anymore?",
        "my wife isn't vegan anymore",
        "I'm not sure anymore",
        "I don't know anymore, you pick",
        "I don't have to commute anymore",
        "I'm used to spicy food",
        "If I weren't vegan anymore I'd eat cheese",
        "my laptop died, any recs?",  # replaced, not given up
        "my wife's dog passed away",
    ],
)
def test_no_ending_where_nothing_the_user_was_is_given_up(text: str) -> None:
    assert endings(text) == []


def test_an_ending_is_no_memory_of_its_own(embedder: Embedder) -> None:
    extractor = OfflineExtractor(embedder)
    turn = Turn(message_id=1, role="user", content="I'm not vegetarian anymore, any good steakhouses?")
    [c] = extractor.extract([turn], [0]).candidates
    assert c.ends and c.text == "Is vegetarian" and c.subject == "diet"


def _learn(parts: Services, user: str, *texts: str) -> None:
    turns = NewTurns.model_validate({"turns": [{"role": "user", "content": t} for t in texts]})
    receipt = parts.log.append(user, turns)
    assert receipt.job_id is not None
    assert parts.worker.wait_for(receipt.job_id, "default").state == JobState.done


@pytest.mark.both_backends
def test_the_learner_ends_what_the_user_gave_up(parts: Services) -> None:
    _learn(parts, "gave-up", "I'm vegetarian, and I live in Munich.")
    assert "Is vegetarian" in active(parts, "gave-up")
    _learn(parts, "gave-up", "I'm not vegetarian anymore, any good steakhouses?")
    assert "Is vegetarian" not in active(parts, "gave-up") and "Lives in Munich" in active(parts, "gave-up")
    [old] = parts.store.list_memories("gave-up", SUPERSEDED).items
    assert old.text == "Is vegetarian" and old.superseded_by is None
    assert old.evidence[-1].quote.startswith("I'm not vegetarian anymore")
    events = parts.store.history("gave-up", old.id)
    assert events[-1].type.value == "supersede" and "no longer holds" in events[-1].reason
    assert parts.store.restore("gave-up", old.id).status == MemoryStatus.active


@pytest.mark.both_backends
def test_a_love_given_up_later_in_the_same_batch_ends_it(parts: Services) -> None:
    _learn(parts, "gave-up-batch", "I love sushi.", "Honestly I used to love sushi but I'm over it now.")
    assert "Loves sushi" not in active(parts, "gave-up-batch")
    assert [m.text for m in parts.store.list_memories("gave-up-batch", SUPERSEDED).items] == ["Loves sushi"]


def test_nothing_to_end_stores_nothing(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue([fact("Is vegan", "diet", MemoryKind.constraint, ends=True)])
    say(svc, "ana", ("user", "I'm not vegan anymore."))
    assert active(svc, "ana") == [] and svc.store.list_memories("ana", SUPERSEDED).items == []


def test_an_ending_leaves_a_near_miss_and_a_pinned_item(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Loves sashimi", "sashimi", MemoryKind.preference), fact("Is vegan", "diet", MemoryKind.constraint)],
        [
            fact("Loves sushi", "sushi", MemoryKind.preference, ends=True),
            fact("Is vegan", "diet", MemoryKind.constraint, ends=True),
        ],
    )
    say(svc, "ana", ("user", "I love sashimi and I'm vegan."))
    vegan = next(m for m in svc.store.list_memories("ana").items if m.text == "Is vegan")
    svc.store.update("ana", vegan.id, MemoryPatch(pinned=True))
    say(svc, "ana", ("user", "I used to love sushi. I'm not vegan anymore."))
    assert active(svc, "ana") == ["Is vegan", "Loves sashimi"]


def test_an_ending_said_for_a_situation_leaves_the_general_item(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Prefers short answers", "answer length", MemoryKind.style)],
        [fact("Prefers short answers", "answer length", MemoryKind.style, context="at work", ends=True)],
    )
    say(svc, "ana", ("user", "Keep answers short."))
    say(svc, "ana", ("user", "At work I don't need short answers anymore."))
    assert active(svc, "ana") == ["Prefers short answers"]


@pytest.mark.both_backends
def test_a_new_employer_or_meat_again_replaces_what_was_known(parts: Services) -> None:
    _learn(parts, "changes", "I work at Google.", "I'm vegetarian.")
    _learn(parts, "changes", "I now work at Meta.", "I eat meat now, any steak tips?")
    texts = active(parts, "changes")
    assert "Works at Meta" in texts and "Works at Google" not in texts and "Is vegetarian" not in texts

"""One job's statements reconciled against each other in the order the user said them, as two jobs would be:
nothing the user said later is dropped because an earlier turn of the same batch already changed an item."""

from __future__ import annotations

import pytest

from agents.services import Services
from memory.learn.jobs import JobState
from memory.learn.log import NewTurns
from memory.store.schemas import MemoryFilter
from memory.types import MemoryKind, MemoryStatus
from tests.agents.test_learning_flow import active, fact, say
from tests.fakes import ScriptedExtractor

pytestmark = pytest.mark.both_backends

SUPERSEDED = MemoryFilter(status=[MemoryStatus.superseded])


def test_a_later_turn_of_the_same_batch_supersedes_an_earlier_one(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [
            fact("Is vegan", "diet", MemoryKind.constraint, quote="I'm vegan"),
            fact("Is vegetarian", "diet", MemoryKind.constraint, quote="vegetarian, I eat eggs"),
        ]
    )
    job_id = say(
        svc, "ana", ("user", "I'm vegan, any tips?"), ("assistant", "Sure."), ("user", "Sorry, vegetarian, I eat eggs.")
    )
    assert active(svc, "ana") == ["Is vegetarian"]
    [old] = svc.store.list_memories("ana", SUPERSEDED).items
    [new] = svc.store.list_memories("ana").items
    assert old.text == "Is vegan" and old.superseded_by == new.id
    ops = [m["op"] for m in svc.queue.get(job_id, "default").result["memories"]]
    assert ops == ["add", "supersede"]
    assert [e.type.value for e in svc.store.history("ana", old.id)] == ["add", "supersede"]


def test_two_changes_of_one_value_in_one_batch_keep_the_last(svc: Services, scripted: ScriptedExtractor) -> None:
    scripted.enqueue(
        [fact("Lives in Munich", "home city", quote="I live in Munich")],
        [
            fact("Lives in Berlin", "home city", quote="moved to Berlin"),
            fact("Lives in Paris", "home city", quote="now Paris"),
        ],
    )
    say(svc, "ana", ("user", "I live in Munich."))
    say(svc, "ana", ("user", "I moved to Berlin in May."), ("user", "And since last week, now Paris!"))
    assert active(svc, "ana") == ["Lives in Paris"]  # before: Paris was dropped, Munich already claimed by Berlin
    assert sorted(m.text for m in svc.store.list_memories("ana", SUPERSEDED).items) == [
        "Lives in Berlin",
        "Lives in Munich",
    ]


def test_two_statements_of_one_turn_both_stay(svc: Services, scripted: ScriptedExtractor) -> None:
    quote = "I split my time between Munich and Berlin"
    scripted.enqueue(
        [fact("Lives in Munich", "home city", quote=quote), fact("Lives in Berlin", "home city", quote=quote)]
    )
    say(svc, "ana", ("user", quote + "."))
    assert active(svc, "ana") == ["Lives in Berlin", "Lives in Munich"]


def test_the_offline_learner_keeps_one_diet_from_one_batch(parts: Services) -> None:
    turns = [
        {"role": "user", "content": "vegan here, any tips for a week of lunches?"},
        {"role": "assistant", "content": "Sure: lentil salads, tofu wraps, grain bowls."},
        {"role": "user", "content": "oh wait, about me: 34F, vegetarian, live in Seattle"},
    ]
    receipt = parts.log.append("batch-diet", NewTurns.model_validate({"turns": turns}))
    assert receipt.job_id is not None
    assert parts.worker.wait_for(receipt.job_id, "default").state == JobState.done
    texts = active(parts, "batch-diet")
    assert "Is vegetarian" in texts and "Is vegan" not in texts
    assert [m.text for m in parts.store.list_memories("batch-diet", SUPERSEDED).items] == ["Is vegan"]

"""Issue 13, twenty-second pass: idioms the rules read wrongly or not at all, and restatements worded wrongly.

"I don't do X" is a dislike said with an idiom, unless X is something a diet leaves out; "I really can't be
around dogs" is a limit; "I have no patience for X" a dislike; where the user stands on faith a fact. A need
worded as a thing and what it must be reads as one; an adverb between "don't" and the verb of a habit given up is
no verb; a restatement's first word checks the reader's kind; a fragment the next sentence only stresses ("Aisle
seat. Always.") is read on the default path.
"""

from __future__ import annotations

import pytest

from agents.offline.garbled import broken
from agents.offline.given_up import endings
from agents.offline.reader import read_parts, read_turn
from agents.offline.reader_kinds import worded_kind
from agents.offline.restate import restate
from agents.offline.rules_path import rules_reading
from agents.services import Services
from memory.learn.log import NewTurns
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        # "I don't do X": a dislike said with an idiom, unless X is what a diet leaves out
        ("I don't do mornings, so nothing before 10.", "Doesn't do mornings", MemoryKind.dislike),
        ("Photoshoots only. I don't do cons.", "Doesn't do cons", MemoryKind.dislike),
        ("I don't do horror films.", "Doesn't do horror films", MemoryKind.dislike),
        ("I don't do dairy.", "Doesn't do dairy", MemoryKind.constraint),
        ("I don't do gluten, it wrecks me.", "Doesn't do gluten, it wrecks them", MemoryKind.constraint),
        ("I don't drink alcohol.", "Doesn't drink alcohol", MemoryKind.constraint),  # another verb, as before
        # a limit said with "can't", stressed or not
        ("I really can't be around dogs, I'm allergic.", "Can't be around dogs", MemoryKind.constraint),
        ("I can't kneel since the surgery.", "Can't kneel since the surgery", MemoryKind.constraint),
        ("i cant eat gluten", "Can't eat gluten", MemoryKind.constraint),
        # no patience for a thing ("zero" said as the article)
        (
            "ok backstitch then, i have no patience for fiddly stuff",
            "Has no patience for fiddly stuff",
            MemoryKind.dislike,
        ),
        ("I have zero tolerance for rudeness.", "Has zero tolerance for rudeness", MemoryKind.dislike),
        # where the user stands on faith
        ("I'm religious.", "Is religious", MemoryKind.fact),
        ("I'm not religious.", "Is not religious", MemoryKind.fact),
        ("I am not very religious, so keep it secular.", "Is not religious", MemoryKind.fact),
        ("I'm an atheist.", "Is an atheist", MemoryKind.fact),
        ("im not that spiritual", "Is not spiritual", MemoryKind.fact),
    ],
)
def test_the_rules_read_the_idiom_with_its_kind(turn: str, text: str, kind: MemoryKind) -> None:
    assert {d.text: d.kind for d in read_turn(turn)}.get(text) is kind


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("bakeries need to be safe", "Needs bakeries to be safe"),
        ("protein suggestions need to be plant based", "Needs protein suggestions to be plant based"),
        ("the hotel has to have a pool", "Needs the hotel to have a pool"),
        ("seats must have a view of the stage", "Needs seats to have a view of the stage"),
    ],
)
def test_a_thing_and_what_it_must_be_is_one_need(clause: str, said: str) -> None:
    assert restate(clause, "constraint", shaped=True)[0] == said


def test_a_need_without_a_must_is_left_as_it_was() -> None:
    assert restate("a car for the school run", "constraint", shaped=True)[0] == "Needs a car for the school run"


@pytest.mark.parametrize(
    "text", ["Needs only the week is possible", "Needs the weekend is busy", "Needs mornings are hard"]
)
def test_a_need_in_front_of_how_something_is_is_broken(text: str) -> None:
    assert broken(text)


@pytest.mark.parametrize(
    "text",
    ["Needs stuff for a small space, their living room is tiny", "Needs a quiet room", "Needs seats that are wide"],
)
def test_a_need_with_its_own_reason_or_clause_is_not_broken(text: str) -> None:
    assert not broken(text)


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("i dont really do superheroes anymore", "Does superheroes"),
        ("I don't actually eat meat anymore", "Eats meat"),
        ("I don't even drink coffee any more", "Drinks coffee"),
    ],
)
def test_an_adverb_before_the_verb_given_up_is_no_verb(text: str, ended: str) -> None:
    assert [d.text for d in endings(text)] == [ended]


@pytest.mark.parametrize(
    ("text", "cls", "kind"),
    [
        ("Likes cheap wine", "constraint", "preference"),  # "cheap wine is fine by me": a taste, no limit
        ("Loves long walks", "fact", "preference"),
        ("Knows pipes", "preference", "fact"),  # what the user knows
        ("Their short game is awful", "constraint", "fact"),  # how a part of them is
        ("Their knees can't take running", "constraint", "constraint"),  # a limit stays one
        ("Their roommate says they do not have that kind of time", "constraint", "constraint"),
        ("Prefers window seats", "preference", "preference"),
        ("Really cannot be around dogs", "dislike", "constraint"),  # a limit, stressed
        ("Has no patience for fiddly stuff", "fact", "dislike"),
        ("Never learned to follow", "dislike", "fact"),  # a past never done
        ("Has never touched real rock", "dislike", "fact"),
        ("Never liked olives", "dislike", "dislike"),  # a taste: the reader's own kind
    ],
)
def test_the_first_word_of_a_restatement_checks_its_kind(text: str, cls: str, kind: str) -> None:
    assert worded_kind(text, cls) == kind


@pytest.mark.parametrize(
    ("clause", "kind", "said"),
    [
        ("been knitting 30 years", "fact", "Has been knitting 30 years"),  # texting drops "I've"
        ("I need shoes that survive rain, any ideas?", "preference", "Needs shoes that survive rain"),
        ("I need a quiet laptop, any tips", "preference", "Needs a quiet laptop"),
    ],
)
def test_texting_shapes_are_worded(clause: str, kind: str, said: str) -> None:
    assert restate(clause, kind, shaped=True)[0] == said


def test_a_limit_with_its_stress_is_still_a_limit() -> None:
    text = restate("I really can't be around dogs", "dislike", shaped=True)[0]
    assert (text, worded_kind(text, "dislike")) == ("Really cannot be around dogs", "constraint")


def test_patience_for_a_thing_is_no_dislike() -> None:
    assert all(d.kind is not MemoryKind.dislike for d in read_turn("I have a lot of patience for kids."))


@pytest.mark.parametrize(
    "turn", ["Are you religious?", "I'm religious about my morning coffee.", "My wife is religious, I'm not."]
)
def test_faith_asked_or_said_of_a_habit_or_of_someone_else_is_no_belief(turn: str) -> None:
    assert not [d for d in read_turn(turn) if "religious" in d.text]


@pytest.mark.parametrize(
    ("turn", "kind", "text"),
    [
        ("Aisle seat. Always.", MemoryKind.preference, "Prefers aisle seat"),
        ("Middle seat. Never.", MemoryKind.dislike, "Avoids middle seat"),  # turned down by its stress
        ("British spelling. Always.", MemoryKind.style, "Wants answers: british spelling"),  # about answers
    ],
)
def test_a_stressed_fragment_is_read_on_the_default_path(turn: str, kind: MemoryKind, text: str) -> None:
    [draft] = rules_reading(read_parts(turn))
    assert (draft.kind, draft.text) == (kind, text)


@pytest.mark.parametrize(
    "turn", ["My sister: window seat. Always. She won't fly otherwise.", "Window seat? Always?", "Thanks. Always."]
)
def test_a_stressed_fragment_of_someone_else_or_asked_is_not_read(turn: str) -> None:
    assert rules_reading(read_parts(turn)) == []


def test_a_stressed_fragment_reaches_the_default_path_through_the_graph(parts: Services) -> None:
    """Through the message log, the gate, the job queue and the graph, with the offline rules alone."""
    turns = NewTurns.model_validate({"turns": [{"role": "user", "content": "Aisle seat. Always."}]})
    receipt = parts.log.append("stress", turns)
    assert receipt.job_id is not None
    parts.worker.wait_for(receipt.job_id, "default")
    assert [m.text for m in parts.store.list_memories("stress").items] == ["Prefers aisle seat"]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Lactose intolerant, what cheese can I eat?", "Is lactose intolerant"),
        ("Allergic to dust mites, what pillow?", "Is allergic to dust mites"),
        ("vegetarian, any good burger places?", "Is vegetarian"),
    ],
)
def test_a_state_said_without_im_before_a_question_is_read(turn: str, text: str) -> None:
    assert text in {d.text for d in read_turn(turn)}


def test_a_question_about_a_state_is_not_read() -> None:
    assert read_turn("Is it vegan, what do you think?") == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("allergic to cats, sadly", "Is allergic to cats"),
        ("allergic to penicillin, unfortunately", "Is allergic to penicillin"),
    ],
)
def test_a_trailing_aside_does_not_hide_a_state(turn: str, text: str) -> None:
    assert [d.text for d in read_turn(turn)] == [text]

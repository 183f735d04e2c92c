"""Issue 13, twenty-third pass: plain English the rules read wrongly or not at all.

A statement with its "I" left out ("Can't handle spicy food.", "Been vegetarian for 10 years.", "Live in Berlin.")
reads as the full statement; it was nothing, or a garble ("Has a just started learning piano"). "I'd rather do one
on one stuff" is a standing choice ("one on one" is no pick of "the first one"); "I always want
a window seat" a standing wish; "I get really bad stage fright" a fact of the body; "I'm totally hopeless with
power tools" a skill with its adverb; "they scare me a bit" is about something unnamed, so it is no memory (it
was "Finds y scary": the lead-in's "the" took the start of "they").
"""

from __future__ import annotations

import pytest

from agents.offline.garbled import broken
from agents.offline.reader import read_turn
from agents.offline.reader_kinds import worded_kind
from agents.offline.restate import restate
from memory.types import MemoryKind

P, F, C = MemoryKind.preference, MemoryKind.fact, MemoryKind.constraint


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("im pretty shy in big groups so i'd rather do one on one stuff", "Would rather do one on one stuff", P),
        ("I always want a window seat.", "Always wants a window seat", P),
        ("for summer though i always want a tent i can stand up in", "Always wants a tent they can stand up in", P),
        ("I get really bad stage fright before shows.", "Gets stage fright", F),
        ("I get hay fever every May.", "Gets hay fever", F),
        ("Ok so I'm totally hopeless with power tools", "Is bad with power tools", F),
        # a statement with its "I" left out, opening a turn
        ("Can't handle spicy food.", "Can't handle spicy food", C),
        ("Can't eat gluten.", "Can't eat gluten", C),
        ("Don't eat pork.", "Doesn't eat pork", C),
        ("Been vegetarian for 10 years.", "Is vegetarian", C),
        ("Been knitting for 20 years, so skip the basics.", "Has been knitting for 20 years", F),
        ("Still learning Python.", "Is learning Python", F),
        ("Work from home.", "Works from home", F),
        ("Live in Berlin.", "Lives in Berlin", F),
        # hedges and idioms of a limit
        ("My budget is like 50 bucks max.", "Has a budget of around 50 bucks", C),
        ("Pork is off the table for me.", "Won't accept Pork", C),
        ("Spicy food is a big no for me.", "Won't accept spicy food", C),
        ("My back's been killing me lately.", "Has back problems", F),
        # persona facts said in passing
        ("I've got a 45 minute drive to work.", "Has a 45 minute drive to work", F),
        ("I'm in my 60s and just retired.", "Recently retired", F),
        # a diet named by what it is low or high in
        ("I'm on a low FODMAP diet.", "Is on a low FODMAP diet", C),
        ("I follow a low carb diet.", "Follows a low carb diet", C),
    ],
)
def test_plain_english_is_read_with_its_kind(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "I'd rather have the second one.",  # a pick of this list
        "I always want the first one.",
        "I always want to know why, honestly.",  # a habit of asking, no wish to store
        "they scare me a bit",  # whatever "they" is, it is not in the memory
        "the others bore me",
    ],
)
def test_a_pick_or_an_unnamed_thing_is_no_standing_wish(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


def test_seasickness_keeps_its_own_reading() -> None:
    """ "I get seasick" was read before this pass (a limit, with "easily" when said): "get" does not take it over."""
    assert [(d.text, d.kind) for d in read_turn("I get seasick really easily")] == [
        ("Gets seasick easily", MemoryKind.fact)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They scare them a bit",
        "The others bore them",
        "It drives them mad",
        "Avoids their knees hate impact",
        "Recommend them horror movies",  # from "Never recommend me horror movies": an order
    ],
)
def test_a_restatement_led_by_someone_elses_subject_is_broken(text: str) -> None:
    assert broken(text)


@pytest.mark.parametrize("text", ["Is pretty shy in big groups", "Their knees are bad", "Itches after wool"])
def test_a_restatement_of_the_user_is_not_broken(text: str) -> None:
    assert not broken(text)


def test_a_statement_with_its_i_left_out_is_not_a_thing_owned() -> None:
    assert [d.text for d in read_turn("Just started learning piano.")] == ["Recently started learning piano"]


@pytest.mark.parametrize(
    "turn", ["live in the moment lol", "Can't find my keys.", "Don't do bullet points.", "Can't wait!"]
)
def test_an_order_or_a_saying_with_no_i_is_not_read(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


@pytest.mark.parametrize("turn", ["That option is off the table now.", "Is pork off the table for you?"])
def test_off_the_table_for_a_plan_or_asked_is_no_limit(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


def test_an_answer_quality_said_with_always_is_a_style_for_its_situation() -> None:
    drafts = read_turn("For work emails, always formal. For friends, casual is fine.")
    assert [(d.text, d.kind, d.context) for d in drafts] == [
        ("Prefers a formal tone", MemoryKind.style, "for work emails")
    ]  # it was "Always formals"


@pytest.mark.parametrize(
    ("clause", "text"),
    [
        ("Always formal please.", "Prefers a formal tone"),
        ("Always concise.", "Prefers short, concise answers"),
        ("For coding questions, always brief.", "Prefers short, concise answers"),
    ],
)
def test_the_restatement_words_an_answer_quality(clause: str, text: str) -> None:
    assert restate(clause, "preference", shaped=True)[0] == text
    assert worded_kind(text, "preference") == "style"


def test_a_walk_that_is_no_commute_is_not_read() -> None:
    assert [d.text for d in read_turn("I have a long walk ahead of me.")] == []


@pytest.mark.parametrize(
    ("clause", "text"),
    [
        ("Own a small bakery.", "Owns a small bakery"),
        ("Grew up in Texas.", "Grew up in Texas"),
        ("Study nursing.", "Studies nursing"),
        ("Bad lower back.", "Has bad lower back"),  # a fragment, still a thing had
    ],
)
def test_a_fact_with_its_i_left_out_is_worded_as_the_users_statement(clause: str, text: str) -> None:
    assert restate(clause, "fact", shaped=True)[0] == text  # it was "Has own a small bakery"


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Two dogs, big yard, no fence.", "Has two dogs"),  # it was "Has two dogs, big yard, no fence"
        ("Small kitchen, one pot meals please.", "Has a small kitchen"),  # "..., one pot meals please"
        ("Small balcony, mostly shade.", "Has a small balcony, mostly shade"),  # what follows says more of it
    ],
)
def test_a_terse_fact_keeps_only_what_says_more_of_it(turn: str, text: str) -> None:
    assert [d.text for d in read_turn(turn) if d.text.startswith("Has")] == [text]

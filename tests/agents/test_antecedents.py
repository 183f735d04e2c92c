"""A pronoun pointing back, in the same sentence, to a thing a request, someone else's taste or a remark about
the world named: the user's own clause about it is read as if it named the thing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.antecedents import named_thing, refer
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # the object of a request
        ("And please never use em dashes in my stuff, I can't stand them", "dislike", "Dislikes em dashes"),
        ("Please never suggest cruise ships, I can't stand them.", "dislike", "Dislikes cruise ships"),
        ("Don't recommend audiobooks, I find them distracting.", "dislike", "Finds audiobooks distracting"),
        ("Stop sending me podcasts, I'm not a fan of them.", "dislike", "Is not a fan of podcasts"),
        # someone else's taste, the user's own after it
        ("my editor loves semicolons, i think theyre pretentious", "dislike", "Finds semicolons pretentious"),
        ("My father-in-law loves crossword puzzles, I hate them.", "dislike", "Hates crossword puzzles"),
        ("my sister keeps buying scented candles, honestly I love them", "preference", "Loves scented candles"),
        ("My boss loves acronyms but honestly I can't stand them", "dislike", "Dislikes acronyms"),
        ("My team keeps using Jira, I hate it, it's so slow", "dislike", "Hates Jira"),
        ("My son loves Minecraft, i think it's boring", "dislike", "Finds Minecraft boring"),
        ("Never use bold text, it's too loud for me", "dislike", "Finds bold text too loud"),
        # a remark about the world
        ("Standing desks are everywhere now and I'm not a fan of them.", "dislike", "Is not a fan of standing desks"),
    ],
)
def test_the_pronoun_takes_the_thing_named_before(sentence: str, kind: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [(kind, expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "My brother never uses semicolons, he hates them.",  # someone else's view of it
        "My roommate loves scented candles and she thinks they're relaxing.",
        "Never use the old login page, I hate it when it times out.",  # "it" is a situation
        "Please don't add footnotes this time, I'll read them later.",  # no taste
        "Stop sending me the drafts, I have them already.",
        "Don't change a thing, I love it!",  # thanks
        "If you ever suggest opera tickets, I'd probably hate them.",  # hypothetical
        "Why does my editor love semicolons, I hate them?",  # a question
        "Stop suggesting that one, I hate it",  # one of the assistant's options: a pick, not a taste
        "My sister loves my friends, I hate them",  # people
        "I hate it when that happens",  # nothing named in the turn
        "I love it!",
        "my mom loves it, I hate it",  # nothing named
        "Stop using Jira and I hate it when it crashes",
    ],
)
def test_no_thing_no_taste(sentence: str) -> None:
    assert not read_turn(sentence)


def test_the_thing_is_a_short_noun_phrase() -> None:
    assert named_thing("please never use em dashes in my stuff") == "em dashes"
    assert named_thing("Podcasts are everywhere these days") == "podcasts"
    assert named_thing("my editor loves semicolons") == "semicolons"
    assert named_thing("never use the old login page") == ""
    assert named_thing("I never use em dashes") == ""
    assert refer("I hate it when that happens", "em dashes") == "I hate it when that happens"
    assert refer("they're ugly", "em dashes") == "they're ugly"  # a verdict needs "I think" or "for me"

"""A standing preference buried in a long, chatty question: after "and honestly", "but tbh", "plus honestly" the
user's "I" starts a statement of its own, and the question run on after it with a bare comma is not part of it."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "kind", "expected"),
    [
        (
            "so my aunt keeps sending me recipes, which is sweet, but tbh I hate anything with coconut, is there a way "
            "to ask her nicely?",
            "dislike",
            "Hates anything with coconut",
        ),
        (
            "we went to the market this morning, it was packed, and honestly I only buy organic eggs, where else "
            "could I get them?",
            "preference",
            "Only buys organic eggs",
        ),
        (
            "so I'm picking a gym, there are three near me, and ngl I prefer classes over lifting alone, which one "
            "has the best schedule?",
            "preference",
            "Prefers classes over lifting alone",
        ),
        (
            "so work is busy again, meetings all day, plus honestly I never check email after 7pm, how do I set "
            "that expectation?",
            "constraint",
            "Never checks email after 7pm",
        ),
        (
            # a reading group, not a book club: "my book club" is read as a membership too since session 27
            "so my reading group picked another romance novel, which is fine I guess, but honestly I much prefer "
            "mysteries and thrillers, how do I suggest something different?",
            "preference",
            "Prefers mysteries and thrillers",
        ),
        (
            "honestly the wedding planning is so much, my fiance wants a big party, but I prefer small gatherings, "
            "like twenty people max, how do we compromise?",
            "preference",
            "Prefers small gatherings, like twenty people max",
        ),
        (
            "we're painting the bedroom this weekend, finally, and tbh I really love dark greens, got any paint "
            "suggestions?",
            "preference",
            "Loves dark greens",
        ),
    ],
)
def test_a_buried_statement_is_read_without_the_question(turn: str, kind: str, expected: str) -> None:
    assert reveals_something(turn)
    assert [(d.kind.value, d.text) for d in read_turn(turn)] == [(kind, expected)]


@pytest.mark.parametrize(
    "turn",
    [
        "so my aunt keeps sending me recipes, which is sweet, but honestly is coconut healthy or not?",
        "ok so my roommate plays music all day, which is fine I guess, and honestly she loves loud bass, any tips?",
        "so we're picking a gym, and honestly if I hated classes would lifting alone be better, what do you think?",
        "my sister signed up for a dance class, which is cool, but honestly she hates the front row, how can she "
        "avoid it?",
        "ok so tonight I'm cooking for friends, which is rare, and honestly I want something quick, any ideas?",
        "I love it, what about you?",
    ],
)
def test_a_question_or_someone_elses_taste_is_none(turn: str) -> None:
    assert read_turn(turn) == []


def test_a_statements_own_comma_is_kept() -> None:
    assert [d.text for d in read_turn("I prefer tea, not coffee.")] == ["Prefers tea, not coffee"]

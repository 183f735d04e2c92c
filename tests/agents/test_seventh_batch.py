"""Issue 13/14, session 31: a seventh batch of everyday conversations tried on the real stack. What read wrong:
"i have adhd so long study sessions never work for me" had read "Has adhd" (a condition known by its initials keeps
them in capitals). What read nothing: "I tore my ACL last year so no deep squats or jumping please" after a leg day
routine, "mostly just me and my wife, we like co-op games not competitive ones", "we're both not religious so no
church"."""

from __future__ import annotations

import re

import pytest

from agents.offline.reader import read_turn

ASSIGNMENTS = "A planner and a weekly review can help. Anything that makes it harder for you?"


def _texts(turn: str, previous: str | None = None, query: str | None = None) -> list[str]:
    return sorted(d.text for d in read_turn(turn, previous, query))


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("i have adhd so long study sessions never work for me", "Has ADHD"),
        ("I have ibs, so nothing too rich", "Has IBS"),
        ("i have ptsd from my time in the army", "Has PTSD"),
    ],
)
def test_a_condition_known_by_its_initials_keeps_them(turn: str, said: str) -> None:
    assert said in _texts(turn, ASSIGNMENTS, "how do I stay on top of my assignments")


LEG_DAY = "Squats, lunges, deadlifts and calf raises make a solid leg day."


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I tore my ACL last year so no deep squats or jumping please", "Has a torn ACL"),
        ("I've torn my meniscus", "Has a torn meniscus"),
        ("i broke my wrist in march", "Has a broken wrist"),
        ("I slipped a disc two years ago", "Has a slipped disc"),
    ],
)
def test_an_injury_is_a_constraint(turn: str, said: str) -> None:
    drafts = read_turn(turn, LEG_DAY, "give me a leg day routine")
    assert [(d.text, d.kind.value) for d in drafts if d.text == said] == [(said, "constraint")]


@pytest.mark.parametrize("turn", ["my son broke his arm", "I broke my phone", "did I tear my ACL?"])
def test_no_injury_of_the_users_own(turn: str) -> None:
    assert not [t for t in _texts(turn, LEG_DAY) if re.match(r"Has an? (?:torn|broken)", t)]


def test_a_household_taste_said_with_like_and_a_faith_said_with_not() -> None:
    games = "Catan, Ticket to Ride, Codenames and Wingspan are all popular. Who will you play with?"
    turn = "mostly just me and my wife, we like co-op games not competitive ones"
    said = _texts(turn, games, "recommend a board game")
    assert "Likes co-op games not competitive ones" in said
    wedding = "Congratulations! Do you have a budget, a guest count or a style in mind?"
    turn = "small, like 30 people, and we're both not religious so no church"
    said = _texts(turn, wedding, "help me plan my wedding")
    assert "Is not religious" in said
    for turn in ("we like, totally different stuff", "we like to go out on fridays", "we like the second option"):
        assert _texts(turn) == [], turn

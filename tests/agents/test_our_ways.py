"""The country the user comes from, said by how "we" do things there (agents/offline/our_ways.py); never the place
they live now, a trip, a plan, a question, what others do there, a town or quoted words."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("In Spain we say padrino", "Is from Spain"),
        ("In Japan we separate the garbage in many categories, very strict.", "Is from Japan"),
        ("back home in brazil we eat lunch at like 2pm, dinner is tiny", "Is from Brazil"),
        ("in poland, we celebrate name days more than birthdays, any gift idea for my aunt?", "Is from Poland"),
        ("My english is not perfect, in Turkey we drink tea all day so I want a good teapot", "Is from Turkey"),
        ("lol in greece we always bring something sweet when visiting someone's house", "Is from Greece"),
    ],
)
def test_a_custom_of_we_says_where_the_user_is_from(turn: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "here in Canada we separate glass and paper",
        "in Italy we ate pasta every day, so good",
        "in Japan we're going to Kyoto next",
        "in Spain do we say padrino or compadre?",
        "in Spain they eat dinner at 10pm",
        "in Paris we always go to the same bakery",
        "in Greece we should rent a car, right?",
        'my friend says "in Spain we say padrino"',
        "on our trip in Portugal we drink port every night",
    ],
)
def test_no_origin(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith("Is from")]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("at the club layout we run strictly 1950s era, no exceptions", "Is a member of a club"),
        ("at my chess club we play blitz on fridays, how do i get faster", "Is a member of a chess club"),
        ("In our running club we always do intervals on Tuesdays.", "Is a member of a running club"),
        ("at the golf club we usually walk 18 holes, no carts", "Is a member of a golf club"),
        ("in my book club we mostly read crime", "Is a member of a book club"),
    ],
)
def test_what_we_do_at_a_club_says_the_user_belongs(turn: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "at the club we danced till 3, my feet hurt",
        "at the club we're having a party tonight",
        "at my friend's club we played darts",
        "at the club they only serve lager",
        "at the night club we always lose our coats",
        "in the chess club do we need our own clocks?",
    ],
)
def test_no_club_of_the_users(turn: str) -> None:
    assert not [d for d in read_turn(turn) if "club" in d.text.lower() and d.text.startswith("Is a member")]

"""The country the user comes from, said by how "we" do things there (agents/offline/origins.py); never the place
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

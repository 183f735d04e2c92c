"""The terse fragments of :mod:`agents.offline.terse` ("Budget 15k.", "vim user", "Cooking for one.") are read on
the rules' path too, not only with the learned reader; never in a question or a pick among options."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn

OPTIONS = "1. A cooking class\n2. A wine tasting\n3. A pottery workshop"


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Wedding in October. 80 guests. Budget 15k.", ("constraint", "Has a budget of 15k")),
        ("also vim user, so no vscode instructions pls", ("fact", "Uses vim")),
        ("Cooking for one. Small portions.", ("fact", "Cooks for one")),
        ("Learning Spanish, B1 level", ("fact", "Is learning Spanish, B1 level")),
    ],
)
def test_a_terse_fragment_is_read_by_the_rules(turn: str, expected: tuple[str, str]) -> None:
    assert reveals_something(turn)
    assert expected in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "previous"),
    [("Budget 15k?", None), ("Learning Spanish, is that hard?", None), ("Budget 15k? The second one.", OPTIONS)],
)
def test_no_fragment_in_a_question_or_a_pick(turn: str, previous: str | None) -> None:
    assert not [d for d in read_turn(turn, previous) if d.text.startswith(("Has a budget", "Is learning"))]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Wood from now on. Flat's damp, the cardboard ones warp.", "Has a damp flat"),
        ("Kitchen is tiny. One-pot meals only.", "Has a tiny kitchen"),
        ("balcony's north-facing, what herbs survive", "Has a north-facing balcony"),
        ("Basement's really damp. Dehumidifier size?", "Has a damp basement"),
    ],
)
def test_the_users_place_with_its_article_dropped(turn: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "My sister's flat is damp, what should she do?",
        "Flat's a mess today",
        "Kitchen is tiny? no way",
        "the hotel room is tiny lol",
        "Room is cold right now",
        "is the kitchen tiny?",
    ],
)
def test_no_place_of_the_users(turn: str) -> None:
    assert not [d for d in read_turn(turn) if d.text.startswith("Has a")]

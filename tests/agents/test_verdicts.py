"""A verdict on something the user tried, and a refusal said with its reason, are lasting tastes or conditions;
someone else's trial, a question, a plan, a trial given up, a one-off request and a polite "no ..." are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import may_state_something
from agents.offline.reader import read_turn
from agents.offline.verdicts import verdicts


def _read(turn: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("i tried yoga but honestly its too slow for me", [("dislike", "Finds yoga too slow")]),
        ("I tried oat milk once and it was way too sweet", [("dislike", "Finds oat milk too sweet")]),
        (
            "tried ski touring last winter and the uphill was pure misery, never again lol",
            [("dislike", "Dislikes ski touring")],
        ),
        ("I tried hot yoga last month and hated it.", [("dislike", "Dislikes hot yoga")]),
        ("Tried escape rooms with coworkers, not for me.", [("dislike", "Dislikes escape rooms")]),
        ("I gave sourdough baking a try and loved it", [("preference", "Likes sourdough baking")]),
        ("I tried kimchi last week and it was amazing", [("preference", "Likes kimchi")]),
        ("Never booking Ryanair again.", [("dislike", "Avoids Ryanair")]),
        ("but the pad thai was amazing, I'd eat that every day", [("preference", "Likes pad thai")]),
        ("Licorice tastes like medicine to me. The mint ones?", [("dislike", "Dislikes licorice")]),
        ("I'm never flying Spirit again", [("dislike", "Avoids Spirit")]),
        ("never again with Comcast", [("dislike", "Avoids Comcast")]),
    ],
)
def test_a_verdict_on_a_trial(turn: str, expected: list[tuple[str, str]]) -> None:
    assert may_state_something(turn)
    assert _read(turn) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Lunch ideas. No cilantro, it tastes like soap to me.", [("dislike", "Avoids cilantro")]),
        ("and pls no peanuts, im allergic", [("constraint", "Is allergic to peanuts")]),
        ("no shellfish, I'm allergic to shellfish", [("constraint", "Is allergic to shellfish")]),
        ("No sesame - severe allergy", [("constraint", "Is allergic to sesame")]),
        ("Dessert ideas? no dairy please, I'm lactose intolerant", [("constraint", "Is lactose intolerant")]),
        ("no cameras inside the house, period, creeps me out", [("dislike", "Avoids cameras inside the house")]),
        ("No Facebook, privacy reasons.", [("dislike", "Avoids Facebook for privacy reasons")]),
        ("no olives, I hate them", [("dislike", "Avoids olives")]),
        (
            "no boat tours please, I get seasick",
            [("constraint", "Gets seasick"), ("constraint", "Avoids boat tours")],
        ),
        (
            "No strobe lights - I get migraines",
            [("constraint", "Gets migraines"), ("constraint", "Avoids strobe lights")],
        ),
    ],
)
def test_a_refusal_with_its_reason(turn: str, expected: list[tuple[str, str]]) -> None:
    assert may_state_something(turn)
    assert _read(turn) == expected


@pytest.mark.parametrize(
    "turn",
    [
        "my wife tried yoga and hated it",
        "should I try yoga?",
        "I want to try yoga",
        "have you tried the natto there? I heard it's too slimy",
        "If I tried paragliding I'd probably hate it",
        "i tried the pomodoro thing for like a month and gave up, way to rigid for me",
        "I tried to call them but it was too late",
        "I tried everything and nothing works",
        "I tried your suggestion and loved it",
        "I tried the new cafe and the line was long",
        "I gave my sister a call and she loved it",
        "no worries, take your time",
        "No onions this time, im allergic",
        "no meetings tomorrow, I'm exhausted",
        "No, I meant the other one",
        "no idea, it tastes weird to me",
        "no rush, I'm busy",
        "No onions. Thanks.",  # an order; "No onions." alone reads as a dislike (emphasis.py), not a verdict
        "I'm never doing that again",
        "the soup was amazing",
        "my husband says cilantro tastes like soap to me",
        "It tastes like soap to me",
        "Never flying overnight again",
    ],
)
def test_no_verdict(turn: str) -> None:
    assert not any(verdicts(part) for part in turn.split(". "))
    assert not [d for d in read_turn(turn) if d.kind.value in ("preference", "dislike", "constraint")]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("I'll never fly overnight again.", ["Never flies overnight again"]),
        ("I'm claustrophobic so no caves", ["Is claustrophobic", "Avoids caves"]),
        ("no shellfish, I'm allergic to shellfish", ["Is allergic to shellfish"]),
    ],
)
def test_what_a_rule_worded_is_not_said_twice(turn: str, expected: list[str]) -> None:
    assert [d.text for d in read_turn(turn)] == expected


def test_the_verdict_is_quoted_from_its_sentence() -> None:
    (draft,) = read_turn("Planning meals for the week. I tried tempeh and loved it")
    assert (draft.text, draft.quote) == ("Likes tempeh", "I tried tempeh and loved it")

"""Family the user has, named only in passing (agents/offline/kin_mentions.py): a relative of theirs as the owner
of something, the giver of a present or their company, and children named by their bedtime; never someone else's
relative, one who is gone, a made-up case, a question or a relative whose taste the sentence is about."""

from __future__ import annotations

import pytest

from agents.offline.kin_mentions import kin_mentions
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("my granddaughter gave me a telescope last xmas and now im hooked on saturn", "Has a granddaughter"),
        ("My boyfriend's mom is teaching me to knit socks, which yarn weight is easiest?", "Has a boyfriend"),
        ("i only get to bake once the kids are asleep so quick doughs pls", "Has children"),
        ("my fiance's brother want to learn chess with me", "Is engaged"),
        ("so my wife's birthday is next month and I want to plan a stargazing night!!", "Has a wife"),
        ("my hubby and I go fishing at the lake most weekends", "Has a husband"),
        ("my son's birthday party is on saturday, cake ideas for 8 year olds?", "Has a son"),
    ],
)
def test_a_relative_named_in_passing_is_a_fact(turn: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "my friend's girlfriend's birthday is coming up, any ideas for her?",
        "her husband's car broke down again",
        "my ex-wife's lawyer called about the house",
        "my late husband's watch needs a new strap",
        "if my girlfriend's parents visit, where should we eat?",
        "my wife's favourite is opera, not mine",
        "does my son's school allow phones?",
        "My son's stuffed bunny is missing again.",
        "my wife's budget for shoes is 100 bucks",
        "my wife's patients keep calling our house phone, how do we block numbers?",
        "my neighbour's kids are loud after the kids are in bed",
        "back when me and my ex-husband lived in Ohio we fished a lot",
    ],
)
def test_no_relative_of_the_users(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.category == "family"]


def test_a_relative_already_named_is_not_said_again() -> None:
    assert kin_mentions("my son's birthday party is on saturday", {"son", "allergy"}) == []
    assert kin_mentions("my son's birthday party is on saturday", {"nuts"}) != []

"""Issue 13, thirty-first pass, found by trying twenty everyday conversations on the real stack: "too packed" said of
a plan (a travel preference, not a style rule sent with every request), "always correct my mistakes" (a style
rule), and a pick named back before a comma ("codenames, we're usually like 8 people"). Before it the rules read
none of them."""

from __future__ import annotations

import pytest

from agents.offline.echoes import echoed_pick
from agents.offline.reader import read_turn
from memory.types import MemoryKind

PLAN = "Day 1: Colosseum at 8am, the Forum, then a food tour and a night walk."
PACE = "Prefers a relaxed pace when travelling, with fewer things a day"


@pytest.mark.parametrize(
    "turn", ["too packed. I travel slow, one or two things a day max", "that's way too much for one day"]
)
def test_a_plan_said_to_be_too_full_is_a_travel_preference(turn: str) -> None:
    drafts = [d for d in read_turn(turn, PLAN) if d.text == PACE]
    assert drafts and drafts[0].kind is MemoryKind.preference and drafts[0].category == "travel"


@pytest.mark.parametrize(
    "turn",
    ["my sister thinks it's too packed", "The train is too packed at rush hour", "I'm too rushed in the mornings"],
)
def test_too_full_said_of_something_else_is_not(turn: str) -> None:
    assert PACE not in [d.text for d in read_turn(turn, PLAN)]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        (
            "Me llamo Ana. also please always correct my mistakes, even small ones",
            "Wants their mistakes corrected, even small ones",
        ),
        ("please always correct my mistakes", "Wants their mistakes corrected"),
    ],
)
def test_a_lasting_wish_for_corrections_is_a_style_rule(turn: str, text: str) -> None:
    drafts = [d for d in read_turn(turn, "¿Cómo te llamas?") if d.text == text]
    assert drafts and drafts[0].kind is MemoryKind.style


@pytest.mark.parametrize(
    "turn", ["Can you correct my mistakes in this essay?", "My teacher always corrects my mistakes"]
)
def test_one_request_or_someone_else_is_no_rule(turn: str) -> None:
    assert not [d for d in read_turn(turn) if "corrected" in d.text]
    assert not [d for d in read_turn("fix my typos pls", PLAN) if "corrected" in d.text]  # this text, not a rule


OFFER = "Codenames for a big group, or Catan for 3-4 people who like strategy."


@pytest.mark.parametrize(
    ("reply", "text"),
    [("codenames, we're usually like 8 people", "Prefers Codenames"), ("ok, catan", "Prefers Catan")],
)
def test_a_name_said_back_before_a_comma_is_the_pick(reply: str, text: str) -> None:
    draft = echoed_pick(reply, OFFER)
    assert draft is not None and draft.text == text


@pytest.mark.parametrize(
    ("reply", "assistant"),
    [
        ("thanks, will think about it", OFFER),
        ("morels, are they safe?", "You could try morels or chanterelles."),
        ("early, before the crowds", "You could go early or late."),  # a way, not a thing picked
    ],
)
def test_no_pick_before_a_comma(reply: str, assistant: str) -> None:
    assert echoed_pick(reply, assistant) is None

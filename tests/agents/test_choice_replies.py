"""Picks among the assistant's options in the shapes issue 13 still missed: a name closing the reply after a verdict
against another option ("Chamomile tastes like hay to me. The rooibos."), a tentative abbreviated name after such a
verdict ("Apisto maybe."), a list index opening a reason ("1. Hate phone calls."), and a superlative or comparative
that picks by a property the options state ("the cheapest", "Newest.")."""

from __future__ import annotations

import pytest

from agents.offline.choice_attributes import by_attribute
from agents.offline.reader import read_turn
from memory.types import MemoryKind

TEAS = (
    "1. Rooibos - naturally sweet, red\n2. Chamomile - floral, calming\n3. Decaf Earl Grey - black tea taste, bergamot"
)
SWAPS = "1. Beeswax wraps instead of cling film\n2. Shampoo bars\n3. A bamboo toothbrush"
FISH = "1. Apistogramma dwarf cichlids\n2. Angelfish\n3. Fancy guppies"
DANCE = "1. Tai chi dance\n2. Zumba\n3. Barre"
INSURERS = (
    "Three options:\n1. Lemonade - app only, fast claims, $9/mo\n2. State Farm - local agent, $14/mo\n"
    "3. Allstate bundle - needs an auto policy"
)
PETS = (
    "1. Trupanion - highest premium, no payout limit\n2. Lemonade Pet - cheapest, yearly cap\n"
    "3. Embrace - mid price, wellness add-on"
)
RUNS = "1. Chris Claremont's run (1975)\n2. Grant Morrison's New X-Men (2001)\n3. Hickman's House of X (2019)"
CAFES = "1. Luna Cafe - quiet, good wifi\n2. Sol Bistro - lively, live music"
QUESTIONS = "A few questions first:\n1. What's your budget?\n2. Do you drive?"


def picks(text: str, previous: str | None) -> list[str]:
    return [d.text for d in read_turn(text, previous) if d.kind is MemoryKind.preference]


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("Chamomile tastes like hay to me. The rooibos.", TEAS, "Prefers Rooibos (naturally sweet, red)"),
        (
            "shampoo bars r not for me, tried, hair felt gross. the wraps tho",
            SWAPS,
            "Prefers Beeswax wraps instead of cling film",
        ),
        ("Guppies are for children, no. Apisto maybe.", FISH, "Prefers Apistogramma dwarf cichlids"),
        ("1. Hate phone calls.", INSURERS, "Prefers Lemonade (app only, fast claims)"),
        ("Newest.", RUNS, "Prefers Hickman's House of X (2019)"),
        ("the oldest one", RUNS, "Prefers Chris Claremont's run (1975)"),
        ("the cheapest", PETS, "Prefers Lemonade Pet (cheapest, yearly cap)"),
        ("the quieter one please", CAFES, "Prefers Luna Cafe (quiet, good wifi)"),
    ],
)
def test_picks(text: str, previous: str, expected: str) -> None:
    assert picks(text, previous) == [expected]


def test_closing_name_keeps_the_verdict() -> None:
    drafts = read_turn("shampoo bars r not for me, tried, hair felt gross. the wraps tho", SWAPS)
    assert ("Dislikes shampoo bars", MemoryKind.dislike) in [(d.text, d.kind) for d in drafts]


def test_lead_index_keeps_the_reason() -> None:
    drafts = read_turn("1. Hate phone calls.", INSURERS)
    assert ("Hates phone calls", MemoryKind.dislike) in [(d.text, d.kind) for d in drafts]


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("Zumba is too much jumping. Barre maybe?", DANCE),  # a tentative question picks nothing
        ("maybe the rooibos?", TEAS),
        ("is the rooibos sweet?", TEAS),  # a question about an option
        ("Chamomile tastes like hay to me. The rooibos?", TEAS),
        ("the cheapest", None),  # no options before it
        ("1. Hate phone calls.", None),
        ("1. about 500 a month", QUESTIONS),  # an answer to a numbered question, not a pick
        ("1. Hate phone calls\n2. Hate paperwork", INSURERS),  # the user's own list
        ("the biggest", CAFES),  # no option states the property
        ("the oldest one", CAFES),
        ("the priciest one?", PETS),  # a question about a property
    ],
)
def test_no_pick(text: str, previous: str | None) -> None:
    assert picks(text, previous) == []


def test_attribute_needs_exactly_one_carrier() -> None:
    both = ["Cafe A - quiet, cosy", "Cafe B - quiet, roomy"]
    assert by_attribute("the quietest", both) is None
    assert by_attribute("the quietest", ["Cafe A - quiet", "Cafe B - loud"]) == 0
    assert by_attribute("the loudest one then", ["Cafe A - quiet", "Cafe B - loud"]) == 1
    assert by_attribute("newest", ["Film (2001)", "Film (2001)"]) is None


def test_a_stated_price_decides_only_when_every_option_states_one_and_one_is_least() -> None:
    assert by_attribute("the cheapest", ["A, $45", "B, $120", "C, $95"]) == 0
    assert by_attribute("the cheapest", ["A, $45", "B, $45"]) is None  # a tie picks nothing
    assert by_attribute("the cheapest", ["A, $45", "B, ask for a quote"]) is None  # one states none
    assert by_attribute("the cheapest", ["A, $45 or $60 with breakfast", "B, $50"]) is None  # two prices in one

"""Picks among the assistant's options in more shapes: "the middle one", a bare name followed by why, an
attribute turned down ("Not fiddly.", "the no subscription one"), and a verdict against one option that must
not make it the pick ("Guppies are for children, no.")."""

from __future__ import annotations

import pytest

from agents.offline.choice import by_phrase, chosen
from agents.offline.options import parse_options
from agents.offline.reader import read_turn
from memory.types import MemoryKind

PLUGS = "Three smart plugs:\n1. Eve Energy - HomeKit over Thread, pricey\n2. Meross - HomeKit, cheap\n3. TP-Link Kasa"
HUBS = "1. Home Assistant on a Pi - local, fiddly\n2. Amazon Echo as a hub - cloud\n3. Hubitat - local, simpler"
BELLS = (
    "1. Ring doorbell (needs a subscription)\n2. Eufy doorbell (local storage, no fee)\n"
    "3. Nest doorbell (needs a subscription)"
)
RESORTS = "1. Vail - huge, expensive\n2. Keystone - family focused, kids ski free with lodging\n3. Snowbird - steep"
FISH = "1. Apistogramma dwarf cichlids\n2. Angelfish\n3. Fancy guppies"
CAFES = "1. Luna Cafe - quiet, good wifi\n2. Sol Bistro - lively, live music"
SURF = "1. Costa Rica (boardshorts)\n2. Canary Islands (3/2 wetsuit)\n3. Sri Lanka south coast (boardshorts)"


def picks(text: str, previous: str) -> list[str]:
    return [d.text for d in read_turn(text, previous) if d.kind is MemoryKind.preference]


def avoids(text: str, previous: str) -> list[str]:
    return [d.text for d in read_turn(text, previous) if d.kind is MemoryKind.dislike]


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("The middle one. I need about ten of them.", PLUGS, "Meross"),
        ("Local. Not fiddly.", HUBS, "Hubitat"),
        ("the no subscription one, im so done with monthly fees for everything", BELLS, "Eufy"),
        ("keystone!! kids ski free?? sold", RESORTS, "Keystone"),
        ("Luna sounds great, Sol is too loud for me", CAFES, "Luna"),
    ],
)
def test_the_pick(text: str, previous: str, expected: str) -> None:
    found = picks(text, previous)
    assert len(found) == 1 and expected in found[0], found


def test_the_middle_of_an_even_number_of_options_is_no_pick() -> None:
    assert chosen("the middle one", ["A red one", "A blue one", "A green one", "A grey one"]) is None


def test_a_verdict_against_an_option_does_not_pick_it() -> None:
    assert not any("guppies" in p.lower() for p in picks("Guppies are for children, no. Apisto maybe.", FISH))
    options = FISH.split("\n")
    assert by_phrase("Guppies are for children, no. Angelfish maybe?", options) == (None, [])


def test_anything_but_turns_the_named_option_down() -> None:
    assert any("Canary Islands" in a for a in avoids("anything but the canaries then", SURF))


@pytest.mark.parametrize(
    "text",
    ["Not sure, what's the difference between them?", "which one is not fiddly?", "Thanks! What about Zigbee?"],
)
def test_questions_pick_nothing(text: str) -> None:
    assert picks(text, HUBS) == []


def test_options_after_a_colon_with_notes_in_brackets() -> None:
    offer = "Options: an online template ($30), a lawyer's flat fee ($400), or a legal aid clinic (free, 3-month wait)."
    assert parse_options(offer) == [
        "an online template ($30)",
        "a lawyer's flat fee ($400)",
        "a legal aid clinic (free, 3-month wait)",
    ]
    assert picks("The legal aid clinic. Can wait.", offer) == ["Prefers a legal aid clinic (free, 3-month wait)"]

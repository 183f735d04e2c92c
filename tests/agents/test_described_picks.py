"""Picks by a word of an option's description ("the shady one", "salomons it is"), the option worded without
its numbers and prices, the reason said beside a pick ("Bad with heights.", "i work every saturday"), and what
must pick nothing: a question about an option, a "least" pick, a pick for someone else, a hypothetical."""

from __future__ import annotations

import pytest

from agents.offline.described_picks import described_pick, option_phrase, stem
from agents.offline.reader import read_turn
from memory.types import MemoryKind

YARNS = (
    "A few yarns that would work:\n1. Merino DK - soft, machine washable, 12 colours\n"
    "2. Alpaca blend - fuzzy, very warm, hand wash only\n3. Cotton aran - cool, sturdy, shows every stitch"
)
OPENINGS = (
    "Some openings you could learn:\n1. The London System - solid, slow, easy to remember\n"
    "2. The King's Gambit - sharp, risky, lots of tactics\n3. The Catalan - positional, deep, lots of theory"
)
SPOTS = (
    "Three paddling spots nearby:\n1. Mirror Lake - sheltered, flat water, 20 min drive\n"
    "2. Harbour loop - open sea, windy, 2 hours\n3. River run - fast current, rapids in spring"
)
PLANES = (
    "For a first hand plane you could get:\n1. A Stanley No. 4 - vintage, needs restoring, $40\n"
    "2. A Veritas low-angle block plane - new, precise, $220\n3. A wooden jack plane - light, traditional, cheap"
)
COURSES = (
    "You could:\n1. Take a weekend intensive\n2. Do a weekly evening class over six weeks\n3. Hire a private tutor"
)


def preferences(text: str, previous: str | None) -> list[str]:
    return [d.text for d in read_turn(text, previous) if d.kind is MemoryKind.preference]


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("the soft one", YARNS, "Prefers Merino DK (soft, machine washable, 12 colours)"),
        (
            "ok the fuzzy one pls, my hands get so cold",
            YARNS,
            "Prefers Alpaca blend (fuzzy, very warm, hand wash only)",
        ),
        ("I'll go with the solid one.", OPENINGS, "Prefers the London System (solid, slow, easy to remember)"),
        ("Gonna go with the sheltered one", SPOTS, "Prefers Mirror Lake (sheltered, flat water)"),
        ("i will take the flat water one", SPOTS, "Prefers Mirror Lake (sheltered, flat water)"),
        ("the traditional one it is", PLANES, "Prefers a wooden jack plane (light, traditional, cheap)"),
        ("veritas it is", PLANES, "Prefers a Veritas low-angle block plane (new, precise)"),
        ("The six-week one.", COURSES, "Prefers to do a weekly evening class over six weeks"),
    ],
)
def test_a_pick_by_a_word_of_the_option(text: str, previous: str, expected: str) -> None:
    assert expected in preferences(text, previous)


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("is the soft one itchy?", YARNS),
        ("the soft one is too pricey for me", YARNS),
        ("the least fuzzy one", YARNS),
        ("oh the fuzzy one is so her, she'll love it", YARNS),
        ("he'd totally love the smooth one", YARNS),
        ("my brother would take the sharp one", OPENINGS),
        ("if I had a car I'd do the sheltered one", SPOTS),
        ("what about the windy one, is it safe?", SPOTS),
        ("the blue one", YARNS),
    ],
)
def test_no_pick_of_the_users_own(text: str, previous: str) -> None:
    assert preferences(text, previous) == []


def test_a_fragment_after_a_pick_is_read_too() -> None:
    said = [d.text for d in read_turn("The second one. Budget 15k.", "1. A cooking class\n2. A wine tasting")]
    assert "Has a budget of 15k" in said


def test_a_reason_beside_a_pick_is_read_too() -> None:
    drafts = [(d.text, d.kind) for d in read_turn("The sheltered one. Bad with heights.", SPOTS)]
    assert ("Is uncomfortable with heights", MemoryKind.constraint) in drafts
    assert ("Prefers Mirror Lake (sheltered, flat water)", MemoryKind.preference) in drafts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I work every saturday", "Works on Saturdays"),
        ("i work weekends so evenings are better", "Works weekends"),
        ("I work most weekends at the shop.", "Works most weekends"),
    ],
)
def test_work_days(text: str, expected: str) -> None:
    assert expected in [d.text for d in read_turn(text)]


@pytest.mark.parametrize(
    "text",
    ["I work on Saturday this week", "Do you work weekends?", "She is bad with heights.", "are you bad with heights?"],
)
def test_no_work_days_or_heights_of_others_or_once(text: str) -> None:
    said = [d.text for d in read_turn(text)]
    assert not [t for t in said if t.startswith("Works") or "heights" in t]


def test_stems_and_ties() -> None:
    assert stem("shady") == stem("shaded") == stem("shade")
    assert described_pick("the short one", ["A - short, flat", "B - short, steep", "C - long"]) is None
    assert described_pick("the steep one", ["A - short, flat", "B - short, steep", "C - long"]) == 1


def test_option_phrase_drops_numbers_and_prices() -> None:
    assert option_phrase("Kachina Trail - shaded, forested, 10 mi out-and-back") == "Kachina Trail (shaded, forested)"
    assert option_phrase("Buy Nothing groups") == "Buy Nothing groups"


SHOES = (
    "Three shoes:\n1. La Sportiva Tarantulace - flat, comfy, laces\n"
    "2. Scarpa Instinct VS - aggressive downturn, velcro\n3. Evolv Defy - cheap, velcro, stiff"
)
VOWS = '1. "I choose you, every ordinary day."\n2. "You are my home."\n3. "I promise to love you even when you snore."'


def kinds(text: str, previous: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(text, previous)]


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("Wide feet. Not the downturned one. Tarantulace ok for that?", SHOES, "Avoids Scarpa Instinct VS"),
        ("Not a strong swimmer. Not the windy one. The sheltered one please.", SPOTS, "Avoids Harbour loop"),
        ("ok so. not the fuzzy one, I itch", YARNS, "Avoids Alpaca blend"),
        ("definately not the fuzzy one, wool makes me itch", YARNS, "Avoids Alpaca blend"),
    ],
)
def test_a_rejection_by_a_word_of_the_option(text: str, previous: str, expected: str) -> None:
    said = kinds(text, previous)
    assert any(t.startswith(expected) and k is MemoryKind.dislike for t, k in said)
    assert not any(t.startswith(expected.replace("Avoids", "Prefers")) for t, _ in said)


@pytest.mark.parametrize(
    ("text", "previous"),
    [("Sounds great. Not the windy one though.", SPOTS), ("my dad says not the windy one", SPOTS)],
)
def test_the_option_turned_down_is_never_the_pick(text: str, previous: str) -> None:
    assert not [t for t, _ in kinds(text, previous) if t.startswith("Prefers Harbour")]


def test_a_line_to_say_is_no_taste() -> None:
    assert preferences("lol the snore one", VOWS) == []

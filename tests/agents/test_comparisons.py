"""Preferences said as a comparison of value, a pair of verdicts or a must are read in a careful person's words;
a question, someone else's view, a hypothetical, a pick among options or "over" as a plain preposition teach
nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.comparisons import compared
from agents.offline.reader import read_turn

OPTIONS = "Two good picks:\n1. Marvel Unlimited - huge back catalogue\n2. DC Universe Infinite - cheaper"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("reliable matters more to me than exciting", [("preference", "Values reliable over exciting")]),
        (
            "Honestly, battery life matters way more than the camera.",
            [("preference", "Values battery life over the camera")],
        ),
        ("Comfort is more important to me than style.", [("preference", "Values comfort over style")]),
        ("Price is less important to me than durability.", [("preference", "Values durability over price")]),
        (
            "I care more about how it sounds than the sleeve, so a beat-up cover is fine",
            [("preference", "Cares more about how it sounds than the sleeve")],
        ),
        ("Marvel over DC. Not close.", [("preference", "Prefers Marvel over DC")]),
        ("for me it's comfort over style", [("preference", "Prefers comfort over style")]),
        ("Function over form, always.", [("preference", "Prefers function over form")]),
        ("quality > price", [("preference", "Prefers quality over price")]),
        (
            "Honey yes, stevia no, the taste is strange for me.",
            [("preference", "Likes honey"), ("dislike", "Dislikes stevia")],
        ),
        ("yes to tea, no to coffee", [("preference", "Likes tea"), ("dislike", "Dislikes coffee")]),
        ("Beer yes please, wine no thanks.", [("preference", "Likes beer"), ("dislike", "Dislikes wine")]),
        ("Fast shipping is a must.", [("preference", "Prefers fast shipping")]),
        ("Gluten-free is non-negotiable for me.", [("constraint", "Insists on gluten-free")]),
        ("Smoking is a dealbreaker.", [("constraint", "Won't accept smoking")]),
        ("Carpet in the bedroom is a dealbreaker for me.", [("constraint", "Won't accept carpet in the bedroom")]),
        (
            "id rather something with grog, the smooth ones slump on me every time",
            [("preference", "Prefers something with grog")],
        ),
    ],
)
def test_a_comparison_verdict_or_must_is_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "context"),
    [
        ("Wifi is a must when I travel", "Prefers Wifi", "when traveling"),
        ("A dishwasher is a must in the new apartment.", "Prefers a dishwasher", "in the new apartment"),
        (
            "Safety matters more than speed when I drive with the kids.",
            "Values safety over speed",
            "when driving with the kids",
        ),
    ],
)
def test_a_condition_after_it_is_its_context(sentence: str, text: str, context: str) -> None:
    assert [(d.text, d.context) for d in read_turn(sentence)] == [(text, context)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is comfort more important than style?",
        "Does battery life matter more than the camera for most people?",
        "is reusable a must?",
        "my wife says comfort matters more than style",
        "My brother thinks a garage is a must.",
        "A garage is a must for my dad.",
        "If I were rich, style would matter more than price.",
        "Imagine speed over safety, what would happen?",
        "it matters more than you think",
        "That's a dealbreaker.",
        "We ran over budget.",
        "He came over yesterday.",
        "Game over.",
        "Think it over.",
        "I live over the shop.",
        "The first over the second.",
        "Yes, no problem.",
        "Food good, service bad.",
        "I'd rather not.",
        "I'd rather you didn't.",
        "I'd rather wait until Monday.",
    ],
)
def test_nothing_new(sentence: str) -> None:
    assert not read_turn(sentence)


def test_a_pick_among_options_is_the_choice_modules() -> None:
    drafts = read_turn("Marvel over DC.", previous_assistant=OPTIONS, query="which comics app should I get?")
    assert "Prefers Marvel over DC" not in [d.text for d in drafts]


def test_only_whole_statement_clauses() -> None:
    assert compared("Chicken over rice is my go-to lunch.") == []
    assert compared("Is function over form?") == []


def test_the_gate_passes_a_comparison_in_a_long_turn() -> None:
    from agents.extract.gate import reveals_something

    turn = "We are looking at used cars for the family and honestly reliable matters more to me than exciting, so what?"
    assert reveals_something(turn)
    assert reveals_something("For the flat, smoking inside is a dealbreaker for me and pets are fine, what else?")

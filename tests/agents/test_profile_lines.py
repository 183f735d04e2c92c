"""Who the user is, said as a list (a profile line, a forum header, a sign-off, a standing order): one memory per
item of a closed shape; an open list, a question about the items, someone else's line and a one-off are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.covered import covered as _covered
from agents.offline.profile_lines import profile
from agents.offline.reader import read_parts, read_turn


def _read(turn: str, previous: str | None = None) -> list[tuple[str, str]]:
    """The memories of a turn, each text once, the first kept (as the extractor keeps them)."""
    first = {d.text: d.kind.value for d in reversed(read_turn(turn, previous))}
    return [(first[t], t) for t in dict.fromkeys(d.text for d in read_turn(turn, previous))]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "34F, vegetarian, live in Seattle. looking for hiking buddies apps",
            [
                ("fact", "Is 34 years old"),
                ("fact", "Is a woman"),
                ("constraint", "Is vegetarian"),
                ("fact", "Lives in Seattle"),
            ],
        ),
        (
            "About me: 41, two kids, work in logistics",
            [("fact", "Is 41 years old"), ("fact", "Has two kids"), ("fact", "Works in logistics")],
        ),
        (
            "vegan / gluten-free / on a budget",
            [("constraint", "Is vegan"), ("constraint", "Is gluten-free"), ("constraint", "Is on a budget")],
        ),
        ("Background: nurse, night shifts", [("fact", "Is a nurse"), ("fact", "Works night shifts")]),
        (
            "Me: beginner, left-handed, small hands",
            [("fact", "Is a beginner"), ("constraint", "Is left-handed"), ("fact", "Has small hands")],
        ),
        (
            "Age 29 | Berlin | remote dev",
            [("fact", "Is 29 years old"), ("fact", "Lives in Berlin"), ("fact", "Is a remote dev")],
        ),
        (
            "dad of two, runner, coffee snob. what grinder?",
            [("fact", "Is a dad of two"), ("fact", "Is a runner"), ("preference", "Is a coffee snob")],
        ),
        (
            "F/45, Jewish, keep kosher. recipe for shabbat dinner",
            [
                ("fact", "Is 45 years old"),
                ("fact", "Is a woman"),
                ("fact", "Is Jewish"),
                ("constraint", "Keeps kosher"),
            ],
        ),
        (
            "27m, software engineer, based in austin. gym routine?",
            [
                ("fact", "Is 27 years old"),
                ("fact", "Is a man"),
                ("fact", "Is a software engineer"),
                ("fact", "Lives in Austin"),
            ],
        ),
        (
            "Stats: 35, male, 6'1, intermediate lifter",
            [
                ("fact", "Is 35 years old"),
                ("fact", "Is a man"),
                ("fact", "Is 6'1 tall"),
                ("fact", "Is an intermediate lifter"),
            ],
        ),
        ("thanks for the tips!\n- Dana, 34, night nurse", [("fact", "Is 34 years old"), ("fact", "Is a night nurse")]),
        (
            "25, from Brazil, living in Dublin",
            [("fact", "Is 25 years old"), ("fact", "Is from Brazil"), ("fact", "Lives in Dublin")],
        ),
    ],
)
def test_a_profile_line_is_one_memory_per_item(turn: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(turn)
    assert _read(turn) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Muslim here, halal options near Union Square?", [("fact", "Is Muslim")]),
        ("vegan here, any good ramen in Tokyo?", [("constraint", "Is vegan")]),
    ],
)
def test_a_sign_in_before_a_question_is_read(turn: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(turn)
    assert _read(turn) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("tea, no sugar, always", [("preference", "Takes tea without sugar")]),
        (
            "coffee: black. eggs: over easy.",
            [("preference", "Takes coffee black"), ("preference", "Likes eggs over easy")],
        ),
        ("coffee, oat milk, always", [("preference", "Takes coffee with oat milk")]),
        ("steak: medium rare", [("preference", "Likes steak medium rare")]),
    ],
)
def test_a_standing_order_is_how_the_user_takes_it(turn: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(turn)
    assert _read(turn) == expected


@pytest.mark.parametrize(
    "turn",
    [
        "pros, cons, price?",
        "flour, sugar, eggs, butter, vanilla. how long to bake?",
        "Ingredients: chickpeas, tahini, lemon, garlic",
        "vegan or vegetarian, which is healthier?",
        "beginner, intermediate, advanced?",
        "teacher, nurse, engineer, which pays most?",
        "30, 40, 50 minutes?",
        "for my dad: 70, diabetic, loves fishing",
        "gift for my mom, 65, retired teacher, loves gardening",
        "she is 34, vegetarian, lives in Seattle",
        "Specs: 16GB, 512GB SSD, 14 inch",
        "coffee, no sugar, please",
        "tea, no sugar today",
        "Seattle, Portland, or Denver for a weekend?",
        "vegetarian, vegan, pescatarian, keto: explain each",
        "If I were vegan, single, 30, would I be happier?",
        "Requirements: senior developer, 5 years, remote",
        "The character is a 34F vegetarian nurse from Seattle. write her backstory",
        "runner, cyclist, swimmer: which burns most calories?",
        "Menu: steak medium rare, eggs over easy, coffee black",
        "gluten-free, dairy-free, nut-free kid. lunchbox ideas",
    ],
)
def test_an_open_list_or_someone_elses_is_no_profile(turn: str) -> None:
    assert _read(turn) == []


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("my wife: 34, vegetarian, night nurse", [("fact", "Has a wife")]),
        ("my roommate: vegan, night owl, messy", []),
        ("client profile: 45, married, two kids", []),
    ],
)
def test_a_line_about_someone_else_says_nothing_of_the_user(turn: str, expected: list[tuple[str, str]]) -> None:
    assert _read(turn) == expected


def test_options_picked_from_are_not_a_profile() -> None:
    options = "Here are options:\n1. Vegan bowl\n2. Steak\n3. Salad"
    assert ("constraint", "Is vegan") not in _read("vegan, gluten-free, cheap", options)


def test_a_line_worded_by_the_rules_is_left_by_the_learned_reader() -> None:
    reading = read_parts("34F, vegetarian, live in Seattle. looking for hiking buddies apps")
    said = [d for p in reading.parts for d in p.drafts]
    clause = reading.parts[0].clauses[0]
    assert clause == "34F, vegetarian, live in Seattle." and _covered(clause, said)
    assert profile("pros, cons, price", question=False) == ([], False)

"""What the user does as a matter of course, in the present tense, is a persona fact in their words; a question, a
condition, a passing act or a pronoun object is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I sell at a farmers market most Saturdays, so reliable matters more.",
            "Sells at a farmers market most Saturdays",
        ),
        ("I ride western. English saddles feel like a postage stamp.", "Rides western"),
        ("i run a little etsy shop selling candles", "Runs a little etsy shop selling candles"),
        (
            "I keep my comics bagged and boarded in the basement.",
            "Keeps their comics bagged and boarded in the basement",
        ),
        ("I test weekly with a liquid kit, not strips", "Tests weekly with a liquid kit"),
        ("I sing in a choir", "Sings in a choir"),
    ],
)
def test_a_standing_practice_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Should I use Python or Go?",
        "I keep forgetting my keys",
        "when I cook for guests, what wine works?",
        "I fix it myself",
        "I'd sell it if I could",
        "do you think I should run a marathon",
    ],
)
def test_no_practice(sentence: str) -> None:
    assert not read_turn(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Funny thing, I've never liked chocolate, people think I'm weird.", ("dislike", "Has never liked chocolate")),
        ("I have always loved jazz.", ("preference", "Has always loved jazz")),
        ("I'm trying to cut down on sugar these days.", ("preference", "Is cutting down on sugar")),
        ("I'm 68 and just got my first smartphone.", ("fact", "Is in their 60s")),
        ("I am working as engineer in Munich since 2019.", ("fact", "Works as engineer in Munich since 2019")),
        ("Not a fan of camping, hotels for me.", ("dislike", "Is not a fan of camping, hotels for them")),
        ("Big fan of jazz.", ("preference", "Is a big fan of jazz")),
    ],
)
def test_lasting_tastes_and_persona_said_plainly(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


def test_a_lasting_reaction_to_a_happening_is_no_taste() -> None:
    assert not read_turn("I've always hated it when people do that")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("i cant do dairy, it wrecks my stomach", ("constraint", "Can't do dairy", "")),
        ("i switched to green tea last spring, feel way better", ("preference", "Has switched to green tea", "")),
        ("For my own birthday I'd rather do something quiet, I'm an introvert.", ("fact", "Is an introvert", "")),
    ],
)
def test_limits_switches_and_the_kind_of_person(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(d.kind.value, d.text, d.context) for d in read_turn(sentence)]


@pytest.mark.parametrize("sentence", ["I can't do this anymore", "I can't do that for you"])
def test_a_passing_cannot_is_no_limit(sentence: str) -> None:
    assert not read_turn(sentence)


def test_working_out_and_a_fan_said_without_i() -> None:
    assert "Works out at home with just dumbbells" in [
        d.text for d in read_turn("I work out at home with just dumbbells")
    ]
    assert ("preference", "Is a huge Liverpool fan") in [
        (d.kind.value, d.text) for d in read_turn("Huge Liverpool fan here, been going to Anfield since I was a kid!")
    ]
    assert not read_turn("I work out what to do")


def test_a_recurring_time_budget_is_a_limit_and_a_one_off_is_not() -> None:
    said = "I have only one hour each day."
    assert [(d.kind.value, d.text) for d in read_turn(said)] == [("constraint", "Has only one hour each day")]
    assert not read_turn("I have 2 hours to kill at the airport")

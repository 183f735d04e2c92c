"""The user's body said plainly (a condition with "get", a voice type, height, an age without "old") and the limit
that follows from it are memories in their words; someone else's body, a passing state, a hypothetical, the age of
a thing, a number that is no age and a question about people in general are none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


def read(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Outdoor venues only. I get claustrophobic.",
            [("preference", "Prefers outdoor venues only"), ("fact", "Is claustrophobic")],
        ),
        ("I get migraines from screens", [("fact", "Gets migraines from screens")]),
        ("i always get really bad headaches after long flights", [("fact", "Gets headaches after long flights")]),
        ("I suffer from migraines.", [("fact", "Suffers from migraines")]),
        ("I'm prone to nosebleeds in winter.", [("fact", "Is prone to nosebleeds in winter")]),
        ("i cant hit high notes at all, im a baritone", [("fact", "Is a baritone who can't hit high notes")]),
        ("Fair warning, I'm a soprano.", [("fact", "Is a soprano")]),
        ("I can't reach high notes.", [("constraint", "Can't reach high notes")]),
        ("my back is killing me after years on the couch", [("fact", "Has back problems")]),
        (
            "Bad lower back. No deadlifts.",
            [("constraint", "Has a bad lower back"), ("constraint", "Avoids deadlifts")],
        ),
        ("After years on the couch my back is finally staging a protest.", [("fact", "Has back problems")]),
        (
            "I have a bad hip, and I'm trying to stay active.",
            [("constraint", "Has a bad hip"), ("preference", "Is trying to stay active")],
        ),
    ],
)
def test_a_condition_is_a_memory(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I am 62 years and want to stay strong", [("fact", "Is 62 years old")]),
        ("I am only 1.60", [("fact", "Is 1.60 m tall")]),
        ("Also I'm 6'4\" so most chairs feel tiny", [("fact", "Is 6'4\" tall")]),
        ("im 5'6 and most jackets are too long on me", [("fact", "Is 5'6\" tall")]),
        ("I'm 180cm and most bikes are too small", [("fact", "Is 180 cm tall")]),
        (
            "is it weird to be 45 and still go to anime conventions every year?",
            [("fact", "Is 45 years old"), ("fact", "Goes to anime conventions every year")],
        ),
    ],
)
def test_age_and_height_said_plainly(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I am 62 years and want to stay strong, but nothing too hard for the joints please.",
            [("fact", "Is 62 years old"), ("constraint", "Wants nothing too hard on their joints")],
        ),
        (
            "Now I look for something soft for the knees.",
            [("constraint", "Wants something easy on their knees")],
        ),
    ],
)
def test_the_limit_that_follows(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "my dad is 70",
        "She says I get migraines from screens.",
        "Tom and I get seasick.",
        "I'm tired today",
        "I got sick last week",
        "I'm getting sick",
        "I used to get migraines",
        "my back hurts after moving boxes yesterday",
        "if I were taller I'd play basketball",
        "Imagine I'm 6'2\", what would I play?",
        "the car is 12 years old",
        "I'm 45 minutes away",
        "I'm 2.5 hours away",
        "I'm 5 feet away from the door",
        "I'm 30 years into my career",
        "can you get seasick on a big ship?",
        "Do I get more jet lag flying east or west?",
        "why do I get headaches after running?",
        "is it weird for a 45 year old to go to conventions?",
        "I'm a bass player",
        "I'm tired so no long explanation please",
        "is swimming easy on the knees?",
        "My mom needs something easy on the knees, she is 78.",
        "Sore back.",
        "I had a bad day so no long answers please",
        "my back is sore today so no gym",
        "my knees are on strike after yesterday's hike",
        "my body is falling apart lol",
        "I get it",
    ],
)
def test_no_body_memory(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.category != "hobbies"]  # "I'm a bass player": Is a bass player


def test_a_reason_with_its_limit_after_so_is_the_condition_and_what_it_rules_out() -> None:
    """ "I get seasick so no ferries" says the refusal with its reason the other way round (see test_verdicts)."""
    assert read("I get carsick so no long bus rides.") == [
        ("constraint", "Gets carsick"),
        ("constraint", "Avoids long bus rides"),
    ]
    assert read("I'm based in Madrid btw, and I get seasick so no boat tours please") == [
        ("fact", "Lives in Madrid"),
        ("constraint", "Gets seasick"),
        ("constraint", "Avoids boat tours"),
    ]
    assert read("I get seasick so no boat tours today") == []  # for now: no standing limit
    assert read("I get seasick, so I always take the train") == [
        ("preference", "Always takes the train"),
        ("fact", "Gets seasick"),
    ]


def test_someone_elses_body_is_not_the_users() -> None:
    """What a relative has or does is theirs: no memory of the user's, not even "Has a wife" (the label set's
    convention for other people's tastes)."""
    assert read("my wife gets seasick") == []
    assert read("My son gets carsick so no long drives") == []


def test_said_once_when_another_rule_says_it() -> None:
    """The refusal rule reads "no boat tours, I get seasick"; the body rule adds nothing beside it."""
    assert read("no boat tours, I get seasick") == [("constraint", "Gets seasick"), ("constraint", "Avoids boat tours")]
    assert read("I get carsick easily") == [("fact", "Gets carsick easily")]

"""Shapes a new user writes that the rules used to miss or word badly (issue 13, session 15 walkthrough): who the
user is said as a sign-in ("vegan here"), a medicine they take, a pregnancy with its month, a worn aid, a thing
owned (said once), a statement before a question with only a comma, a second statement after "and" with no "I",
and a body condition that comes with its limit after "so"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


def _said(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("vegan here, any tips?", [("constraint", "Is vegan")]),
        ("Celiac here, is spelt ok?", [("constraint", "Is celiac")]),
        ("lactose intolerant here, what smoothie can I make?", [("constraint", "Is lactose intolerant")]),
        ("fellow nurse here", [("fact", "Is a nurse")]),
        ("mom of three here, what car?", [("fact", "Is a mom of three")]),
        ("I'm on blood thinners, can I take ibuprofen?", [("constraint", "Is on blood thinners")]),
        ("I take statins", [("constraint", "Takes statins")]),
        ("I'm 7 months pregnant", [("constraint", "Is pregnant")]),
        ("I wear glasses", [("fact", "Wears glasses")]),
        ("I wear hearing aids", [("constraint", "Wears hearing aids")]),
        ("I don't own a car", [("fact", "Does not have a car")]),
        ("I own a dishwasher", [("fact", "Has a dishwasher")]),
        ("I don't have a TV", [("fact", "Does not have a TV")]),
        ("I have an induction hob", [("fact", "Has an induction hob")]),
        ("I use a wheelchair, which museums in Rome are accessible?", [("constraint", "Uses a wheelchair")]),
        ("I work nights, how do I sleep during the day?", [("fact", "Works nights")]),
        ("I'm Jewish and keep kosher", [("fact", "Is Jewish"), ("constraint", "Keeps kosher")]),
        ("I'm from Brazil and live in Lisbon now", [("fact", "Is from Brazil"), ("fact", "Lives in Lisbon")]),
        ("I'm a nurse and work nights", [("fact", "Is a nurse"), ("fact", "Works nights")]),
        ("I'm hard of hearing so subtitles are a must", [("constraint", "Is hard of hearing")]),
        ("I get seasick, so no boat tours", [("constraint", "Gets seasick"), ("constraint", "Avoids boat tours")]),
        ("I'm pregnant, so no sushi", [("constraint", "Is pregnant"), ("constraint", "Avoids sushi")]),
        (
            "I get seasick so no boat tours either.",
            [("constraint", "Gets seasick"), ("constraint", "Avoids boat tours")],
        ),
        ("I'm type 1 diabetic, so carb counts matter", [("constraint", "Is type 1 diabetic")]),
        ("type 2 diabetes here, is oatmeal ok?", [("constraint", "Has type 2 diabetes")]),
        ("I have celiac", [("constraint", "Has celiac")]),
        ("I'm legally blind", [("constraint", "Is legally blind")]),
        ("I had knee surgery last year", [("fact", "Had knee surgery")]),
        ("I'm recovering from a broken ankle", [("fact", "Is recovering from a broken ankle")]),
        ("I'm a Mac user", [("fact", "Uses a Mac")]),
        ("I'm on Android", [("fact", "Uses Android")]),
        ("I'm in the UK", [("fact", "Lives in the UK")]),
        ("spicy food upsets my stomach", [("constraint", "Spicy food upsets their stomach")]),
        ("Red wine gives me migraines", [("constraint", "Red wine gives them migraines")]),
        ("I'm vegetarian, remember?", [("constraint", "Is vegetarian")]),  # a tag asks nothing
        ("I don't have a GPU", [("fact", "Does not have a GPU")]),
        ("I find cycling terrifying", [("dislike", "Finds cycling terrifying")]),
    ],
)
def test_what_a_new_user_says_of_themselves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "new here, how does this work?",  # no identity
        "anyone here, can you help?",
        "same here",
        "I have a question, what time is it in Tokyo?",  # a question is nothing the user has
        "I have a quick question, can you help?",
        "my mum is on blood thinners",  # someone else's
        "I wear glasses today",  # for now
        "my wife gets seasick so no boat tours",
        "I get seasick so no boat tours today",
        "I have a meeting",
        "I have a TV show to finish",
        "I'm tired and work is hard",
        "my dad had knee surgery",
        "I'm on Windows at work",  # at work only: not said as lasting everywhere
        "I'm in the UK for a week",
        "I'm on the phone now",
        "that pizza upset my stomach yesterday",
        "my son says milk upsets his stomach",
        "it gives me a headache",
        "Oh I just love when the wifi dies mid-call",  # sarcasm
        "you said 5, right?",
    ],
)
def test_nothing_of_the_users_own(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I teach third grade and need a rainy day activity", [("fact", "Teaches third grade")]),
        ("I run a small bakery and need a logo idea", [("fact", "Runs a small bakery")]),
        ("I work in construction so my hands are rough", [("fact", "Works in construction")]),
        ("I hate crowds so no festivals", [("dislike", "Hates crowds")]),
        ("I love fish and chips", [("preference", "Loves fish and chips")]),
        ("dairy makes me sick", [("constraint", "Dairy makes them sick")]),
        ("crowds make me anxious", [("dislike", "Finds crowds stressful")]),
        ("long meetings make me tired", [("dislike", "Finds long meetings tiring")]),
    ],
)
def test_the_wording_ends_where_the_statement_does(sentence: str, expected: list[tuple[str, str]]) -> None:
    """What follows "and need", "so no" or "so my" is another statement; how a thing makes the user feel is said
    of the thing ("Finds crowds stressful", not "Finds crowds anxious")."""
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I've been running for 10 years", [("fact", "Has been running for 10 years")]),
        ("I've played guitar since I was 12", [("fact", "Has played guitar since age 12")]),
        ("I've never cooked before", [("fact", "Has never cooked")]),
        ("I have zero experience with woodworking", [("fact", "Has no experience with woodworking")]),
        ("I'm a certified scuba diver", [("fact", "Is a certified scuba diver")]),
        ("I have a black belt in karate", [("fact", "Has a black belt in karate")]),
        ("I've never been abroad", [("fact", "Has never been abroad")]),
        ("I'm always cold", [("fact", "Is always cold")]),
        ("I snore", [("fact", "Snores")]),
        ("I bruise easily", [("fact", "Bruises easily")]),
        ("I have sensitive teeth", [("fact", "Has sensitive teeth")]),
        ("I wear a size 10 shoe", [("fact", "Wears size 10 shoes")]),
        ("I'm plus size", [("fact", "Is plus-size")]),
    ],
)
def test_experience_and_how_the_body_runs(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been waiting for 10 minutes",  # a stretch of now
        "I've never heard of it",
        "I've never been so tired",
        "I'm always cold today",
    ],
)
def test_no_experience_or_body_trait(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I read mostly sci-fi", [("preference", "Reads mostly sci-fi")]),
        ("I listen to a lot of jazz", [("preference", "Listens to a lot of jazz")]),
        ("I wear mostly black", [("preference", "Wears mostly black")]),
        ("I go to the gym 4 times a week", [("fact", "Goes to the gym 4 times a week")]),
        ("I do yoga every morning", [("fact", "Does yoga every morning")]),
        ("I'm a visual learner", [("fact", "Is a visual learner")]),
        ("bullet points work best for me", [("style", "Prefers bullet points")]),
        ("earth tones are more my style", [("preference", "Prefers earth tones")]),
        ("Italian food is my comfort food", [("preference", "Loves Italian food")]),
        ("beaches bore me", [("dislike", "Finds beaches boring")]),
        ("crowds stress me out", [("dislike", "Finds crowds stressful")]),
    ],
)
def test_habits_and_tastes_said_plainly(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I read only before sleep",  # when, not what
        "that works better for me, thanks",
        "is this better for me?",
        "my wife does yoga every morning",
    ],
)
def test_no_habit_or_taste_of_the_users(sentence: str) -> None:
    assert [d for d in _said(sentence) if d[1] != "Has a wife"] == []

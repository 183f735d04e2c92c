""" "I'm more of a tea person" is a taste, "I'm not a science person" a fact about the user; "Le Guin and Banks are
my favorites" and "Radiohead is my favorite band" name a favourite first; "I learn way better with videos than
textbooks" and "videos work better for me than books" compare what works for the user."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm more of a tea person", ("preference", "Is a tea person")),
        (
            "I'm mostly a single-player story games person, multiplayer just stresses me out.",
            ("preference", "Is a single-player story games person"),
        ),
        ("I'm not a morning person", ("fact", "Is not a morning person")),
        ("oh no. I am not a science person at all", ("fact", "Is not a science person")),
        ("I'm kind of a night owl", ("fact", "Is a night owl")),
        ("Radiohead is my favorite band", ("preference", "Favorite band is Radiohead")),
        (
            "I read almost only sci-fi, Le Guin and Banks are my favorites.",
            ("preference", "Likes Le Guin and Banks best"),
        ),
        ("Thai food is probably my favorite cuisine", ("preference", "Favorite cuisine is Thai food")),
        (
            "I learn way better with videos than reading textbooks, anything I read just doesn't stick.",
            ("preference", "Learns better with videos than reading textbooks"),
        ),
        ("I sleep better with a fan on", ("preference", "Sleeps better with a fan on")),
        ("videos work better for me than books", ("preference", "Prefers videos over books")),
    ],
)
def test_the_statement_is_read(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "this is my favorite",
        "the second one is my favorite",
        "Which is my favorite?",
        "My sister's favorite is ramen",
        "do I learn better with videos than books?",
        "my son learns better with videos",
        "it works better for me than that",
        "I'm not a doctor but it looks infected",
    ],
)
def test_nothing_is_read(sentence: str) -> None:
    texts = [d.text for d in read_turn(sentence)]
    assert not [t for t in texts if t.startswith(("Favorite", "Likes", "Learns", "Prefers", "Is not"))], texts


def test_not_a_fan_stays_a_dislike() -> None:
    assert [(d.kind.value, d.text) for d in read_turn("I'm not a fan of jazz")] == [("dislike", "Is not a fan of jazz")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("oh and yeah I'm American, born in Ohio", "Is American"),
        ("I'm half Japanese", "Is half Japanese"),
        ("I'm French-Canadian", "Is French-Canadian"),
        ("I am single father, I work night shifts", "Is a single father"),
        ("I'm a freelance copywriter, mostly tech clients.", "Is a freelance copywriter"),
    ],
)
def test_who_the_user_is(sentence: str, expected: str) -> None:
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize("sentence", ["I am English teacher", "I'm thai food obsessed", "Are you American?"])
def test_a_nationality_must_end_its_clause(sentence: str) -> None:
    assert not [d.text for d in read_turn(sentence) if d.text.startswith("Is ") and "teacher" not in d.text]


def test_a_taste_about_the_shape_of_answers_is_style() -> None:
    found = read_turn("Please stop giving me bullet lists, I find paragraphs easier to follow.")
    assert ("style", "Finds paragraphs easier to follow") in [(d.kind.value, d.text) for d in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I write my blog in English but it is not my first language", "English is not their first language"),
        ("Spanish is my native tongue", "Spanish is their first language"),
        ("I'm renting, so nothing permanent.", "Rents their home"),
        ("I read almost only sci-fi, Le Guin and Banks are my favorites.", "Reads almost only sci-fi"),
    ],
)
def test_language_home_and_near_exclusive_habits(sentence: str, expected: str) -> None:
    assert expected in [d.text for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence", ["I'm renting a car in Lisbon", "is English your first language?", "I read only the first chapter"]
)
def test_no_home_language_or_habit_is_read(sentence: str) -> None:
    assert read_turn(sentence) == []

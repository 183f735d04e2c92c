"""A statement said for a situation that comes back keeps that situation as its context (issue 13); a situation that
happens once, one that may never come, a question and someone else's statement teach nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "With my in-laws we keep dinners alcohol-free.",
            [("fact", "Keeps dinners alcohol-free", "with their in-laws")],
        ),
        ("around my parents I keep it halal", [("preference", "Keeps it halal", "around their parents")]),
        ("If I'm working from home I skip breakfast.", [("preference", "Skips breakfast", "if working from home")]),
        ("Weekends I sleep in till 10.", [("preference", "Sleeps in till 10", "on weekends")]),
        ("When I'm with clients I dress formally.", [("preference", "Dresses formally", "when with clients")]),
        ("On holiday I don't check email.", [("constraint", "Does not check email", "on holiday")]),
        ("in the morning only black coffee", [("preference", "Prefers only black coffee", "in the morning")]),
        ("date night: somewhere quiet", [("preference", "Prefers somewhere quiet", "for date night")]),
        ("for the kids no added sugar", [("constraint", "Avoids added sugar", "for the kids")]),
        (
            "for formal letters I sign off with Kind regards",
            [("preference", "Signs off with Kind regards", "for formal letters")],
        ),
        (
            "When I host, everything has to be nut-free because of my nephew.",
            [("constraint", "Keeps everything nut-free", "when hosting")],
        ),
        (
            "when I cook for my dad it has to be low-salt",
            [("constraint", "Keeps it low-salt", "when cooking for their dad")],
        ),
        ("on my days off I hike", [("preference", "Hikes", "on their days off")]),
        ("before bed I read fiction, never anything for work", [("preference", "Reads fiction", "before bed")]),
        (
            "During the week I eat vegetarian, on weekends I eat meat.",
            [("preference", "Eats vegetarian", "during the week"), ("preference", "Eats meat", "on weekends")],
        ),
        (
            "on weekdays I need dinner in 20 min, weekends I'll spend hours",
            [("preference", "Needs dinner in 20 min", "on weekdays")],
        ),
        (
            "for anything client-facing I use British spelling",
            [("fact", "Uses British spelling", "for anything client-facing")],
        ),
    ],
)
def test_a_statement_keeps_its_situation(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text, d.context) for d in read_turn(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "if I ever get a dog we'll need pet-friendly places",
        "for tonight's dinner something light",
        "for this essay use MLA",
        "should work emails be formal?",
        "my boss wants British spelling for anything client-facing",
        "with clients my manager dresses formally",
        "when I travel with the dog what do I need to pack?",
        "in the morning I called the plumber",
        "at work I was on a call all day",
        "this weekend we need a cheap hotel near the station",
        "Meeting: 3pm",
        "for this party everything has to be perfect",
        "at work I do",
    ],
)
def test_nothing_to_keep(sentence: str) -> None:
    assert not read_turn(sentence)


def test_someone_elses_habit_is_not_the_users() -> None:
    drafts = read_turn("on weekends my husband sleeps in till noon")
    assert [(d.kind.value, d.text, d.context) for d in drafts] == [("fact", "Has a husband", "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("for long drives its audiobooks or nothing", ("Prefers only audiobooks", "for long drives")),
        ("on weekends its pancakes or nothing lol", ("Prefers only pancakes", "on weekends")),
        ("with clients its email or nothing", ("Prefers only email", "with clients")),
        (
            "when im thrifting furniture its solid wood or nothing",
            ("Prefers only solid wood", "when thrifting furniture"),
        ),
        (
            "In summer I swim only in the lake, because the pool is too crowded for me",
            ("Swims only in the lake", "in summer"),
        ),
    ],
)
def test_the_one_thing_taken_there_keeps_the_situation(sentence: str, expected: tuple[str, str]) -> None:
    drafts = read_turn(sentence)
    assert expected in [(d.text, d.context) for d in drafts]
    assert not [d for d in drafts if d.text.lower().startswith("finds in")]  # not the clause read whole


@pytest.mark.parametrize(
    "sentence",
    [
        "for my sister its chocolate or nothing",
        "tomorrow its pizza or nothing",
        "is it pizza or nothing on weekends?",
        "if I'm ever in paris its croissants or nothing",
        "in the winter my sister climbs only in the hall, because outside is too cold for her",
    ],
)
def test_no_or_nothing_of_the_users(sentence: str) -> None:
    assert not read_turn(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the winter I climb only in the hall, because outside is too cold",
            ("Climbs only in the hall", "in the winter"),
        ),
        ("on sundays i only read paper books", ("Only reads paper books", "on sundays")),
        (
            "Honestly on a Tuesday I'm perfectly happy with a $10 Montepulciano",
            ("Is happy with a $10 Montepulciano", "on a Tuesday"),
        ),
        ("on weeknights im happy with a frozen pizza tbh", ("Is happy with a frozen pizza", "on weeknights")),
        ("for short trips I'm fine with a hostel dorm", ("Is happy with a hostel dorm", "for short trips")),
    ],
)
def test_what_the_user_takes_there_is_a_preference(sentence: str, expected: tuple[str, str]) -> None:
    assert ("preference", *expected) in [(d.kind.value, d.text, d.context) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "on a Tuesday I was happy with the cheap one",
        "tomorrow I'm happy with anything",
        "when I'm tired I'm happy with whatever",
        "for my sister I'm fine with a hostel",
        "in the winter my dad only climbs in the hall",
        "if it's raining I'm fine with it",
        "this weekend I'm happy with a quiet night in",
    ],
)
def test_no_situated_taste_of_the_users(sentence: str) -> None:
    assert not read_turn(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("fyi: on weekends I sleep in till 10", ("Sleeps in till 10", "on weekends")),
        ("fwiw, with clients I use British spelling", ("Uses British spelling", "with clients")),
        ("just so you know, before a race I eat plain pasta", ("Eats plain pasta", "before a race")),
        (
            "also good to know: for cons I always go for stuff I can actually sit down in",
            ("Always goes for stuff they can actually sit down in", "for cons"),
        ),
    ],
)
def test_a_lead_in_before_the_situation_is_skipped(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.text, d.context) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "fyi: tomorrow I sleep in",
        "good to know: for my sister I'm fine with a hostel",
        "fwiw my brother on weekends sleeps in till 10",
        "for the record, is it ok that on weekends I sleep in?",
    ],
)
def test_a_lead_in_makes_nothing_the_users(sentence: str) -> None:
    assert not read_turn(sentence)

"""What the user usually has, gets or does, said plainly (issue 13, session 16 walkthrough): how they take a drink or a
dish, what they always or never get, how much a day, what they are good or bad at, how they learn, a diet with its
exception, a refusal made lasting by "ever", a second taste after a comma."""

from __future__ import annotations

import pytest

from agents.offline.normalize import third_singular
from agents.offline.reader import read_turn


def _said(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I take my coffee black", [("preference", "Takes coffee black")]),
        ("i drink my tea with oat milk and no sugar", [("preference", "Drinks tea with oat milk and no sugar")]),
        ("I have my eggs over easy", [("preference", "Likes eggs over easy")]),
        ("I take my whiskey neat", [("preference", "Takes whiskey neat")]),
        ("I always get the window seat", [("preference", "Always gets the window seat")]),
        ("I never check bags", [("constraint", "Never checks bags")]),
        ("I usually sit in the front row", [("preference", "Usually sits in the front row")]),
        ("I drink like four coffees a day", [("fact", "Drinks about four coffees a day")]),
        ("I read about 3 books a month", [("fact", "Reads about 3 books a month")]),
        ("I'm terrible at keeping plants alive", [("fact", "Is bad at keeping plants alive")]),
        ("I'm pretty good at fixing things", [("fact", "Is good at fixing things")]),
        ("I'm bad with names", [("fact", "Is bad with names")]),
        ("I learn by doing", [("preference", "Learns by doing")]),
        ("I learn best from videos", [("preference", "Learns best from videos")]),
        ("I need things explained with examples", [("style", "Needs things explained with examples")]),
        ("I am vegetarian except for fish", [("constraint", "Is vegetarian but eats fish")]),
        ("I'm vegetarian, except I do eat eggs", [("constraint", "Is vegetarian but eats eggs")]),
        ("I'm vegetarian except on weekends", [("constraint", "Is vegetarian")]),
        ("no tomatoes please, ever", [("dislike", "Avoids tomatoes")]),
        ("I'm a coffee snob", [("preference", "Is a coffee snob")]),
        (
            "big fan of dark roast, can't stand anything fruity",
            [("preference", "Is a big fan of dark roast"), ("dislike", "Dislikes anything fruity")],
        ),
        ("I listen to podcasts on my commute", [("preference", "Listens to podcasts on their commute")]),
    ],
)
def test_usual_shapes_are_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I always get lost in new cities",
        "I never get it right",
        "I'm good with anything",
        "I'm good at this point, thanks",
        "are you good at math?",
        "do I take my coffee black?",
        "I learn from my mistakes",
        "no tomatoes please",
        "I listen to you",
        "Thanks, that bugs me too",
    ],
)
def test_look_alikes_teach_none_of_these_shapes(sentence: str) -> None:
    said = _said(sentence)
    assert not any(
        text.startswith(("Always gets", "Never gets", "Is good", "Takes", "Learns", "Avoids", "Listens"))
        for _, text in said
    ), said


def test_someone_elses_coffee_is_not_the_users() -> None:
    assert not any(text.startswith("Takes") for _, text in _said("my husband takes his coffee black"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I have no car", [("fact", "Does not have a car")]),
        ("I have no TV at home", [("fact", "Does not have a TV")]),
    ],
)
def test_i_have_no_thing_is_a_thing_lacked(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence", ["I have no idea", "if I have no car what then"])
def test_i_have_no_idea_lacks_nothing(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I go to bed at 9 most nights", [("fact", "Goes to bed at 9 most nights")]),
        ("I'm a member of a climbing gym", [("fact", "Is a member of a climbing gym")]),
        ("I'd like recipes under 30 minutes going forward", [("preference", "Prefers recipes under 30 minutes")]),
        ("I'd never buy a used mattress", [("dislike", "Won't buy a used mattress")]),
        ("I get cold easily so layers are key", [("fact", "Gets cold easily")]),
    ],
)
def test_hours_memberships_lasting_wishes_and_refusals(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I go to bed at 9 tonight",
        "should I go to bed at 9?",
        "I'm a member of the team that built it",
        "I'd never do that",
    ],
)
def test_once_or_of_one_thing_is_none(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("lol I haven't eaten meat in 15 years", [("constraint", "Has not eaten meat in 15 years")]),
        ("I haven't had a drink in 3 years", [("constraint", "Has not had a drink in 3 years")]),
        ("i hate bullet points", [("style", "Dislikes bullet-point formatting")]),
    ],
)
def test_a_long_abstinence_and_a_format_hated(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence", ["I haven't eaten in 5 hours", "my dad hasn't eaten meat in years"])
def test_hours_without_food_or_someone_elses_abstinence_is_none(sentence: str) -> None:
    assert _said(sentence) == []


def test_a_negated_auxiliary_takes_no_s() -> None:
    assert third_singular("haven't") == "has not"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I have bad eyesight, so bigger fonts please", [("constraint", "Has bad eyesight")]),
        ("I work the night shift at a hospital", [("fact", "Works the night shift")]),
        ("I'm a very light sleeper", [("fact", "Is a light sleeper")]),
    ],
)
def test_eyesight_shifts_and_sleep(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


def test_someone_elses_eyesight_is_none() -> None:
    assert _said("my dad has poor eyesight") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my budget for shoes is around 100 bucks", [("constraint", "Has a budget of around 100 bucks for shoes")]),
        ("my budget is 500 dollars", [("constraint", "Has a budget of 500 dollars")]),
    ],
)
def test_a_budget_for_a_thing(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence", ["what is my budget for shoes?", "my wife's budget for shoes is 100 bucks"])
def test_a_budget_asked_or_someone_elses_is_none(sentence: str) -> None:
    assert _said(sentence) == []

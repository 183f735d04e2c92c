"""Tastes and rules said without a taste verb (agents.offline.leanings): a leaning, a drain, a price cap, a lesson
learned, and a taste said after a comma; someone else's, the moment's, the past, a one-off budget and a question
shaped like them teach nothing."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


def _said(sentence: str) -> list[tuple[str, str]]:
    return [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm much more into watercolor than oils", ("preference", "Prefers watercolor over oils")),
        ("im way more into trad climbing these days", ("preference", "Prefers trad climbing")),
        ("long car rides are exhausting", ("dislike", "Finds long car rides exhausting")),
        ("meal prep is such a chore tbh", ("dislike", "Finds meal prep a chore")),
        ("for me spreadsheets r so tedious", ("dislike", "Finds spreadsheets tedious")),
        ("I never pay over €60 for a ticket", ("constraint", "Never pays more than €60 for a ticket")),
        ("i wont spend more than $200 on a tent", ("constraint", "Never spends more than $200 on a tent")),
        ("got burned buying used phones way too many times", ("dislike", "Avoids buying used phones")),
        ("I've been burned by cheap tents too often", ("dislike", "Avoids cheap tents")),
        ("I'm way more of a dog person tbh", ("preference", "Is more of a dog person")),
        ("horror i just find boring", ("dislike", "Finds horror boring")),
        ("Crime podcasts I find too gory.", ("dislike", "Finds crime podcasts too gory")),
        ("Would rather stay treatment-free.", ("preference", "Would rather stay treatment-free")),
        ("Would much rather pay cash.", ("preference", "Would rather pay cash")),
        ("crowds stress me out, so i go early", ("dislike", "Finds crowds stressful")),
        ("laugh tracks totally ruin sitcoms for me", ("dislike", "Dislikes laugh tracks")),
        ("cilantro kinda ruins any dish for me tbh", ("dislike", "Dislikes cilantro")),
        ("I'm SO done with group projects", ("dislike", "Dislikes group projects")),
        ("i am totally done with fast fashion, buying used now", ("dislike", "Dislikes fast fashion")),
    ],
)
def test_a_shape_said_alone_is_read(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _said(sentence)


@pytest.mark.parametrize(
    ("sentence", "head", "later"),
    [
        ("I'm such a tea person, and coffee makes me jittery", "Is a tea person", ("dislike", "Avoids coffee")),
        (
            "I'm a morning person, late nights just stress me out",
            "Is a morning person",
            ("dislike", "Finds late nights stressful"),
        ),
        (
            "Me, I'm way more into fountain pens, gel pens are such a chore tbh",
            "Prefers fountain pens",
            ("dislike", "Finds gel pens a chore"),
        ),
    ],
)
def test_a_taste_after_a_comma_is_read_beside_the_head(sentence: str, head: str, later: tuple[str, str]) -> None:
    said = _said(sentence)
    assert head in [text for _, text in said]
    assert later in said


@pytest.mark.parametrize(
    "sentence",
    [
        "my wife finds Wagner exhausting",
        "my brother is way more into jazz than me",
        "he's way more into rugby than football",
        "is Wagner exhausting?",
        "that one sounds exhausting",
        "this week is exhausting",
        "the hike yesterday was exhausting",
        "the drive today was a chore",
        "she says long car rides are exhausting",
        "I don't want to pay more than $50 for this one",
        "I won't pay more than $40 for it",
        "if I were rich I'd never pay over $100 for a ticket, lol",
        "my dad got burned buying used cars too many times",
        "my sister is more of a beach person",
        "that one I find boring",
        "Would rather not say.",
        "Would rather not, thanks.",
        "that one freaks me out, but ok, let's go",
        "long drives are exhausting, aren't they?",
        "that ruined it for me",
        "my brother says spoilers ruin everything for him",
        "rain ruined the picnic for me yesterday",
        "I'm done with the dishes",
        "im so done with this",
        "I'm so done with today lol",
        "would spoilers ruin it for me?",
    ],
)
def test_someone_elses_the_moment_and_one_offs_teach_no_taste(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.kind.value in ("preference", "dislike", "constraint")]


@pytest.mark.parametrize(
    "sentence",
    ["I'm a nurse, my shifts are exhausting this month", "I'm a teacher, and my students are a nightmare"],
)
def test_a_later_piece_about_someone_else_or_now_adds_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _said(sentence)] == ["fact"]


def test_a_later_piece_the_context_already_holds_is_not_read_again() -> None:
    said = read_turn("I always prefer trains over renting a car when I travel, driving abroad stresses me out.")
    assert [d.kind.value for d in said] == ["preference"]
    assert "driving abroad" in said[0].context


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("paper maps only from now on", ("preference", "Prefers paper maps")),
        ("ok so trains going forward", ("preference", "Prefers trains")),
        ("No more cheap tents from now on.", ("dislike", "Avoids cheap tents")),
        ("oat milk from here on out", ("preference", "Prefers oat milk")),
    ],
)
def test_a_choice_made_lasting_by_from_now_on_is_read(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _said(sentence)


@pytest.mark.parametrize("sentence", ["this from now on", "Same from now on.", "I'll be careful from now on"])
def test_a_pointer_or_a_promise_from_now_on_teaches_nothing(sentence: str) -> None:
    assert read_turn(sentence) == []

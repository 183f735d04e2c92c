"""A taste said as an opinion (a verdict, "nothing beats", a need, a pull, a creep) is the user's like or
dislike; someone else's view, a question, a one-off verdict, a pronoun or a hypothetical is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "kind", "expected", "context"),
    [
        ("I think jazz is overrated.", "dislike", "Finds jazz overrated", ""),
        ("Honestly I think musicals are so overrated imo", "dislike", "Finds musicals overrated", ""),
        ("Tbh I think jazz is really overrated lol", "dislike", "Finds jazz overrated", ""),
        ("Cilantro is disgusting.", "dislike", "Finds Cilantro disgusting", ""),
        ("Airport lounges are the worst.", "dislike", "Dislikes airport lounges", ""),
        ("Mondays are the worst.", "dislike", "Dislikes Mondays", ""),
        ("Dogs are the best.", "preference", "Likes dogs", ""),
        ("Hiking is life.", "preference", "Likes hiking", ""),
        ("Sushi is so my thing.", "preference", "Likes Sushi", ""),
        ("Nothing beats a cold brew in summer.", "preference", "Likes a cold brew", "in summer"),
        ("In summer, nothing beats a cold brew", "preference", "Likes a cold brew", "in summer"),
        (
            "You can't beat a good paperback on a long flight.",
            "preference",
            "Likes a good paperback",
            "on a long flight",
        ),
        ("There's nothing like fresh bread in the morning", "preference", "Likes fresh bread", "in the morning"),
        ("I can't live without my espresso.", "preference", "Cannot live without espresso", ""),
        ("I couldn't survive without my headphones", "preference", "Cannot live without headphones", ""),
        (
            "I can't function without coffee in the morning.",
            "preference",
            "Cannot live without coffee",
            "in the morning",
        ),
        ("I'm hooked on true crime podcasts.", "preference", "Is hooked on true crime podcasts", ""),
        ("I'm totally addicted to sour candy", "preference", "Is hooked on sour candy", ""),
        ("Clowns give me the creeps.", "dislike", "Finds clowns creepy", ""),
        ("Raw oysters gross me out.", "dislike", "Finds raw oysters gross", ""),
        ("The idea of deep water freaks me out", "dislike", "Finds deep water scary", ""),
    ],
)
def test_an_opinion_is_a_taste(sentence: str, kind: str, expected: str, context: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text, d.context) for d in read_turn(sentence)] == [(kind, expected, context)]


@pytest.mark.parametrize(
    "sentence",
    [
        "My wife thinks jazz is overrated.",
        "People say jazz is overrated.",
        "Everyone says you can't beat a good paperback.",
        "Is jazz overrated?",
        "Jazz is overrated, right?",
        "Would you say jazz is overrated?",
        "That movie was overrated.",
        "The hotel breakfast was disgusting.",
        "The traffic today is the worst.",
        "This place is the best.",
        "Sunsets here are the best.",
        "Thanks, you guys are the best!",
        "You're the best.",
        "Honestly the second option is the best.",
        "The best part is the ending.",
        "i think theyre pretentious",
        "Such is life.",
        "Nothing beats that deal.",
        "You can't beat the price.",
        "If I lived by the sea, nothing would beat a morning swim.",
        "I couldn't live without a car when I lived in LA.",
        "He can't live without his phone.",
        "I can't live without it.",
        "I'm hooked on this show.",
        "I'm addicted to painkillers.",
        "Oh great, Mondays are the best.",
        "Mondays are the best 🙄",
    ],
)
def test_no_taste_of_the_users(sentence: str) -> None:
    drafts = read_turn(sentence)
    assert not [d for d in drafts if d.kind.value in ("preference", "dislike")], drafts


def test_an_option_picked_is_the_choice_modules() -> None:
    drafts = read_turn("Lisbon is the best.", previous_assistant="Here are three options: 1. Rome 2. Paris 3. Lisbon")
    assert [d.text for d in drafts] == ["Prefers Lisbon"]

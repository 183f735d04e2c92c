"""Standing statements in learner English and texting voice read as the same statement in plain English; the
memory keeps the user's own words as its quote. Questions, other people's tastes and one-offs in that voice
stay nothing, and plain English is left as it is."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn
from agents.offline.sentences import prose
from agents.offline.voice import plain_english


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "no"/"not" as the negation, "am" before a bare verb
        ("I no like the horror movies", [("dislike", "Dislikes horror movies")]),
        ("I not drink alcohol", [("constraint", "Doesn't drink alcohol")]),
        ("I am not eat pork", [("constraint", "Doesn't eat pork")]),
        ("I am prefer the window seat", [("preference", "Prefers the window seat")]),
        ("I am allergy to peanuts", [("constraint", "Is allergic to peanuts")]),
        ("Me and my husband we no eat beef", [("fact", "Has a husband"), ("constraint", "Doesn't eat beef")]),
        ("me I am allergic to the nuts", [("constraint", "Is allergic to nuts")]),
        # the progressive of a state
        ("I am not liking the sweet wines", [("dislike", "Dislikes sweet wines")]),
        ("i am liking very much the spicy food", [("preference", "Likes spicy food")]),
        ("I am hating the rain in the winter", [("dislike", "Hates the rain in the winter")]),
        ("I am hating the rain", [("dislike", "Hates rain")]),
        ("I am having diabetes so no sugar", [("constraint", "Has diabetes")]),
        # the adverb between the verb and the object
        ("I like very much the jazz music", [("preference", "Likes jazz music")]),
        ("i dont like so much the cold weather", [("dislike", "Dislikes cold weather")]),
        ("I prefer more the trains than the planes", [("preference", "Prefers trains to planes")]),
        # "for me is better X", "X for me is more better", "for me is very important X"
        ("for me is better the window seat", [("preference", "Prefers the window seat")]),
        ("is better for me the morning flights", [("preference", "Prefers morning flights")]),
        ("the cheap hotels for me are more better", [("preference", "Prefers cheap hotels")]),
        ("for me is very important the quiet at night", [("preference", "Values the quiet at night")]),
        # the object said first
        ("Russian food I like very much", [("preference", "Likes Russian food")]),
        ("Spicy food I not eat", [("constraint", "Doesn't eat spicy food")]),
        ("Cats I am allergic", [("constraint", "Is allergic to cats")]),
        # age, duration, origin
        ("I have 34 years and I work as nurse", [("fact", "Is in their 30s"), ("fact", "Works as nurse")]),
        ("I have 41 years", [("fact", "Is in their 40s")]),
        ("I no eat meat since 3 years", [("constraint", "Doesn't eat meat")]),
        ("I am since 5 years vegan", [("constraint", "Is vegan")]),
        ("I live in Lisbon from 2 years", [("fact", "Lives in Lisbon")]),
        ("my native place is Pune", [("fact", "Is from Pune")]),
        ("I am belonging to Kerala", [("fact", "Is from Kerala")]),
        # articles and a bare verb after a taste verb
        ("I am fan of the rock music", [("preference", "Is a fan of rock music")]),
        ("I like eat fish", [("preference", "Likes eating fish")]),
        ("I find very good the italian food", [("preference", "Likes italian food")]),
        # texting voice
        ("i h8 early mornings", [("dislike", "Hates early mornings")]),
        ("ngl i luv sushi sooo much", [("preference", "Loves sushi")]),
        ("i dont rly like horror movies", [("dislike", "Dislikes horror movies")]),
        ("i'm allergic 2 cats", [("constraint", "Is allergic to cats")]),
        ("ngl im obsessed w matcha", [("preference", "Is obsessed with matcha")]),
        ("my bf n i dont eat meat", [("constraint", "Doesn't eat meat")]),
        ("me n my gf r vegan", [("constraint", "Is vegan"), ("fact", "Has a girlfriend")]),
        ("pls keep it short, i h8 long msgs", [("dislike", "Hates long messages")]),
    ],
)
def test_a_learner_or_texting_statement_reads_as_plain_english(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reveals_something(sentence)
    drafts = read_turn(sentence)
    assert [(d.kind.value, d.text) for d in drafts] == expected
    assert all(d.quote == prose(sentence) for d in drafts)  # the user's own words ("dont" spelled out)


@pytest.mark.parametrize(
    "sentence",
    [
        "is good the window seat?",
        "u like spicy?",
        "is better the train or the plane?",
        "do u luv sushi?",
        "my gf h8s cilantro",
        "today i no want pasta, maybe pizza",
        "for tonight is better the italian restaurant",
        "for my sister is better the window seat",
        "if i no eat meat, what i can eat for protein?",
        "my friend he have 30 years",
        "u dont like mushrooms rite?",
    ],
)
def test_a_question_another_persons_taste_or_a_one_off_is_nothing(sentence: str) -> None:
    assert not read_turn(sentence)


def test_someone_elses_taste_in_that_voice_is_not_the_users() -> None:
    assert [d.text for d in read_turn("my wife she no like pork")] == ["Has a wife"]


@pytest.mark.parametrize(
    "clause",
    [
        "I like the new design a lot",
        "I'm like a kid in a candy store",
        "I am working as engineer in Munich since 2019",
        "I've been vegan since 2015",
        "I have 5 years of experience in Java",
        "the music I like",
        "Everything I like is expensive",
        "I'm so over it",
        "I prefer more detail in the answers",
        "I love so much about this city",
        "I have no idea",
        "We need n samples",
    ],
)
def test_plain_english_is_left_alone(clause: str) -> None:
    assert plain_english(clause) == clause

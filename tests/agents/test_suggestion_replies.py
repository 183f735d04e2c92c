"""A reply to one suggestion says what fits the user: the thing is taken from the assistant's turn ("that's so
me", "not my thing", "too flashy for me"), or the reply names it in a shape of its own ("not another rooftop bar",
"I already own a Prusa MK4", "can't afford that"); questions, others' views, one-offs, sarcasm and thanks are
none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn
from agents.offline.suggestion_replies import suggested


@pytest.mark.parametrize(
    ("assistant", "reply", "expected"),
    [
        (
            "How about a cozy cabin with a wood stove and no wifi?",
            "perfect, that's my kind of trip",
            ("preference", "Likes trips like a cozy cabin with a wood stove and no wifi"),
        ),
        (
            "How about a dry Riesling from the Mosel?",
            "oh that's right up my alley",
            ("preference", "Likes dry Riesling from the Mosel"),
        ),
        (
            "Try Wingspan, it's a calm engine-building game about birds.",
            "love it, that's so me",
            ("preference", "Likes Wingspan"),
        ),
        (
            "How about a minimalist Scandinavian lamp in matte black?",
            "yes! that's totally my style",
            ("preference", "Likes minimalist Scandinavian lamps in matte black"),
        ),
        ("Try a brutal 12-hour Ironman?", "lol not my thing", ("dislike", "Dislikes brutal 12-hour Ironman")),
        ("A loud neon gaming chair?", "ew, too flashy for me", ("dislike", "Finds loud neon gaming chairs too flashy")),
        (
            "How about a neon-lit rooftop bar for the reception?",
            "ugh, not another rooftop bar",
            ("dislike", "Is tired of rooftop bars"),
        ),
        ("Try Catan for game night!", "not Catan again, we've played it to death", ("dislike", "Is tired of Catan")),
        ("Try an action-packed thriller play.", "enough with the thrillers", ("dislike", "Is tired of thrillers")),
        ("How about a superhero-themed cosplay?", "I'm so over Marvel", ("dislike", "Is tired of Marvel")),
        ("Get a Bambu Lab printer.", "I already own a Prusa MK4", ("fact", "Owns a Prusa MK4")),
        (
            "For your hive, try the Langstroth setup.",
            "I already have two Langstroth hives",
            ("fact", "Has two Langstroth hives"),
        ),
        (
            "The Peak Design camping kit runs about $600.",
            "nope, can't afford that",
            ("preference", "Prefers affordable options"),
        ),
        ("Pack beef jerky for the hike.", "I said I'm vegetarian!", ("constraint", "Is vegetarian")),
        (
            "Try the Sicilian Najdorf.",
            "that's way over my head lol",
            ("preference", "Wants beginner-level suggestions"),
        ),
        (
            "Try the Sicilian Najdorf.",
            "I need something more advanced",
            ("preference", "Wants more advanced suggestions"),
        ),
        ("Try the easy escape room.", "give me the hardest ones", ("preference", "Wants more advanced suggestions")),
        ("The $3,000 loom is the best.", "that's crazy money", ("preference", "Prefers affordable options")),
    ],
)
def test_a_reply_to_a_suggestion_says_what_fits(assistant: str, reply: str, expected: tuple[str, str]) -> None:
    assert reveals_something(reply, assistant)
    assert [(d.kind.value, d.text) for d in read_turn(reply, assistant)] == [expected]


@pytest.mark.parametrize(
    ("assistant", "reply"),
    [
        ("How about a cozy cabin with a wood stove?", "perfect, thanks!"),
        ("How about a cozy cabin with a wood stove?", "awesome, exactly what I needed"),
        ("How about a cozy cabin with a wood stove?", "is that really my style though?"),
        ("Try the loud pub quiz at the Red Lion.", "my wife says it's not her thing"),
        ("How about a night hike tonight?", "not tonight, I'm tired"),
        ("Try the fancy tasting menu.", "too fancy for me tonight"),
        ("Try Twilight Imperium.", "if I had more time that'd be so me"),
        ("Try an 8-hour epic game.", "oh great, not another 8 hour game, I just love those"),
        ("Options: 1. A cabin 2. A beach hut 3. A city loft", "that's so me"),
        ("Try the Riesling.", "not another word, just tell me the price"),
        ("Get a Bambu Lab printer.", "I already have that one"),
        ("Here's the 10-step telescope guide.", "can you shorten it?"),
        ("Try the Riesling or the Gruner.", "which is cheaper?"),
        ("Try the $80 bottle.", "that's crazy money for a birthday gift"),
        ("Try the $80 bottle.", "my son says it's crazy money"),
        ("How about a puzzle night?", "enough with the questions, just book it"),
        ("Try the planetarium show.", "I already have tickets for Saturday"),
        ("Try the chess club.", "I'm over the moon, thanks!"),
    ],
)
def test_no_lasting_fit(assistant: str, reply: str) -> None:
    assert read_turn(reply, assistant) == []


def test_without_a_suggestion_a_pointer_names_nothing() -> None:
    assert read_turn("that's so me") == []
    assert read_turn("ugh, not another rooftop bar") == []
    assert suggested("Options: 1. A cabin 2. A beach hut 3. A city loft") is None
    assert suggested("Here's the packing list you asked for.") is None
    assert suggested("How about a quiet lakeside campsite, which has no generators?") == "a quiet lakeside campsite"


def test_over_their_head_after_an_explanation_is_a_wish_about_answers() -> None:
    drafts = read_turn(
        "way over my head lol", "The nitrogen cycle works like this: bacteria convert ammonia to nitrite."
    )
    assert [(d.kind.value, d.text, d.category) for d in drafts] == [
        ("style", "Wants simple explanations", "communication")
    ]

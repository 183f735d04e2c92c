"""A taste said across two sentences: the thing named in one, the verdict in the next by a pronoun or with no words
for the thing; someone else's verdict, a question, sarcasm, a hypothetical, a one-off instance or the assistant's
own offer is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("turn", "kind", "expected"),
    [
        ("My team keeps using Jira. I hate it.", MemoryKind.dislike, "Hates Jira"),
        ("Pineapple on pizza? Love it.", MemoryKind.preference, "Loves pineapple on pizza"),
        ("Sushi. Can't get enough of it.", MemoryKind.preference, "Likes sushi"),
        ("We went to Ikea on Saturday. Never going back.", MemoryKind.dislike, "Avoids Ikea"),
        ("Zumba is too much jumping. Barre maybe?", MemoryKind.dislike, "Avoids zumba (too much jumping)"),
        ("Pilates is too slow. What about spin?", MemoryKind.dislike, "Finds pilates too slow"),
        (
            "Used to read a lot of self-help. Done with that. Suggest history.",
            MemoryKind.preference,
            "Wants history books",
        ),
        (
            "Used to watch a lot of anime. Over it. Recommend documentaries.",
            MemoryKind.preference,
            "Wants documentaries",
        ),
        ("Horror movies. Can't stand them.", MemoryKind.dislike, "Dislikes horror movies"),
        ("Cilantro. Hate it.", MemoryKind.dislike, "Hates cilantro"),
        ("Been using Notion for a while. I love it.", MemoryKind.preference, "Loves Notion"),
        ("Tried Duolingo for a month. Not my thing.", MemoryKind.dislike, "Dislikes Duolingo"),
        ("Python. It's my favorite.", MemoryKind.preference, "Likes Python"),
        ("Jazz? Not a fan.", MemoryKind.dislike, "Dislikes jazz"),
        ("Matcha. Obsessed.", MemoryKind.preference, "Likes matcha"),
        ("Been drinking oat milk lately. Hooked.", MemoryKind.preference, "Likes oat milk"),
        ("My sister loves K-pop. I can't stand it.", MemoryKind.dislike, "Dislikes K-pop"),
        ("Podcasts are everywhere. Not for me.", MemoryKind.dislike, "Dislikes podcasts"),
        ("Tried sushi for the first time. Loved it.", MemoryKind.preference, "Likes sushi"),
        ("Mondays. Hate them.", MemoryKind.dislike, "Hates Mondays"),
        ("Long answers. Hate them.", MemoryKind.style, "Hates long answers"),
    ],
)
def test_a_verdict_on_the_thing_named_before_it(turn: str, kind: MemoryKind, expected: str) -> None:
    assert reveals_something(turn)
    assert [(d.kind, d.text) for d in read_turn(turn)] == [(kind, expected)]


def test_the_draft_quotes_both_sentences() -> None:
    (draft,) = read_turn("Sushi. Can't get enough of it.")
    assert draft.quote == "Sushi. Can't get enough of it."


@pytest.mark.parametrize(
    "turn",
    [
        "Tried keto? Worth it?",  # a question
        "Pineapple on pizza? Would you eat it?",
        "Sam tried keto last year. She hated it.",  # someone else's verdict
        "My brother went to Ikea on Saturday. He's never going back.",
        "Another Monday meeting. Love it.",  # sarcasm
        "Traffic on the bridge today. Love it. Just what I needed.",
        "Imagine a month in Paris. I'd love it.",  # a hypothetical
        "Here's my draft. Hate it.",  # a pasted text, a one-off
        "The hotel was noisy last night. I hate that.",  # one night; "that" is the situation
        "Close the Jira board. I hate it when it gets cluttered.",  # "it" is a situation
        "Went to the dentist yesterday. Never again, hopefully.",
        "Used to read a lot of self-help. Done with that.",  # a habit dropped: the labels keep nothing
        "Suggest history.",  # a one-off request
        "Used to read a lot of self-help. Still do. Suggest history.",
        "We did a cruise in May. Loved it.",  # one instance
        "Went to the new cafe yesterday. Loved it.",
        "Your suggestion. Love it.",  # the assistant's own text
        "Option two. Love it.",
        "Thanks. Love it.",
        "Perfect. Love it.",
        "Good morning. Love it.",
        "Went to bed early. Love it.",
        "Sounds good. Love it.",
        'The poster just says "Pizza. Love it." in big letters.',  # quoted
    ],
)
def test_no_verdict_of_the_users_own_on_a_lasting_thing(turn: str) -> None:
    assert read_turn(turn) == []


def test_a_name_the_assistant_just_offered_is_a_reaction() -> None:
    assert read_turn("Sweet Crumbs. Love it.", "Here's a name for your bakery: Sweet Crumbs.") == []
    assert read_turn("Pasta bake. Love it.", "How about a pasta bake tonight?") == []
    assert [d.text for d in read_turn("Sushi. Love it.", "Here are three dinner ideas: tacos, curry, soup.")] == [
        "Loves sushi"
    ]

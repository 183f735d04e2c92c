"""Issue 13, thirty-first pass: a pick keeps what it was for, read from the request the options answered ("I need a
monitor arm for my standing desk." - "Use a grommet mount or a freestanding base." - "Freestanding."). Before it the
memory read "Prefers a freestanding base", which recall left out of the next monitor-arm question."""

from __future__ import annotations

import pytest

from agents.offline.pick_subjects import asked_for
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("query", "thing"),
    [
        ("I need a monitor arm for my standing desk.", "a monitor arm"),
        ("Can you recommend a sci-fi novel?", "a sci-fi novel"),
        ("Which ski pass should I buy?", "a ski pass"),
        ("Looking for an office chair", "an office chair"),
        ("Can you suggest some hiking boots under $150?", "hiking boots"),
        ("What kind of tent should I get?", "a tent"),
        ("help me pick a laptop for college", "a laptop"),
        ("I want a new phone, something with a good camera", "a phone"),
    ],
)
def test_the_thing_a_request_asks_for(query: str, thing: str) -> None:
    assert asked_for(query) == thing


@pytest.mark.parametrize(
    "query",
    [
        "What should I do this weekend?",
        "Which one should I pick?",
        "Any ideas for dinner?",
        "What time should I leave?",
        "I need a break",
        "Standing desk. Under $400. Sturdy.",  # no verb that asks: the options say what it is
        "Can you recommend something fun?",
    ],
)
def test_a_request_that_names_no_thing(query: str) -> None:
    assert asked_for(query) == ""


@pytest.mark.parametrize(
    ("query", "assistant", "reply", "text"),
    [
        (
            "I need a monitor arm for my standing desk.",
            "Use a grommet mount or a freestanding base.",
            "Freestanding.",
            "Prefers a freestanding base for a monitor arm",
        ),
        (
            "Which ski pass should I buy?",
            "Epic covers Heavenly and Vail; Ikon has Palisades and Mammoth.",
            "epic then",
            "Prefers Epic for a ski pass",
        ),
        (
            "Looking for an office chair",
            "Between the other two, the Aeron is mesh and the Leap is upholstered.",
            "Leap.",
            "Prefers the Leap for an office chair",
        ),
        (
            "Can you recommend a board game for two?",
            "1. Patchwork\n2. Jaipur\n3. 7 Wonders Duel",
            "Jaipur sounds fun",
            "Prefers Jaipur for a board game",
        ),
    ],
)
def test_a_pick_keeps_what_it_was_for(query: str, assistant: str, reply: str, text: str) -> None:
    assert [d.text for d in read_turn(reply, assistant, query)] == [text]


@pytest.mark.parametrize(
    ("query", "assistant", "reply", "text"),
    [
        (  # the pick names the thing already
            "What kind of tank should I get for a goldfish?",
            "1. A 20-gallon tank kit with a filter\n2. A bigger bowl with a bubbler",
            "the tank kit",
            "Prefers a 20-gallon tank kit with a filter",
        ),
        (  # the request names no one thing
            "Any ideas for dinner?",
            "1. Lentil curry\n2. Mushroom risotto\n3. Tacos",
            "the risotto",
            "Prefers mushroom risotto",
        ),
    ],
)
def test_no_thing_added_where_it_says_nothing_new(query: str, assistant: str, reply: str, text: str) -> None:
    assert [d.text.lower() for d in read_turn(reply, assistant, query)] == [text.lower()]


def test_a_turned_down_option_is_not_given_the_thing() -> None:
    drafts = read_turn("not the loud one, the Aeron", "1. the Aeron\n2. the loud one", "Looking for an office chair")
    texts = [d.text for d in drafts]
    assert "Prefers the Aeron for an office chair" in texts
    assert all("office chair" not in t for t in texts if not t.startswith("Prefers the Aeron"))


@pytest.mark.parametrize(
    ("query", "assistant", "reply", "text"),
    [
        (  # the pick in the second sentence, "of" inside the name
            "What should I read next?",
            "The Martian, or Children of Time.",
            "read the martian already. children of time it is",
            "Prefers Children of Time",
        ),
        (  # an answer to "which should I get" offers what it lists, with no "or"
            "What coffee should I buy?",
            "Light roast Ethiopian for fruity, dark roast Sumatra for bold.",
            "dark, I drink it with milk anyway",
            "Prefers dark roast Sumatra for a coffee",
        ),
        (
            "Which phone should I get?",
            "iPhone 16 if you're in the Apple ecosystem, Pixel 9 for the best camera at its price.",
            "pixel",
            "Prefers Pixel for a phone",
        ),
        (  # a model name before the word said back
            "What's a good first guitar?",
            "A Yamaha FG800 acoustic or a Squier Stratocaster electric.",
            "acoustic, I mostly want to play around the campfire",
            "Prefers a Yamaha FG800 acoustic",
        ),
    ],
)
def test_a_pick_named_back_in_other_places(query: str, assistant: str, reply: str, text: str) -> None:
    assert text in [d.text for d in read_turn(reply, assistant, query)]


def test_an_explanation_without_an_offer_or_a_which_question_gives_no_pick() -> None:
    explained = "Light roast Ethiopian tastes fruity, dark roast Sumatra tastes bold."
    assert read_turn("dark", explained, "Why do coffees taste different?") == []

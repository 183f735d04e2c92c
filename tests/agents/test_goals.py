"""A goal, an effort or a value of the user's is a memory in careful words; a goal for the task at hand, a question,
someone else's goal, a hypothetical or sarcasm is none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        # an effort, with or without the "I"
        ("trying to cut back on sugar these days", "preference", "Is cutting down on sugar"),
        ("I'm trying to eat more vegetables, any easy sides?", "preference", "Is trying to eat more vegetables"),
        ("I've been trying to walk 10k steps a day.", "preference", "Is trying to walk 10k steps a day"),
        ("we're trying to eat less meat as a family", "preference", "Is trying to eat less meat as a family"),
        ("Im tryna get my 5k under 25 min", "preference", "Is trying to get their 5k under 25 min"),
        ("I am try to learn German for my job.", "preference", "Is trying to learn German for their job"),
        ("I'm working on my posture.", "preference", "Is working on their posture"),
        ("i'm working on getting my credit score up", "preference", "Is working on getting their credit score up"),
        ("I'm aiming for 8 hours of sleep.", "preference", "Is aiming for 8 hours of sleep"),
        ("Reducing my screen time at the moment.", "preference", "Is reducing their screen time"),
        ("cutting down on caffeine", "preference", "Is cutting down on caffeine"),
        # a goal named as one
        ("my goal this year is to run a marathon", "preference", "Aims to run a marathon this year"),
        ("my new years resolution is to quit smoking", "preference", "Aims to quit smoking"),
        ("This year I want to read 30 books.", "preference", "Aims to read 30 books this year"),
        ("I want to get better at public speaking.", "preference", "Wants to get better at public speaking"),
        ("I'd like to get better at saying no.", "preference", "Wants to get better at saying no"),
        ("I really want to improve my drawing.", "preference", "Wants to improve their drawing"),
        ("I'm on a quest to declutter the whole house.", "preference", "Is on a quest to declutter the whole house"),
        # saving, believing
        ("we're saving for a house so keep it cheap", "fact", "Is saving for a house"),
        ("I'm saving up for a new car.", "fact", "Is saving for a new car"),
        ("I believe in buying less.", "preference", "Believes in buying less"),
        # a value
        ("privacy matters a lot to me", "preference", "Values privacy"),
        ("honesty is really important to me", "preference", "Values honesty"),
        ("Punctuality is a big deal for me.", "preference", "Values punctuality"),
        ("My faith is very important to me.", "preference", "Values their faith"),
        ("Work-life balance matters to me more than salary.", "preference", "Values work-life balance over salary"),
        ("Being a good dad is the most important thing to me.", "preference", "Values being a good dad above all"),
        ("I care deeply about my mental health.", "preference", "Cares about their mental health"),
        (
            "It's important to me that my kids eat healthy.",
            "preference",
            "Considers it important that their kids eat healthy",
        ),
        # a practice kept where possible
        ("I try to buy local whenever I can", "preference", "Prefers buying local"),
        ("We try to buy secondhand when we can.", "preference", "Prefers buying secondhand"),
        ("I try to walk everywhere.", "preference", "Tries to walk everywhere"),
        ("I try not to eat processed food.", "dislike", "Avoids eating processed food"),
        ("i make it a point to tip well", "preference", "Makes a point of tipping well"),
        ("I try to run every morning before work.", "preference", "Tries to run every morning before work"),
        ("I really want to get in shape this year.", "preference", "Wants to get in shape this year"),
        ("Its very important for me to pray on time.", "preference", "Considers it important to pray on time"),
    ],
)
def test_a_goal_or_value_is_a_memory(sentence: str, kind: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [(kind, expected)]


def test_a_goal_beside_a_fact_keeps_both() -> None:
    texts = [d.text for d in read_turn("i'm trying to be more patient with my kids")]
    assert texts == ["Has kids", "Is trying to be more patient with their kids"]


def test_a_goal_another_rule_said_is_said_once() -> None:
    drafts = read_turn("I'm trying to learn Spanish before my trip to Mexico.")
    assert [(d.kind.value, d.text) for d in drafts] == [("fact", "Is learning Spanish")]


def test_an_effort_after_a_comma() -> None:
    drafts = read_turn("im practicing guitar every day, trying to get better at barre chords")
    assert "Is trying to get better at barre chords" in [d.text for d in drafts]


@pytest.mark.parametrize(
    "sentence",
    [
        # a goal for the task at hand, a request
        "I'm trying to fix this bug in my code, it crashes on startup.",
        "I'm trying to figure out why my sourdough didn't rise.",
        "I'm trying to understand recursion, can you explain it?",
        "I'm trying to book a flight to Lisbon.",
        "I'm working on a presentation for tomorrow.",
        "I'm working on this essay, can you proofread it?",
        "I'm trying to get this regex to work.",
        "my goal for today is to finish this report",
        "My goal is to get this done by Friday.",
        "What matters is that it ships on time.",
        "It doesn't matter to me which one.",
        "It's important to me that you keep it short.",
        "I try to log in and it fails every time.",
        "I'm trying to use this library with Python 3.12",
        "I'm trying to save the file as a PDF",
        "I'm trying to keep the build green",
        "I'm trying to be polite here but your answer is wrong.",
        "I'm trying to quit vim lol",
        "The price is important to me.",
        "I care about this project a lot.",
        "I'm saving this for later",
        # said of the effort, not the user's effort now
        "Trying to eat healthier is hard.",
        "Giving up coffee was the best thing I did.",
        "Quitting my job was scary.",
        # questions
        "should I try to cut sugar?",
        "Does privacy really matter for a smart speaker?",
        "How do I get better at public speaking?",
        "How much should I be saving for a house?",
        # someone else's
        "my sister is saving for a house",
        "Our boss is on a mission to cut costs.",
        "My friend says sustainability matters more than price.",
        # hypotheticals, sarcasm, the past
        "If I were trying to lose weight, what would you suggest?",
        "If sustainability mattered to me I'd buy the other one.",
        "oh yeah, I'm totally on a mission to eat more kale. sure.",
        "Yeah right, like I care about privacy, I post everything online lol",
        "I used to try to eat clean but I gave up.",
    ],
)
def test_no_goal(sentence: str) -> None:
    assert not read_turn(sentence)

"""A hobby's standing statements said with the hobby's own words: a hobby's verb with any object, who the user is in
the hobby, a group they are in, a rank, how long; a question, someone else's hobby, a plan or a hypothetical is
none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hobby's verb with any object
        ("I play the Caro-Kann against e4, always have.", ("fact", "Plays the Caro-Kann against e4")),
        ("I train BJJ, blue belt, mostly no-gi.", ("fact", "Trains BJJ")),
        ("I do Muay Thai three times a week.", ("fact", "Does Muay Thai three times a week")),
        ("I do mortise and tenon, not pocket screws.", ("fact", "Does mortise and tenon")),
        ("i do improv, long form mostly", ("fact", "Does improv")),
        ("I print mostly PETG, PLA warps in my garage.", ("preference", "Prints mostly PETG")),
        ("I fly a 5-inch quad, freestyle mostly.", ("fact", "Flies a 5-inch quad")),
        # who the user is in the hobby
        ("i'm a continental knitter, self-taught from youtube", ("fact", "Is a continental knitter")),
        ("I'm a treatment-free beekeeper.", ("fact", "Is a treatment-free beekeeper")),
        ("I'm a masters swimmer.", ("fact", "Is a masters swimmer")),
        ("I'm a gravel guy, road bikes feel too twitchy to me.", ("preference", "Is a gravel person")),
        ("Dobsonian guy here. 10 inch, manual, no goto.", ("preference", "Is a Dobsonian person")),
        (
            "I'm more of a sprint triathlon guy, olympic is too long",
            ("preference", "Is more of a sprint triathlon person"),
        ),
        ("I'm a catch and release guy.", ("preference", "Is a catch and release person")),
        # a rank
        ("I'm a brown belt in karate, shotokan.", ("fact", "Is a brown belt in karate")),
        ("I'm a 14 handicap, my short game is awful.", ("fact", "Has a 14 handicap")),
        ("I'm a 1500 on lichess, mostly blitz", ("fact", "Is rated 1500 on lichess")),
        # a group
        ("I'm in a quilting guild, we meet monthly.", ("fact", "Is in a quilting guild")),
        ("i'm in an astronomy club, we do public outreach nights", ("fact", "Is in an astronomy club")),
        ("I'm in a golf league on Wednesdays", ("fact", "Is in a golf league")),
        # how long
        ("I've been a ham for 40 years.", ("fact", "Has been a ham for 40 years")),
        ("I've been fly fishing for 20 years, what's a good 3wt rod?", ("fact", "Has been fly fishing for 20 years")),
    ],
)
def test_a_hobby_statement_is_read(sentence: str, expected: tuple[str, str]) -> None:
    assert reveals_something(sentence)
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the Caro-Kann any good for beginners?",
        "should I train BJJ or judo first?",
        "my brother plays the Caro-Kann and never shuts up about it",
        "my wife is a continental knitter, what needles should I get her?",
        "my dad is in a model railway club, he wants a new loco",
        "if I trained BJJ I'd probably wreck my knees",
        "I'm flying my drone at the beach tomorrow, is that legal?",
        "I'm playing 18 tomorrow with my boss",
        "I do need some help with this pattern",
        "I do think that's the right rod",
        "I'm in a team meeting right now, be quick",
        "I'm a bit under the weather today",
        "I play it safe with power tools",
        "I'm a lot better at casting now, thanks",
        "I fly fish, not spin.",
    ],
)
def test_no_hobby_statement(sentence: str) -> None:
    assert not [d for d in read_turn(sentence) if d.category != "family"]  # "my wife ...": Has a wife, no more

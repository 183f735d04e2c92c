"""How long and how often the user keeps a practice up: a non-native "since" span, a household's "we've been ...ing
for", a bare activity verb with how often; a passing state, a search, someone else's, a request and a question are
none."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I knit since five years", "Has been knitting for five years"),
        (
            "I travel in Europe with my van since two years.",
            "Has been traveling in Europe with their van for two years",
        ),
        (
            "Since two years I make my own wine in the garage",
            "Has been making their own wine in the garage for two years",
        ),
        ("i play in a brass band since 3 years and I love it", "Has been playing in a brass band for 3 years"),
        ("we've been homeschooling for about two years now", "Has been homeschooling for about two years"),
        (
            "So we've been full-timing in our Sprinter for about 8 months now",
            "Has been full-timing in their Sprinter for about 8 months",
        ),
        ("weve been keeping chickens for a few years", "Has been keeping chickens for a few years"),
        ("swim 3x a week at 6am before work, pool is 25m.", "Swims 3x a week"),
        ("Climb twice a week, mostly indoors.", "Climbs twice a week"),
        ("meditate every morning but my mind wanders a lot", "Meditates every morning"),
        ("hike most days with the dog", "Hikes most days"),
    ],
)
def test_a_kept_up_practice_is_read(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert ("fact", expected) in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have this cough since two weeks",
        "I have this pain since 2 years",
        "I feel tired since two years, what can I do",
        "we've been waiting for 3 hours already",
        "we've been looking for a flat for 6 months",
        "we've been talking about getting a dog for months",
        "Jo swims since 3 years",
        "Since two years Marco brews beer",
        "she swims 3x a week",
        "send me a tip twice a week",
        "run daily backups with cron",
        "Should I swim 3x a week?",
        "swim 3x a week? or is that too much",
        "If I swim every morning will I lose weight?",
    ],
)
def test_no_kept_up_practice(sentence: str) -> None:
    assert read_turn(sentence) == []

"""A terse fragment is a standing preference for the rules only with a signal that it holds beyond the request: an
"only" said of the user or of now ("freshwater only now"), or a thing kept against its like ("Original pressings
only. No reissues."); alone, asked, or after a request it is none. "Window seat. Always." is the reader's."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.emphasis import emphasized
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Physical books only for me, I stare at screens all day at work", "Prefers only physical books"),
        ("only black coffee for me", "Prefers only black coffee"),
        ("yeah i did saltwater for a year, too much money. freshwater only now", "Prefers only freshwater"),
        ("i used to do crossfit but my knees said no. these days only swimming", "Prefers only swimming"),
        ("Now decaf only.", "Prefers only decaf"),
        ("only indie games now", "Prefers only indie games"),
        ("I only do yoga now", "Only does yoga these days"),
        ("these days I only eat fish", "Only eats fish these days"),
    ],
)
def test_only_said_of_the_user_or_of_now_is_standing(turn: str, expected: str) -> None:
    assert reveals_something(turn)
    drafts = read_turn(turn)
    assert (drafts[0].kind.value, drafts[0].text) == ("preference", expected)


@pytest.mark.parametrize(
    ("turn", "kind", "expected"),
    [
        ("Original pressings only. No reissues.", "preference", "Prefers original pressings over reissues"),
        (
            "Only road cycling, no mountain bikes. Best saddle for long rides?",
            "preference",
            "Prefers road cycling over mountain bikes",
        ),
        ("Hardcovers only, no paperbacks.", "preference", "Prefers hardcovers over paperbacks"),
        ("Loose leaf. No bags.", "preference", "Prefers loose leaf over bags"),
        ("Plain English. No jargon.", "style", "Wants plain English without jargon"),
    ],
)
def test_a_thing_kept_against_its_like_is_standing(turn: str, kind: str, expected: str) -> None:
    assert reveals_something(turn)
    assert [(d.kind.value, d.text) for d in read_turn(turn)] == [(kind, expected)]


@pytest.mark.parametrize(
    "turn",
    [
        "Find me a hotel in Rome. Family rooms only.",  # a filter on the request before it
        "Window seat. Always.",  # stress: left to the reader
        "No spoilers. Ever.",
        "No onions. Thanks.",  # an order ("No onions." alone is a dislike since issue 13's twenty-seventh pass)
        "Window seat.",
        "Window seat? Always?",  # asked
        "Is it vegan only now?",
        "Find me a hotel in Rome. Pet-friendly only, no chains.",  # a filter on the request before it
        "Any good ramen places nearby? Takeout only. No delivery apps.",
        "No worries. Always.",  # stress on a courtesy, not a thing
        "Thanks. Always.",
        "The usual. Always.",
        "Bad lower back. No deadlifts.",  # a condition and its limit, not two things of a kind
        "Western. No time.",  # a quantity turned down, not a thing
        "Is this only for me?",
        "That one only for me, thanks",
        "I only do it now",  # a pronoun, not a thing
        "do I only eat fish now?",
        "Python. Type hints everywhere. No classes unless needed.",  # a condition, not a thing
    ],
)
def test_no_signal_no_standing_preference(turn: str) -> None:
    texts = [t.strip() for t in turn.replace("? ", "?|").replace(". ", ".|").split("|")]
    assert all(not emphasized(texts, n, (texts[n],)) for n in range(len(texts)))

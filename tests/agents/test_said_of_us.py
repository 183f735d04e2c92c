"""Issue 13, thirtieth pass: what the user and their household are, said with "we" ("we're big hikers", "we r not
sappy ppl at all"), read as the user's own; a recurring time the user cannot make ("I'm busy Thursday nights",
"Mondays are out for me"); a thing turned down with "'s" ("Seafood's a hard no"); and a plural common noun at the
start of a sentence keeps no capital ("Won't accept mushrooms"). Before it the rules read none of these (or wrote
"Won't accept Mushrooms")."""

from __future__ import annotations

import pytest

from agents.offline.normalize import lower_first
from agents.offline.reader import read_turn
from memory.types import MemoryKind

F, C, P = MemoryKind.fact, MemoryKind.constraint, MemoryKind.preference


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn) if not d.ends]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("We're big hikers.", "Is a big hiker", F),
        ("We're not big drinkers.", "Is not a big drinker", F),
        ("We're foodies.", "Is a foodie", F),
        ("We're early risers.", "Is an early riser", F),
        ("we r not sappy ppl at all", "Is not a sappy person", F),
        ("We are not beach people.", "Is not a beach person", F),
        ("We're homebodies.", "Is a homebody", F),
        ("We're dog people.", "Is a dog person", P),
        ("I'm busy Thursday nights.", "Is not available on Thursday nights", C),
        ("Mondays are out for me.", "Is not available on Mondays", C),
        ("Tuesday evenings are taken, I volunteer.", "Is not available on Tuesday evenings", C),
        ("weekday mornings are impossible for me", "Is not available on weekday mornings", C),
        ("Seafood's a hard no.", "Won't accept Seafood", C),
        ("Mushrooms are a no-go.", "Won't accept mushrooms", C),
    ],
)
def test_what_we_are_and_when_i_cannot_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read(turn) == [(text, kind)]


@pytest.mark.parametrize(
    "turn",
    [
        "We're two brothers.",
        "We're people.",
        "We're in the suburbs.",
        "Are we early risers?",
        "They're big drinkers.",
        "I'm busy this Thursday.",
        "Monday is out.",
        "The weekends are busy at the shop.",
    ],
)
def test_a_count_a_question_someone_else_or_a_time_said_once_is_not_read(turn: str) -> None:
    assert _read(turn) == []


@pytest.mark.parametrize(
    ("text", "out"),
    [("Mushrooms are gross", "mushrooms are gross"), ("Crowds stress me", "crowds stress me"), ("Paris", "Paris")],
)
def test_a_plural_loses_its_capital_and_a_name_keeps_it(text: str, out: str) -> None:
    assert lower_first(text) == out


@pytest.mark.parametrize("text", ["Texas is huge", "Rooibos is sweet", "Paris is a must"])
def test_a_name_ending_in_a_vowel_and_s_keeps_its_capital(text: str) -> None:
    assert lower_first(text) == text


FILMS = "Here are three films: a comedy, a thriller, a horror film."


@pytest.mark.parametrize(
    ("turn", "text"),
    [("Horror movies, no thanks.", "Avoids horror movies"), ("mushrooms, no thanks", "Avoids mushrooms")],
)
def test_a_kind_of_thing_turned_down_alone_is_a_dislike(turn: str, text: str) -> None:
    assert _read(turn) == [(text, MemoryKind.dislike)]


def test_an_offer_declined_is_no_taste() -> None:
    assert read_turn("dessert, no thanks", "Would you like the dessert menu?") == []


def test_an_option_turned_down_by_name_is_not_the_pick() -> None:
    said = [(d.text, d.kind) for d in read_turn("horror, no thanks, the comedy", FILMS)]
    assert said == [("Prefers a comedy", P)]

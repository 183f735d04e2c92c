"""Issue 13, thirtieth pass: where the user's money goes ("I splurge on shoes", "I never skimp on a good mattress",
"I'm happy to pay more for quality", "I'm cheap when it comes to clothes"), a taste said as all the user needs
("Give me a window seat and I'm happy") or as never enough ("Can't get enough of true crime podcasts"), and "I'd
rather X than stuff" with a plain thing after "than". Before it the rules read none of these."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

P = MemoryKind.preference


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn) if not d.ends]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I splurge on shoes though.", "Splurges on shoes"),
        ("I never skimp on a good mattress.", "Never skimps on a good mattress"),
        ("I'm happy to pay more for quality.", "Is willing to pay more for quality"),
        ("I don't mind paying extra for direct flights.", "Is willing to pay more for direct flights"),
        ("I'd pay extra for a quiet room.", "Is willing to pay more for a quiet room"),
        ("I'm cheap when it comes to clothes.", "Spends little on clothes"),
        ("Give me a window seat and I'm happy.", "Likes a window seat"),
        ("Just give me good coffee and I'm set.", "Likes good coffee"),
        ("Can't get enough of true crime podcasts.", "Loves true crime podcasts"),
        ("I'd rather spend on experiences than stuff.", "Would rather spend on experiences than stuff"),
    ],
)
def test_where_the_money_goes_and_a_taste_said_in_passing_is_read(turn: str, text: str) -> None:
    assert _read(turn) == [(text, P)]


@pytest.mark.parametrize(
    "turn",
    [
        "Should I splurge on a new laptop?",
        "I splurged on a new laptop yesterday.",
        "I'm cheap with my time lol",
        "Give me that and I'm happy.",
        "Give me five minutes and I'll be ready.",
        "I can't get enough of this song right now.",
        "I'd rather die than that.",
    ],
)
def test_a_question_a_purchase_a_moment_or_a_pointer_is_not_read(turn: str) -> None:
    assert _read(turn) == []


def test_someone_elses_spending_is_not_the_users() -> None:
    assert ("Splurges on shoes", P) not in _read("My wife splurges on shoes.")

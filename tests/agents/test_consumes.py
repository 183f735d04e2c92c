"""Issue 13, twenty-eighth pass: what the user eats, drinks, watches or reads, said plainly ("I drink earl grey from
a bag", "I watch anime", "I eat oatmeal for breakfast"); the rules had read it only with a frequency ("every
morning"). Not one meal, a change, a question, a condition, work or someone else's."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

P = MemoryKind.preference


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I drink coffee.", "Drinks coffee"),
        ("i drink earl grey from a bag and i'm happy, not changing", "Drinks earl grey from a bag"),
        ("I drink oat milk.", "Drinks oat milk"),
        ("I watch anime.", "Watches anime"),
        ("I eat oatmeal for breakfast.", "Eats oatmeal for breakfast"),
        ("I read fantasy and sci-fi.", "Reads fantasy and sci-fi"),
        ("I mostly watch documentaries.", "Mostly watches documentaries"),
    ],
)
def test_what_the_user_eats_drinks_watches_or_reads(turn: str, text: str) -> None:
    assert (text, P) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "Is it okay that I drink coffee at 4pm?",
        "I drink it black.",
        "I eat a sandwich.",
        "I eat healthy.",
        "I read a lot.",
        "I drink too much coffee.",
        "My husband drinks coffee.",
        "I eat out.",  # "I eat out a lot" is read since session 27 (Eats out a lot: test_where_they_stand.py)
        "I read only before sleep.",
        "I read leases and NDAs all day at work so it won't scare me",
        "I eat meat now.",  # a change: it ends a diet (given_up.py)
    ],
)
def test_one_meal_a_change_a_question_work_or_someone_elses_is_no_habit(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith(("Drinks", "Eats", "Watches", "Reads"))]

"""Issue 13, thirty-first pass, found by trying everyday conversations on the real stack: "give me a concrete example
with numbers next time", "ugh no corporate buzzwords", and "I'm trying to cut back" with nothing to cut back on
(it had read "Is trying to cut back", and hid "no meat on weekdays" before it)."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn

ANSWER = "Compound interest is interest calculated on the initial principal and on the interest already earned."


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        (
            "give me a concrete example with numbers next time, the theory alone doesn't stick",
            "Wants concrete examples in answers",
        ),
        ("use real examples next time", "Wants concrete examples in answers"),
        ("ugh no corporate buzzwords", "Wants simple explanations without jargon"),
    ],
)
def test_feedback_read(turn: str, text: str) -> None:
    assert text in [d.text for d in read_turn(turn, ANSWER)]


def test_an_example_asked_for_now_is_no_rule() -> None:
    assert read_turn("can you give me a concrete example of that?", ANSWER) == []


def test_cutting_back_on_nothing_named_is_no_memory_and_the_filter_before_it_reads() -> None:
    assert read_turn("I'm trying to cut back") == []
    drafts = read_turn("no meat on weekdays, I'm trying to cut back", "Chicken fajitas: slice the chicken, peppers...")
    assert [(d.text, d.context) for d in drafts] == [("Avoids meat", "on weekdays")]

"""Issue 13, thirtieth pass: a pick said by naming back a thing the assistant mentioned in passing, with no list to
pick from ("Use a grommet mount or a freestanding base." - "Freestanding."). Before it the rules read nothing."""

from __future__ import annotations

import pytest

from agents.offline.echoes import echoed_pick
from agents.offline.reader import read_turn
from memory.types import MemoryKind


@pytest.mark.parametrize(
    ("assistant", "reply", "text"),
    [
        (
            "Clamp arms can crack glass. Use a grommet mount or a freestanding base.",
            "Freestanding.",
            "a freestanding base",
        ),
        ("Then a daylight lamp is your best bet.", "the lamp then. warm or cool light", "a daylight lamp"),
        (
            "Between the other two, the Aeron is mesh and the Leap is upholstered with adjustable lumbar.",
            "Leap. Why is everyone so obsessed with mesh anyway?",
            "the Leap",
        ),
        ("Epic covers Heavenly and Kirkwood; Ikon has Palisades.", "epic then", "Epic"),
        ("You could try the blue one or the red one.", "blue", "the blue one"),
    ],
)
def test_a_name_said_back_is_the_pick(assistant: str, reply: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(reply, assistant)] == [(f"Prefers {text}", MemoryKind.preference)]


@pytest.mark.parametrize(
    ("assistant", "reply"),
    [
        ("Which city are you in? I can suggest a few.", "Berlin."),
        ("Great, enjoy your trip! Or ask me anything else.", "Thanks!"),
        ("You could go early or late.", "ok"),
        ("You could try morels or chanterelles.", "morels?"),
        ("The museum opens at 9 and the gallery at 10.", "museum"),  # an explanation, not an offer
        ("You could use the app or the website.", "you decide"),
        ("Is your car petrol or diesel?", "diesel"),
    ],
)
def test_a_thanks_a_question_a_word_not_said_or_no_offer_is_no_pick(assistant: str, reply: str) -> None:
    assert echoed_pick(reply, assistant) is None


def test_the_phrase_stops_before_a_verb() -> None:
    draft = echoed_pick("museum then", "You could try the museum, it opens at 9, or the park.")
    assert draft is not None and draft.text == "Prefers the museum"

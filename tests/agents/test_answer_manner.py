"""Issue 13, thirtieth pass: feedback on what an answer holds and how it sounds. Before it the rules read none of
these as a reaction to an answer, or read them wrong ("can you not use bullet points, I hate them" was "Prefers
bullet points"; "TypeScript pls, always" was "Prefers typescript please")."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

S, P = MemoryKind.style, MemoryKind.preference
ANSWER = "Sure! Here's a detailed answer with a few options, worked out step by step."


def _read_after(turn: str, assistant: str | None = ANSWER) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn, assistant) if not d.ends]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("can you not use bullet points, I hate them", "Dislikes bullet-point formatting", S),
        ("could you not use emojis", "Doesn't want emojis in answers", S),
        ("TypeScript pls, always", "Prefers TypeScript", P),
        ("just the answer please", "Wants just the answer, without the working", S),
        ("I only need the final answer, not the working", "Wants just the answer, without the working", S),
        ("skip the steps, I just want the answer", "Wants just the answer, without the working", S),
        ("less enthusiastic please, it feels fake", "Prefers a calm, even tone without hype", S),
        ("you're way too peppy", "Prefers a calm, even tone without hype", S),
        ("tone down the enthusiasm a bit", "Prefers a calm, even tone without hype", S),
        (
            "don't ask me so many questions, just make assumptions",
            "Wants reasonable assumptions made instead of clarifying questions",
            S,
        ),
        ("stop asking if I want more", "Doesn't want answers to end with a follow-up question", S),
        ("you dont need to ask follow up questions", "Doesn't want answers to end with a follow-up question", S),
        ("just tell me what you'd do, honestly", "Wants a single recommendation", S),
        ("can you give me the pros and cons instead", "Likes answers laid out as pros and cons", S),
        ("bold the important parts", "Wants the key points in bold", S),
        ("make it a checklist next time", "Prefers checklists", S),
        ("a table would be easier", "Prefers tables", S),
        ("24 hour clock please", "Prefers times in 24-hour format", S),
        ("I really like it when you explain the why", "Likes it when the assistant explains the why", S),
        (
            "it annoys me when you repeat my question back",
            "Dislikes it when the assistant repeats their question back",
            S,
        ),
    ],
)
def test_feedback_on_what_an_answer_holds_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read_after(turn) == [(text, kind)]


@pytest.mark.parametrize(
    "turn",
    [
        "why not use bullet points?",
        "my kids are too excited, they can't sleep",
        "the band is too enthusiastic on stage",
        "I hate it when you get older and your knees hurt",
        "I love it when you find a good deal on flights",
        "just the number of servings please",
        "I only need the answer to question 3",
        "my boss says just tell me what you'd do",
        "what are the pros and cons of renting?",
        "can you give me pros and cons of the two laptops",
        "the teacher wants it in a checklist",
        "a list would be better for the shopping part",
        "is this too hyped?",
    ],
)
def test_a_look_alike_is_no_feedback(turn: str) -> None:
    assert [t for t, k in _read_after(turn) if k is S] == []


def test_when_you_counts_only_as_a_reaction_to_an_answer() -> None:
    assert _read_after("I really like it when you explain the why", assistant=None) == []


def test_a_tone_named_by_its_quality_is_read_and_a_description_is_not() -> None:
    assert ("Prefers a drier tone", S) in _read_after("Too sweet. Drier tone, I don't do gushing.")
    assert _read_after("warmer tone please") == [("Prefers a warmer tone", S)]
    assert _read_after("the wine has a drier tone than I thought") == []

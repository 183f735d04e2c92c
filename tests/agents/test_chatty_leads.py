"""Issue 13, twenty-eighth pass: chatty lead-ins before a statement ("My main thing is I can't do crowds", "One
thing you should know is that I'm vegan", "Long story short, ...", "For context, I'm a teacher" without the
context "for context"), a condition leading a statement without "I" ("As someone with celiac, eating out is a
nightmare") and what two people both are ("We're both nurses", "My partner and I are both teachers so ...")."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

P, D, F, C = MemoryKind.preference, MemoryKind.dislike, MemoryKind.fact, MemoryKind.constraint


def _read(turn: str) -> list[tuple[str, MemoryKind, str]]:
    return [(d.text, d.kind, d.context) for d in read_turn(turn)]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("My main thing is I can't do crowds.", "Can't do crowds", C),
        ("One thing you should know is that I'm vegan.", "Is vegan", C),
        ("One of the things you should know is that I never cook with pork.", "Never cooks with pork", C),
        ("Long story short, I hate the gym.", "Hates the gym", D),
        ("For context, I'm a teacher.", "Is a teacher", F),
        ("As someone with celiac, eating out is a nightmare.", "Has celiac", C),
        ("As someone with ADHD, long videos are hard for me.", "Has ADHD", C),
        ("We're both nurses.", "Is a nurse", F),
        ("My partner and I are both teachers so we can only travel during school holidays.", "Is a teacher", F),
    ],
)
def test_a_statement_after_a_chatty_lead(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind, "") in _read(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "We're both tired and hungry.",
        "We're both going to the party.",
        "As someone with a lot of experience, what do you think?",
    ],
)
def test_a_state_a_plan_or_a_question_is_no_identity(turn: str) -> None:
    assert not [t for t, _, _ in _read(turn) if t.startswith(("Is a", "Has"))]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("honestly im a total sucker for thrillers", "Is a total sucker for thrillers", P),
        ("idk i just really hate cilantro", "Hates cilantro", D),
        ("i lowkey love country music", "Loves country music", P),
        ("I secretly love reality TV.", "Loves reality TV", P),
        ("my fave food is sushi", "Favorite food is sushi", P),
    ],
)
def test_texting_voice_leads_and_adverbs(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind, "") in _read(turn)


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("Neither of us is religious.", "Is not religious", F),
        ("neither of us r religous so nothing churchy in the vows pls", "Is not religious", F),
        ("Neither of us drinks.", "Doesn't drink alcohol", C),
        ("neither of us are morning people", "Is not a morning person", F),
        ("I'm not religous.", "Is not religious", F),
    ],
)
def test_what_neither_of_two_is(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind, "") in _read(turn)


@pytest.mark.parametrize("turn", ["Neither of us likes it.", "Neither of us knows."])
def test_neither_of_us_about_this_is_nothing(turn: str) -> None:
    assert _read(turn) == []

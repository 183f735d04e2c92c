"""A wish for a situation the user will be in again, with no contrast beside it, is a conditional memory on both
extractor paths (rules alone, rules + the learned reader); a situation that happens once teaches nothing."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import WEIGHTS, load_reader
from agents.offline.situations import situated_wish
from memory.ports import Embedder
from memory.types import MemoryKind

ANSWER = "Here is a long overview with five sections, a table and a summary at the end."


@pytest.fixture(scope="module", params=["rules", "reader"])
def extractor(request: pytest.FixtureRequest, embedder: Embedder) -> OfflineExtractor:
    reader = load_reader(WEIGHTS) if request.param == "reader" else None
    return OfflineExtractor(embedder, reader=reader)


def said(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    turns = [Turn(message_id=1, role="assistant", content=ANSWER), Turn(message_id=2, role="user", content=text)]
    return extractor.extract(turns, [1]).candidates


@pytest.mark.parametrize(
    ("text", "kind", "words", "context"),
    [
        (
            "when its about the business just give me the numbers short, i dont need the essay",
            MemoryKind.style,
            "give them the numbers short",
            "when its about the business",
        ),
        (
            "for anything about contracts though you can give me the raw clause language",
            MemoryKind.style,
            "the raw clause language",
            "for anything about contracts",
        ),
        (
            "whenever I ask about recipes, skip the life story and give me the ingredients first",
            MemoryKind.style,
            "skip the life story",
            "whenever asking about recipes",
        ),
        ("if it's for my kids, nothing with caffeine please", MemoryKind.constraint, "nothing with caffeine", "kids"),
        (
            "for anything that's meant for my dad it has to be zero setup, plug in and forget",
            MemoryKind.constraint,
            "Needs zero setup",
            "for anything that's meant for their dad",
        ),
        (
            "When I have video calls with clients I need a very professional background",
            MemoryKind.preference,
            "very professional background",
            "video calls with clients",
        ),
        (
            "whenever you explain code, use python examples",
            MemoryKind.style,
            "use python examples",
            "whenever you explain code",
        ),
    ],
)
def test_a_wish_for_a_recurring_situation_keeps_its_situation(
    extractor: OfflineExtractor, text: str, kind: MemoryKind, words: str, context: str
) -> None:
    found = [c for c in said(extractor, text) if c.context]
    assert [c.kind for c in found] == [kind], found
    assert words in found[0].text
    assert context in found[0].context


@pytest.mark.parametrize(
    "text",
    [
        "for my essay give me a summary",
        "when I get there tomorrow, remind me to call the bank",
        "when you get a chance, give me a summary of this",
        "When you write the cover letter, keep it under a page",
        "when I travel, should I bring cash?",
        "When I was in Japan I only ate ramen",
        "When my sister visits she only eats vegan",
        "when I have no time, I skip breakfast",
    ],
)
def test_a_situation_that_happens_once_or_a_question_is_no_wish(text: str) -> None:
    assert situated_wish(text) is None


def test_nothing_is_stored_from_a_one_off_situation(extractor: OfflineExtractor) -> None:
    assert said(extractor, "When you write the cover letter, keep it under a page") == []


def test_the_rules_gate_lets_a_situated_wish_through() -> None:
    assert reveals_something("when its about the business just give me the numbers short", ANSWER)
    assert not reveals_something("for my essay give me a summary", ANSWER)


def test_the_wish_is_never_a_core_item(extractor: OfflineExtractor) -> None:
    """A style wish with a context is recalled only where its situation matches, not in every prompt."""
    found = said(extractor, "any time I ask for a workout plan, keep it under 30 minutes")
    styles = [c for c in found if c.kind is MemoryKind.style]
    assert styles and all(c.context for c in styles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When I fly for work I want aisle seats near the front, on vacation I don't care.", "aisle seats near"),
        ("For work stuff please always give me tests with the code, but for my hobby projects don't bother.", "tests"),
    ],
)
def test_a_contrast_that_only_says_the_user_does_not_mind_is_cut_off(text: str, expected: str) -> None:
    wish = situated_wish(text)
    assert wish is not None and expected in wish.text
    assert "care" not in wish.text and "bother" not in wish.text


def test_a_situation_opening_a_later_clause_counts() -> None:
    wish = situated_wish("i make matcha for my office every friday, when im doing it for the group i need it fast")
    assert wish is not None and "doing it for the group" in wish.context and "fast" in wish.text


def test_what_to_tell_stays_with_the_wish() -> None:
    wish = situated_wish("Please when you recommend, tell me if there is much slang or dialect.")
    assert wish is not None and wish.kind is MemoryKind.style
    assert wish.text.endswith("if there is much slang or dialect") and wish.context == "when you recommend"


def test_a_feedback_cue_said_for_a_situation_keeps_it(extractor: OfflineExtractor) -> None:
    """'at work I want everything in bullet points': bullet points at work, not in every prompt's core."""
    found = [c for c in said(extractor, "at work I want everything in bullet points") if c.kind is MemoryKind.style]
    assert found and all(c.context == "at work" for c in found)

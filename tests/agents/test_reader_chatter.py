"""What the learned reader skips before any embedding (talk around a statement, one-off tasks), and the line
between a standing wish about answers ("Keep answers short.") and a one-off request ("Make it shorter"),
through the real ingest path (message log, job queue, graph, store) for both offline readers."""

from __future__ import annotations

import pytest

from agents.extract.types import Turn
from agents.offline.chatter import chatter
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import units
from agents.offline.learned import load_reader
from agents.offline.reader import read_parts
from agents.offline.restate import restate
from agents.services import Services
from memory.learn.log import NewTurns
from memory.ports import Embedder
from memory.settings import LLMSettings
from memory.types import Memory, MemoryKind


@pytest.mark.parametrize(
    "clause",
    [
        "Hello there!",
        "Thanks for the suggestions!",
        "Speaking of my new role",
        "On another note",
        "One last question",
        "Those are excellent ideas!",
        "I love the idea of interactive stations!",
        "I'm feeling a bit stuck with my latest painting.",
        "I've been thinking about upgrading my computer setup.",
        "I'd love some specific title suggestions",
        "I haven't looked into those yet, thanks for the suggestion!",
        "But for anything major",
        "Revise in tabular format",
        "Summarize DIY like I'm 5 years old.",
        "Make it shorter",
        "it's tough with the unpredictable nature of my job.",
    ],
)
def test_talk_around_a_statement_and_one_off_tasks_are_skipped(clause: str) -> None:
    assert chatter(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Keep answers short.",
        "Please stop giving me bullet lists",
        "And please never use em dashes in my stuff",
        "I've been a pediatric nurse for 15 years now",
        "We're trying to avoid screens at dinner too",
        "I'm tired of long meetings",
        "For race days I want super detailed pacing plans",
        "Window seat.",
        "I'm learning Italian for my partner's family",
        "As a retired librarian",
        "it wrecks my stomach",
        "I haven't eaten meat in years",
    ],
)
def test_statements_are_still_read(clause: str) -> None:
    assert not chatter(clause)


def test_a_turn_of_greetings_and_thanks_costs_no_embedding() -> None:
    reading = read_parts("Hey there! Thanks for those suggestions! Speaking of which, one last question")
    assert units([reading]) == []


def _learn(parts: Services, choice: str, user: str, turns: list[dict[str, str]]) -> list[Memory]:
    cfg = parts.settings.model_copy(update={"llm": LLMSettings(offline_reader=choice)})  # type: ignore[arg-type]
    s = Services(cfg, embedder=parts.embedder, index=parts.index)
    try:
        receipt = s.log.append(user, NewTurns.model_validate({"turns": turns}))
        assert receipt.job_id is not None
        s.worker.wait_for(receipt.job_id, "default")
        return list(s.store.list_memories(user).items)
    finally:
        s.close()


@pytest.mark.parametrize("choice", ["rules", "learned"])
def test_keep_answers_short_said_in_passing_is_a_standing_style_wish(parts: Services, choice: str) -> None:
    """Said beside other facts, as the first turn (no answer to react to): a style item without context."""
    said = "I am vegetarian and I live in Lisbon. Keep answers short."
    items = _learn(parts, choice, f"short-{choice}", [{"role": "user", "content": said}])
    style = [m for m in items if m.kind is MemoryKind.style]
    assert [m.text for m in style] == ["Prefers short, concise answers"], [m.text for m in items]
    assert not style[0].context
    assert any("lisbon" in m.text.lower() for m in items) and any("vegetarian" in m.text.lower() for m in items)


ESSAY = (
    "Here is the draft of my essay on the war of 1812 for my history class. It has five paragraphs and the "
    "second one runs long because I quote the treaty. Make it shorter and fix the grammar."
)


@pytest.mark.parametrize("choice", ["rules", "learned"])
@pytest.mark.parametrize("said", [ESSAY, "Make it shorter.", "Summarize DIY like I'm 5 years old."])
def test_a_one_off_request_about_the_text_at_hand_teaches_nothing(parts: Services, choice: str, said: str) -> None:
    """A task for the answer at hand (not a reaction right after an answer, not answers in general)."""
    items = _learn(parts, choice, f"oneoff-{choice}-{len(said)}", [{"role": "user", "content": said}])
    assert items == []


def test_a_wish_after_a_leading_phrase_is_read() -> None:
    assert not chatter("but for normal training just keep it brief")
    assert not chatter("I could never eat raw fish")
    assert chatter("I could host a small gathering at the bakery.")


@pytest.mark.parametrize(
    "clause",
    [
        "I'm not a huge fan of that one, but whatever.",
        "I've tried some of those",
        "That's too expensive for this month.",
        "They can be unpredictable",
        "I haven't talked to HR yet",
        "I'm still in the early stages.",
        "1 point",
        "(2 marks)",
    ],
)
def test_an_option_pointed_at_a_thing_judged_or_a_quiz_score_is_skipped(clause: str) -> None:
    assert chatter(clause)


@pytest.mark.parametrize(
    ("clause", "kind", "text"),
    [
        ("Prefer metric units.", "preference", "Prefers metric units"),
        ("No horror films for me", "dislike", "Avoids horror films"),
    ],
)
def test_the_reader_s_memory_does_not_repeat_its_lead_nor_say_for_me(clause: str, kind: str, text: str) -> None:
    assert restate(clause, kind) == (text, "")


ROME = [
    {"role": "user", "content": "Tell me about the history of Rome."},
    {"role": "assistant", "content": "Rome was founded, legend says, in 753 BC. " * 12},
]


@pytest.mark.parametrize("choice", ["rules", "learned"])
@pytest.mark.parametrize(
    ("said", "style"),
    [
        ("Make it shorter.", []),  # an edit asked of this answer: one-off
        ("Rewrite this paragraph so it sounds more professional.", []),
        ("Too long, shorter please.", ["Prefers short, concise answers"]),  # a verdict on the answer: feedback
        ("Make it shorter. From now on keep it brief.", ["Prefers short, concise answers"]),  # says it lasts
    ],
)
def test_right_after_an_answer_an_edit_is_one_off_and_a_verdict_is_feedback(
    parts: Services, choice: str, said: str, style: list[str]
) -> None:
    items = _learn(parts, choice, f"edit-{choice}-{len(said)}", [*ROME, {"role": "user", "content": said}])
    assert [m.text for m in items if m.kind is MemoryKind.style] == style, [m.text for m in items]


@pytest.fixture(scope="module")
def extractors(embedder: Embedder) -> tuple[OfflineExtractor, OfflineExtractor]:
    return OfflineExtractor(embedder), OfflineExtractor(embedder, reader=load_reader())


@pytest.mark.parametrize(
    "text",
    [
        "Hello there! I just finished a long shift at the hospital.",  # how the user is now, a greeting
        "Thanks for those suggestions! Speaking of which, I'm feeling a bit stuck with my painting.",
        "I love the idea of a literary-themed potluck!",
        "I'm at the airport right now.",
        "I'm not a huge fan of that one, but whatever.",
        "That's too expensive for this month.",
        "Summarize DIY like I'm 5 years old.",
        "I could host a small gathering at the bakery.",
    ],
)
def test_the_reader_adds_nothing_from_talk_around_a_statement(
    extractors: tuple[OfflineExtractor, OfflineExtractor], text: str
) -> None:
    rules, guided = extractors
    turns = [Turn(message_id=1, role="user", content=text)]
    assert [c.text for c in guided.extract(turns, [0]).candidates] == [
        c.text for c in rules.extract(turns, [0]).candidates
    ]

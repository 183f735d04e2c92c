"""What passes in a turn and teaches nothing lasting (issue 13): a one-off now or a mishap, a fixed expression,
a clause for someone else, a topic header before a question, a loss, an order about this one task. The learned
reader is not asked about them, whatever it would say; statements that look like them are still read.

Every sentence here is written for this file, in other words and domains than the probe sentences.
"""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.extract.types import Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import units
from agents.offline.learned import load_reader
from agents.offline.passing import for_other, header, passing
from agents.offline.reader import read_parts, read_turn
from memory.ports import Embedder
from memory.types import MemoryKind
from tests.agents.rows import SURE_FACT, SURE_PREFERENCE, guided

PASSING = [
    "I'm at the dentist right now, so short answers please.",  # one-off now
    "The boiler is making that noise again.",
    "I'm ten minutes out, go ahead and order without me.",
    "Running behind, the ferry was delayed.",
    "I went for the last croissant but they were sold out.",  # a mishap
    "It is what it is.",  # fixed expressions
    "Knock on wood.",
    "Our hamster died on Sunday.",  # a loss
    "My aunt passed away in the spring.",
    "Skip the summary this time, I read it already.",  # an order about this one task
    "Don't book anything yet.",
    "Drop the table, we have that already.",
]


@pytest.mark.parametrize("sentence", PASSING)
def test_a_passing_sentence_is_not_read_by_the_reader(sentence: str) -> None:
    assert passing(sentence)
    assert units([read_parts(sentence)]) == []
    assert guided(sentence, SURE_FACT) == guided(sentence, SURE_PREFERENCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "My uncle is gluten free. Nothing with wheat for him, which bakery?",
        "Birthday present for my goddaughter. Horse mad. Book or figurine?",
        "Greenhouse heaters. Which one for a small shed?",
        "Trail shoes. Wide or narrow?",
    ],
)
def test_someone_elses_needs_and_a_topic_before_a_question_give_no_reader_memory(text: str) -> None:
    assert units([read_parts(text)]) == []
    assert guided(text, SURE_PREFERENCE) == []


def test_the_families_parts() -> None:
    assert header("Trail shoes.", "Wide or narrow?")
    assert not header("Trail shoes.", "Always.")  # a stressed fragment is a taste
    assert not header("I'm vegan.", "Any ideas?")
    assert not header("Trail shoes.", None)
    assert for_other("no sugar for her")
    assert not for_other("no sugar for me")
    assert not passing("I never go back to a restaurant again")
    assert not passing("I can't eat late, dinner after 9 is too late for me.")
    assert not passing("Don't use bullet points.")  # a standing wish, not this one task


@pytest.mark.parametrize(
    ("text", "memory", "kind"),
    [
        ("I never take the ferry if I can fly.", "Never takes the ferry", MemoryKind.constraint),
        ("I'm celiac, so no wheat for me.", "Is celiac", MemoryKind.constraint),
        ("I always swim in the morning before work.", "Always swims in the morning before work", MemoryKind.preference),
    ],
)
def test_statements_that_look_like_them_are_still_read_by_the_rules(text: str, memory: str, kind: MemoryKind) -> None:
    assert reveals_something(text)
    assert (memory, kind) in [(d.text, d.kind) for d in read_turn(text)]


@pytest.mark.parametrize(
    ("text", "memory", "kind"),
    [
        ("Carbon paddles. Always.", "Prefers carbon paddles", MemoryKind.preference),
        ("My brother and I both hate spicy food.", "Dislikes spicy food", MemoryKind.dislike),
        (
            "Skip the intro in every answer, I know the basics.",
            "Wants the assistant to skip the intro in every answer",
            MemoryKind.style,
        ),
    ],
)
def test_the_shipped_reader_still_reads_lookalikes(
    embedder: Embedder, text: str, memory: str, kind: MemoryKind
) -> None:
    extractor = OfflineExtractor(embedder, reader=load_reader())
    found = extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates
    assert (memory, kind) in [(c.text, c.kind) for c in found]


def test_the_shipped_reader_makes_nothing_of_a_passing_turn(embedder: Embedder) -> None:
    extractor = OfflineExtractor(embedder, reader=load_reader())
    for text in [*PASSING, "Greenhouse heaters. Which one for a small shed?"]:
        found = extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates
        assert [c for c in found if not c.ends] == [], text  # "Our hamster died": only ends a "Has a hamster"

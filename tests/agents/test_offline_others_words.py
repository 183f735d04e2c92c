"""Two false memories of the rules (turns that teach nothing), for both readers: a relative named only as who
the user will consult ("I'll check with my wife" is not "Has a wife"), and someone else's words reported after a
colon or a dash ("She said: I hate mornings" is not the user's dislike)."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.sentences import prose
from memory.ports import Embedder


@pytest.fixture(scope="module", params=["rules", "reader"])
def extractor(request: pytest.FixtureRequest, embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=load_reader() if request.param == "reader" else None)


def said(extractor: OfflineExtractor, text: str) -> list[str]:
    turns = [
        Turn(message_id=1, role="user", content="Which of these two sofas should we get?"),
        Turn(message_id=2, role="assistant", content="The grey one is sturdier; the green one is cheaper."),
        Turn(message_id=3, role="user", content=text),
    ]
    found: list[Candidate] = extractor.extract(turns, [2]).candidates
    return [c.text for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "I'll check with my wife",
        "Let me check with my wife first.",
        "ok I'll ask my husband tonight and get back to you",
        "I need to talk to my partner first",
        "I'll run it by my girlfriend",
    ],
)
def test_a_relative_the_user_will_consult_is_no_fact(extractor: OfflineExtractor, text: str) -> None:
    assert said(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("I have a wife and two kids", "Has a wife"),
        ("what should I feed my dog?", "Has a dog"),
        ("I want to spend more time with my kids", "Has kids"),
    ],
)
def test_a_relative_told_of_is_still_a_fact(extractor: OfflineExtractor, text: str, fact: str) -> None:
    assert fact in said(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "She said: I hate mornings.",
        "she said - I hate mornings",
        "my roommate always says: I can't stand cilantro",
        "Her exact words were: I hate mornings.",
        "My sister always says:\nI hate mornings",
        "she said 'I hate mornings'",
        'my mom said "I hate mornings" and laughed',
    ],
)
def test_words_reported_as_someone_elses_teach_nothing(extractor: OfflineExtractor, text: str) -> None:
    assert said(extractor, text) == []


def test_the_users_own_sentence_after_reported_words_is_still_read(extractor: OfflineExtractor) -> None:
    assert prose("Tom said: I hate mornings! I'm vegan btw") == "Tom said. I'm vegan btw"
    assert "Is vegan" in said(extractor, "Tom said: I hate mornings! I'm vegan btw")
    assert "Hates mornings" in said(extractor, "Like I said: I hate mornings")  # the user quoting themselves

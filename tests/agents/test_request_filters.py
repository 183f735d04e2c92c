"""A terse sentence after a request in the same turn filters that request ("Book me a table for four tonight.
Terrace only, no indoor seating."): the learned reader adds no standing memory from it, while the same fragment
said alone, or a first-person statement after the request, is still read."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.reader import read_turn
from memory.ports import Embedder


def said(embedder: Embedder, text: str) -> list[Candidate]:
    extractor = OfflineExtractor(embedder, reader=load_reader())
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


@pytest.mark.parametrize(
    "text",
    [
        "Book me a table for four tonight. Terrace only, no indoor seating.",
        "Find me a hotel in Lisbon. Pet-friendly only. No chains.",
    ],
)
def test_a_fragment_after_a_request_teaches_nothing(embedder: Embedder, text: str) -> None:
    assert [c.text for c in said(embedder, text)] == []


def test_a_softened_request_filters_too(embedder: Embedder) -> None:
    texts = [c.text for c in said(embedder, "Just give me the list. Bullet points only this time.")]
    assert not [t for t in texts if "ullet" in t], texts


def test_a_statement_after_a_request_is_still_read(embedder: Embedder) -> None:
    texts = [c.text for c in said(embedder, "Find me a hotel in Lisbon. I'm allergic to cats.")]
    assert "Is allergic to cats" in texts


def test_the_fragment_alone_is_still_read(embedder: Embedder) -> None:
    assert said(embedder, "Terrace only, no indoor seating.") != []


def test_a_fragment_stressed_by_never_is_turned_down(embedder: Embedder) -> None:
    found = [(c.kind.value, c.text) for c in said(embedder, "Middle seat. Never.")]
    assert found and all(kind == "dislike" for kind, _ in found), found
    window = [(c.kind.value, c.text) for c in said(embedder, "Window seat. Always.")]
    assert ("preference", "Prefers window seat") in window


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Don't change a thing, I love it!", "Avoids don't"),
        ("Stop sending me the drafts, I have them already.", "Has them"),
        ("Never use the old login page, I hate it when it times out.", "Hates it"),
    ],
)
def test_the_reader_words_no_order_or_pronoun_as_a_taste(embedder: Embedder, text: str, broken: str) -> None:
    assert not [c.text for c in said(embedder, text) if c.text.startswith(broken)]


def test_a_wish_to_stop_is_still_feedback(embedder: Embedder) -> None:
    texts = [c.text for c in said(embedder, "Stop using so many emojis.")]
    assert any("emojis" in t for t in texts), texts


@pytest.mark.parametrize(
    "text",
    ["Stop giving me bullet points, I hate them.", "Stop with the bullet points.", "enough with the bullet lists"],
)
def test_turning_bullet_points_down_is_never_read_as_wanting_them(text: str) -> None:
    texts = [d.text for d in read_turn(text, "Here you go:\n- one\n- two")]
    assert "Dislikes bullet-point formatting" in texts and "Prefers bullet points" not in texts, texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No Google. Privacy.", ("dislike", "Avoids Google for privacy reasons")),
        ("No spoilers. Ever.", ("style", "Avoids spoilers")),
        ("Lunch ideas. No cilantro. It tastes like soap to me.", ("dislike", "Avoids cilantro")),
    ],
)
def test_a_refusal_whose_reason_is_the_next_sentence(text: str, expected: tuple[str, str]) -> None:
    found = [(d.kind.value, d.text) for d in read_turn(text)]
    assert expected in found and not [t for _, t in found if t.startswith("Prefers lunch")], found


@pytest.mark.parametrize("text", ["No onions. Thanks.", "No worries. Ever.", "Find me a hotel. No chains. Cheap."])
def test_no_refusal_without_a_reason(text: str) -> None:
    assert read_turn(text) == []

"""Clause shapes the reader's restatement words badly on its own, on sentences from domains neither half of the
conversation set holds (sailing, chess, wine, knitting, aviation, theatre, volunteering)."""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.clause_shapes import reshape, worded
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.restate import restate
from memory.ports import Embedder


@pytest.fixture(scope="module")
def guided(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=load_reader())


def said(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    return extractor.extract([Turn(message_id=1, role="user", content=text)], [0]).candidates


@pytest.mark.parametrize(
    ("clause", "kind", "text"),
    [
        ("I need quick recipes", "constraint", "Needs quick recipes"),  # "need" ends in -ed, but is not past
        ("I feed the birds every morning", "fact", "Feeds the birds every morning"),
        ("I needed a break", "fact", "Needed a break"),
        ("i realy dont like spicy food", "dislike", "Really does not like spicy food"),
        ("i totaly love sailing", "preference", "Totally loves sailing"),
        ("After 20 years as a pilot I still love airshows", "preference", "Still loves airshows"),
        ("As a night-shift nurse I can only volunteer on weekends", "fact", "Is a night-shift nurse"),
        ("As a night-shift nurse I can only volunteer on weekends", "constraint", "Can only volunteer on weekends"),
        ("Being colour-blind", "fact", "Is colour-blind"),
        ("Cheap wine is fine by me", "preference", "Likes cheap wine"),
        ("blitz is more my speed", "preference", "Likes blitz"),
        ("Opera isn't for me", "dislike", "Does not like opera"),
        ("Not a fan of camping", "dislike", "Does not like camping"),
        ("My go-to is always a flat white with oat milk", "preference", "Likes a flat white with oat milk"),
        ("Night owl", "fact", "Is a night owl"),
        ("more of a cat person", "fact", "Is a cat person"),
        ("Living in Oslo", "fact", "Lives in Oslo"),
        ("we barely go out", "fact", "Barely goes out"),
        ("i perfer short replys", "style", "Prefers short replys"),
        ("the car needs seven seats ideally", "constraint", "Needs the car to have seven seats ideally"),
        ("Less jargon next time", "feedback", "Wants the assistant to use less jargon"),
        ("I guess I'm a bit of a minimalist", "preference", "Is a bit of a minimalist"),
        ("My partner and I are both vegan", "constraint", "Is vegan"),
        ("Sam and I love board games", "preference", "Loves board games"),
        ("i have a peanut alergy", "constraint", "Has a peanut allergy"),
        ("I like very much the mountains", "preference", "Really likes the mountains"),
    ],
)
def test_shapes_are_worded_with_the_user_as_subject(clause: str, kind: str, text: str) -> None:
    assert restate(clause, kind)[0] == text


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("I do it every evening", "preference"),  # "it" is named in another clause
        ("I love that", "preference"),
        ("i've never been", "fact"),
        ("but in real games never", "dislike"),
        ("marking takes all my weekends", "constraint"),  # a statement about their week, not a need
        ("if I'm cooking for guests I like to go all out", "preference"),  # the condition was not split off
        ("so skip the wine pairings", "preference"),  # a one-off request, not a taste
        ("Funny thing", "constraint"),
        ("I was vegetarian for five years", "constraint"),  # a state the user was in
        ("My teammates all use VS Code", "preference"),  # someone else's habit
        ("my flatmate is vegan", "constraint"),
    ],
)
def test_a_clause_without_a_statement_of_its_own_gives_no_text(clause: str, kind: str) -> None:
    assert restate(clause, kind)[0] == ""


def test_what_the_shapes_leave_alone() -> None:
    # a subject that is not the user keeps its clause: "it is fine by me" names nothing
    assert reshape("It is fine by me", "preference") == "It is fine by me"
    # a lead phrase without the speaker after it is not cut
    assert reshape("After lunch works best", "preference") == "After lunch works best"
    assert worded("Likes knitting") and worded("Prefers at least 8 hours of sleep")
    assert not worded("Avoids in the evening")


def test_whole_sentences_from_new_domains(guided: OfflineExtractor) -> None:
    texts = {c.text for c in said(guided, "After 20 years as a pilot I still love airshows.")}
    assert "Still loves airshows" in texts and not any(t.startswith("Prefers after") for t in texts)
    texts = {c.text for c in said(guided, "Knitting is my thing, I do it every evening.")}
    assert "Likes knitting" in texts and not any(" it every" in t for t in texts)
    # someone's words after "X said:" are theirs, whoever X is
    assert said(guided, "The forum post said: I hate using circular needles, straight ones are better.") == []
    # sarcasm: "totally my favourite thing"
    assert said(guided, "yeah i just adore waking up at 5 for volunteer shifts, totally my favourite thing") == []

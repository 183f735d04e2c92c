"""Picks and rejections by name in a reply to a list of options ("not the loud one ... the reading room"),
and the learned reader's reading of a clause: fillers off, added when it is sure the clause says something."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.extract.types import Candidate, Turn
from agents.offline.choice import by_phrase
from agents.offline.extractor import OfflineExtractor
from agents.offline.guided import clause_draft, kind_hint
from agents.offline.restate import plain, restate
from memory.ports import Embedder
from memory.types import MemoryKind, MemorySource

BRUNCH = (
    "Here are three brunch spots near you:\n1. Sunny Side Cafe - huge portions, always packed and loud\n"
    "2. The Reading Room - quiet, small menu, good pour-over coffee\n3. Brick Lane Diner - classic greasy spoon, cheap"
)
OPTIONS = [
    "Sunny Side Cafe - huge portions, always packed and loud",
    "The Reading Room - quiet, small menu, good pour-over coffee",
    "Brick Lane Diner - classic greasy spoon, cheap",
]


@pytest.fixture(scope="module")
def rules(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=None)


def reply(extractor: OfflineExtractor, text: str) -> list[Candidate]:
    turns = [Turn(message_id=1, role="assistant", content=BRUNCH), Turn(message_id=2, role="user", content=text)]
    return extractor.extract(turns, [1]).candidates


@pytest.mark.parametrize(
    ("text", "picked", "rejected"),
    [
        ("not the packed loud one for sure, I want to hear my friend. the reading room", 1, [0]),
        ("def not the diner. reading room", 1, [2]),
        ("Not the first one. Maybe the diner.", None, [0]),  # "maybe" picks nothing
        ("ugh, not the cafe, and not the diner", None, [0, 2]),
        ("no idea yet, I'll think about it", None, []),
    ],
)
def test_options_named_in_short_phrases(text: str, picked: int | None, rejected: list[int]) -> None:
    assert by_phrase(text, OPTIONS) == (picked, rejected)


def test_a_rejection_by_name_is_a_dislike_and_the_named_pick_a_preference(rules: OfflineExtractor) -> None:
    got = reply(rules, "not the packed loud one for sure, I want to actually hear my friend talk. the reading room")
    by_kind = {c.kind: c.text for c in got}
    assert "loud" in by_kind[MemoryKind.dislike] and "Reading Room" in by_kind[MemoryKind.preference]
    assert all(c.source == MemorySource.implicit for c in got)


def test_turning_down_by_position_picks_nothing(rules: OfflineExtractor) -> None:
    got = reply(rules, "Not the first one. Maybe the diner.")
    assert [c.kind for c in got] == [MemoryKind.dislike] and "Sunny Side" in got[0].text


def test_the_gate_passes_a_rejection() -> None:
    assert reveals_something("def not the veggie patch, the succulents", "1. A veggie patch\n2. Succulents")


def test_the_reader_reads_clauses_without_fillers() -> None:
    assert plain("Fun fact I absolutely hate weeding lol") == "I absolutely hate weeding"
    assert plain("btw") == "btw"  # nothing but a filler: kept as it is


def test_a_cut_clause_becomes_no_memory_and_past_tenses_stay() -> None:
    assert clause_draft("pasting the", "preference", 0.9, "Pasting the error:") is None
    assert clause_draft("im a junior data analyst, 2 years in", "fact", 0.9, "") is not None
    assert restate("i was a big coffee drinker", "fact")[0] == "Was a big coffee drinker"
    assert kind_hint("I only have a shady patio") == "fact"
    assert kind_hint("we just moved to Lisbon") == "fact"
    assert kind_hint("I only have a shady patio") == "fact"


def test_a_request_after_a_list_picks_nothing() -> None:
    names = ["SkySong", "BreezeBliss", "Windswept", "CloudCatcher"]
    assert by_phrase("Terms for wind", names) == (None, [])
    steps = ["Diagnose the condition", "Start corticosteroids", "Antiviral drugs", "Eye care"]
    assert by_phrase("please describe in detail, for a doctor, the full management of the condition", steps) == (
        None,
        [],
    )
    games = ["It Takes Two - story", "Left 4 Dead 2 - zombies, shooter", "Overcooked 2 - chaotic cooking"]
    assert by_phrase("the cooking one! my gf hates shooters", games) == (2, [])


def test_lower_case_first_person_and_nothing_are_worded() -> None:
    assert restate("short list is fine, i'm on my phone", "preference")[0].endswith("they're on their phone")
    assert restate("nothing too big please", "dislike")[0] == "Avoids anything too big"

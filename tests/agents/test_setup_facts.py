"""Setup lists (issue 13, session 11): verbless phrases saying what the user has or is, read as facts.

Every sentence here is written for this file, in other domains than the conversations whose shapes it copies.
Through the real :class:`OfflineExtractor` with the shipped reader (the setup lists are read on its path).
"""

from __future__ import annotations

import pytest

from agents.extract.types import Candidate, Turn
from agents.offline.extractor import OfflineExtractor
from agents.offline.learned import load_reader
from agents.offline.reader import read_parts
from agents.offline.setup_facts import setup_facts
from memory.ports import Embedder
from memory.types import MemoryKind


@pytest.fixture(scope="module")
def extractor(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder, reader=load_reader())


def said(extractor: OfflineExtractor, text: str, previous: str | None = None) -> list[Candidate]:
    turns = [("assistant", previous)] if previous else []
    convo = [Turn(message_id=i + 1, role=r, content=c) for i, (r, c) in enumerate([*turns, ("user", text)])]
    return extractor.extract(convo, [len(convo) - 1]).candidates


def facts(candidates: list[Candidate]) -> list[str]:
    return [c.text for c in candidates if c.kind is MemoryKind.fact]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Home insurance quote. Ground-floor condo, no elevator, two cats.",
            ["Lives in a ground-floor condo with no elevator", "Has two cats"],
        ),
        ("Bike insurance. Studio, no car, no dog.", ["Lives in a studio", "Has no car", "Has no dog"]),
        ("Coffee grinder. Gas stove.", ["Has a gas stove"]),
        ("Rowing plan. Climber, not boulderer.", ["Is a climber, not a boulderer"]),
        ("40 litre, heated, hard water.", ["Has a 40-litre heated tank", "Has hard water"]),
        ("Need a lawyer. Divorced, two kids, renting.", ["Is divorced", "Has two kids", "Is renting"]),
        ("i study from home most days, small back bedroom, no heating", ["Has a small back bedroom with no heating"]),
    ],
)
def test_a_setup_list_is_read_as_facts(extractor: OfflineExtractor, text: str, expected: list[str]) -> None:
    got = said(extractor, text)
    for memory in expected:
        found = [c for c in got if c.text == memory]
        assert found and found[0].kind is MemoryKind.fact, f"{memory!r} in {[(c.text, c.kind.value) for c in got]}"
    assert not [c for c in got if c.kind in (MemoryKind.preference, MemoryKind.dislike) and "no " in c.text.lower()]


def test_the_thing_named_first_is_what_the_user_is_after(extractor: OfflineExtractor) -> None:
    got = facts(said(extractor, "Laptop stand. Oak desk."))
    assert "Has an oak desk" in got and not any("stand" in t.lower() for t in got)
    assert setup_facts(read_parts("Standing desk. Under $400. Sturdy.")) == ({}, set())  # a price: the desk is wanted
    assert setup_facts(read_parts("Gaming chair, under $300, leather.")) == ({}, set())


@pytest.mark.parametrize(
    "text",
    [
        "No isekai.",
        "No Google. Privacy.",
        "Original pressings only. No reissues.",
        "Budget 15k.",
        "Under $400. Sturdy.",
        "Not lithium. Food-safe only.",
        "Xbox only. No PC.",
        "Freestanding.",
        "Desk.",
        "Need a new desk, something cheap.",
        "LUTs, power windows, the whole deal",  # a tool's jargon, no "Has a power windows"
    ],
)
def test_limits_of_taste_wishes_and_bare_things_are_no_setup(extractor: OfflineExtractor, text: str) -> None:
    assert setup_facts(read_parts(text)) == ({}, set())
    assert not [t for t in facts(said(extractor, text)) if t.startswith(("Has no", "Lives in", "Is a"))]


def test_a_pick_among_offered_options_stays_the_choice_rules(extractor: OfflineExtractor) -> None:
    options = "Two options:\n1. A glass desk - light, modern\n2. An oak desk - warm, sturdy"
    assert setup_facts(read_parts("The glass desk.", options)) == ({}, set())
    assert not any(t.startswith("Has") for t in facts(said(extractor, "Glass desk.", options)))


def test_a_single_phrase_the_terse_fragments_read_is_left_to_them() -> None:
    assert setup_facts(read_parts("Small balcony, mostly shade")) == ({}, set())
    assert setup_facts(read_parts("Two kids, 6 and 9")) == ({}, set())


def test_a_list_read_in_part_is_left_open_to_the_reader() -> None:
    drafts, whole = setup_facts(read_parts("Pescatarian, two kids."))
    assert [d.text for ds in drafts.values() for d in ds] == ["Has two kids"] and whole == set()
    drafts, whole = setup_facts(read_parts("Bike insurance. Studio, no car, no dog."))
    assert whole == {"Studio, no car, no dog."}
    assert setup_facts(read_parts("vegan. no honey either.")) == ({}, set())  # a diet: the reader's constraint


def test_a_clause_with_someone_elses_statement_is_no_setup_list() -> None:
    assert setup_facts(read_parts("My son he wants a robot cake for his party, 6 kids of 8 years.")) == ({}, set())

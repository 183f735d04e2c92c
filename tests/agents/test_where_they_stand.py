"""Issue 13, twenty-ninth pass: where the user stands in life, said once (a course, a lay-off, a home bought, what
they never learned or cannot do, a team, a membership, who they travel with), a bad reaction to a drink said with
an adjective ("a pounding headache"), a way of buying taken up ("I'm trying to buy all my clothes secondhand this
year"), "I travel carry-on only" worded as the user's way, and "super into". Before it the rules read none of these
(or, for "I travel carry-on only", wrote "Prefers i travel carry-on only")."""

from __future__ import annotations

import pytest

from agents.offline.given_up import endings
from agents.offline.reader import read_turn
from memory.types import MemoryKind

P, D, F, C = MemoryKind.preference, MemoryKind.dislike, MemoryKind.fact, MemoryKind.constraint


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn) if not d.ends]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I'm doing a part-time MBA.", "Is doing a part-time MBA", F),
        ("I'm doing my PhD in ecology.", "Is doing a PhD in ecology", F),
        ("I just got laid off.", "Was recently laid off", F),
        ("We just bought our first house.", "Bought their first house", F),
        ("I finally bought a flat.", "Bought a flat", F),
        ("I never learned to drive.", "Never learned to drive", C),
        ("I can't cook to save my life.", "Can't cook", F),
        ("We homeschool.", "Homeschools their kids", F),
        ("I support Liverpool.", "Supports Liverpool", P),
        ("I support the Yankees, so no Red Sox stuff.", "Supports the Yankees", P),
        ("I'm a Costco member.", "Is a Costco member", F),
        ("I have Global Entry.", "Has Global Entry", F),
        ("We travel with a baby.", "Travels with a baby", F),
        ("I'm debt free.", "Is debt free", F),
        ("I'm 8 weeks postpartum.", "Is 8 weeks postpartum", F),
        ("I'm a cheese fiend.", "Is a cheese fiend", P),
        ("I'm a gym rat.", "Is a gym rat", F),
        ("I'm super into bouldering right now.", "Is into bouldering", P),
        ("I travel carry-on only.", "Travels carry-on only", P),
        ("Big tannic reds give me a pounding headache every time.", "Big tannic reds give them a pounding headache", C),
        ("I'm trying to buy pretty much all my clothes secondhand this year.", "Buys all their clothes secondhand", P),
    ],
)
def test_a_standing_said_once_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read(turn) == [(text, kind)]


def test_a_headache_after_a_chatty_lead_names_the_drink() -> None:
    turn = "ok so big tannic stuff gives me a pounding headache every single time, so no young Barolo"
    assert ("Big tannic stuff gives them a pounding headache", C) in _read(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "Should I do an MBA?",
        "My wife is doing a PhD.",
        "I was doing a degree but dropped out years ago.",
        "My brother just got laid off.",
        "If I got laid off, what would I do?",
        "I got laid off in 2009 and it was rough.",
        "I bought a house for my mom.",
        "My parents just bought a house.",
        "I never learned to drive stick.",
        "Should we homeschool?",
        "I support remote work.",
        "I support the idea.",
        "I'm a member of staff?",
        "We're traveling with a baby next month.",
        "I travel with my dog this time.",
        "I'm trying to buy a car this year.",
        "I'm a fan.",
        "I'm a real nut about it.",
        "It gives me a headache.",
    ],
)
def test_someone_elses_a_question_a_plan_or_a_past_is_no_standing(turn: str) -> None:
    assert not [
        t
        for t, _ in _read(turn)
        if t.startswith(("Is doing", "Was recently", "Bought", "Never learned", "Homeschools", "Supports", "Travels"))
        or t in ("Is a fan", "Is a real nut", "Buys a car")
        or "headache" in t
    ]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("Pet-friendly flats only.", "Needs pet-friendly flats", C),
        ("Gluten-free places only please.", "Needs gluten-free places", C),
        ("Step-free access only.", "Needs step-free access", C),
        ("Never front row seats. Too close for me.", "Avoids front row seats", D),
        ("I deleted Instagram two years ago.", "Doesn't use Instagram", C),
        ("I quit Facebook last year.", "Doesn't use Facebook", C),
        ("I deleted all social media.", "Doesn't use social media", C),
        ("I want to learn tango.", "Wants to learn tango", P),
        ("but now I want learn tango.", "Wants to learn tango", P),
        ("I'd love to learn Japanese.", "Wants to learn Japanese", P),
        ("I'd love to learn to surf.", "Wants to learn to surf", P),
    ],
)
def test_a_need_an_app_left_or_a_skill_wanted_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in _read(turn)


def test_an_app_left_ends_the_memory_that_the_user_uses_it() -> None:
    ended = [d.text for d in endings("I deleted Instagram two years ago.")]
    assert ended == ["Uses Instagram"]


@pytest.mark.parametrize(
    "turn",
    [
        "Never gonna happen.",
        "Never say never.",
        "I left Facebook open.",
        "Should I quit TikTok?",
        "My son deleted Instagram.",
        "I quit Facebook for Lent.",
        "I want to learn how to fix my sink.",
        "I want to learn about black holes.",
        "I want to learn more.",
        "I want to learn piano someday.",
        "Do I want to learn Rust?",
        "My son wants to learn piano.",
    ],
)
def test_a_saying_a_moment_or_a_request_to_learn_is_none_of_these(turn: str) -> None:
    assert not [t for t, _ in _read(turn) if t.startswith(("Avoids", "Doesn't use", "Wants to learn"))]


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("i only watch subbed, dubs ruin the voices for me", [("Only watches subbed", P), ("Dislikes dubs", D)]),
        (
            "I only eat organic, the cheap stuff makes me sick.",
            [("Only eats organic", P), ("Cheap stuff makes them sick", C)],
        ),
        ("Not lithium. Food-safe only.", [("Needs food-safe", C)]),
    ],
)
def test_a_clause_of_its_own_after_a_habit_is_read_on_its_own(turn: str, said: list[tuple[str, MemoryKind]]) -> None:
    assert [s for s in _read(turn) if s in said] == said


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("my book club picked a 900 page fantasy novel. kill me.", "Is a member of a book club", F),
        ("My choir is doing Messiah.", "Sings in a choir", F),
        ("i hav 2 dogs and a cat", "Has 2 dogs", F),
        ("We are muslim family.", "Is a muslim family", F),
        ("Always I take the bus.", "Always takes the bus", P),
        ("I'm in sales.", "Works in sales", F),
        ("I'm a civil servant.", "Is a civil servant", F),
        ("I share a flat with three people.", "Shares a flat with three people", F),
        ("I live off-grid.", "Lives off-grid", F),
    ],
)
def test_a_group_a_field_or_a_learners_wording_is_read(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in _read(turn)


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I'm in IT, so skip basics.", "Lives in IT"),  # a field of work, not a place
        ("my old book club read it.", "Is a member of a book club"),
        ("My wife's book club meets Tuesdays.", "Is a member of a book club"),
        ("I'm in Paris for the week.", "Works in Paris"),
    ],
)
def test_a_field_is_no_place_and_someone_elses_group_is_not_the_users(turn: str, text: str) -> None:
    assert text not in [t for t, _ in _read(turn)]


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I eat halal.", "Eats halal", C),  # was "Follows a halal"
        ("I follow halal.", "Follows a halal diet", C),
        ("I keep kosher.", "Keeps kosher", C),
        ("I eat out a lot.", "Eats out a lot", P),
        ("I order takeaway most nights.", "Orders takeaway most nights", P),
        ("I'm a workaholic.", "Is a workaholic", F),
    ],
)
def test_a_diet_and_a_habit_of_eating_out_are_worded_whole(turn: str, text: str, kind: MemoryKind) -> None:
    assert _read(turn) == [(text, kind)]


def test_a_question_about_eating_out_is_no_habit() -> None:
    assert _read("Should I eat out a lot?") == []


def test_an_option_said_to_be_out_is_not_picked() -> None:
    options = "Some ideas: a pottery class, a cooking workshop, or a wine tasting."
    said = _read_after(options, "wine tasting is out, I don't drink")
    assert ("Prefers a wine tasting", P) not in said and ("Doesn't drink", C) in said


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I'm quite crafty.", "Is crafty"),
        ("I'm pretty handy.", "Is handy"),
        ("I'm not very sporty.", "Is not very sporty"),
    ],
)
def test_a_knack_said_as_an_adjective_is_a_trait(turn: str, text: str) -> None:
    assert _read(turn) == [(text, F)]


@pytest.mark.parametrize(
    ("turn", "text", "context"),
    [
        ("in English please, my French is bad", "Prefers answers in English", ""),  # not "in English please"
        ("for work emails please, keep it formal", "Prefers a formal tone", "for work emails"),
    ],
)
def test_please_is_no_part_of_a_situation(turn: str, text: str, context: str) -> None:
    said = read_turn(turn, "Here's the answer in French.")  # a reaction to an answer
    assert [(d.text, d.context) for d in said if d.text == text] == [(text, context)]


def _read_after(assistant: str, turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn, assistant) if not d.ends]

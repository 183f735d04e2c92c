"""Issue 13, thirty-second pass: a fourth batch of everyday conversations tried on the real stack. What read
nothing or read wrong: an option named as had already ("read mistborn already" had read "Prefers Mistborn"), shift
work with its trade, a change of career, debt, a missing background, and "eggs make me feel sick"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn

BOOKS = "Try The Stormlight Archive, Mistborn, The Wheel of Time, or The Broken Earth trilogy."
SHOWS = "Try Breaking Bad, The Wire, or Succession."


def _texts(turn: str, previous: str | None = None) -> list[str]:
    return sorted(d.text for d in read_turn(turn, previous))


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("read mistborn already, loved it. nothing over 1000 pages though", ["Liked Mistborn"]),
        ("already read mistborn, loved it. what else?", ["Liked Mistborn"]),
        ("read mistborn already", ["Has already read Mistborn"]),
    ],
)
def test_an_option_had_already_is_no_pick(turn: str, texts: list[str]) -> None:
    assert _texts(turn, BOOKS) == texts


def test_a_verdict_on_an_option_had_already() -> None:
    assert _texts("seen breaking bad already, hated it", SHOWS) == ["Disliked Breaking Bad"]
    assert _texts("seen breaking bad, the wire sounds good", SHOWS) == ["Has already seen Breaking Bad"]
    assert _texts("Mistborn please", BOOKS) == ["Prefers Mistborn"]  # a pick stays a pick
    assert _texts("read mistborn already", "Mistborn is a good start.") == []  # one thing offered: no list


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        (
            "I work rotating shifts as a paramedic so a fixed schedule isn't possible",
            ["Works rotating shifts as a paramedic"],
        ),
        ("I work nights as an ER nurse", ["Works nights as an ER nurse"]),
        ("I work from home as well", ["Works from home"]),
        ("I work split shifts", ["Works split shifts"]),
    ],
)
def test_shift_work_keeps_its_trade(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        (
            "I'm switching careers from teaching to product management",
            ["Is changing careers from teaching to product management"],
        ),
        ("I'm switching from 8 years in teaching so no PM experience", ["Is changing careers from teaching"]),
        ("I'm transitioning from a career in law to software", ["Is changing careers from law to software"]),
        ("I'm switching from iPhone to Android", []),
        ("I play piano from 5 years", ["Plays piano"]),  # learner English for "for 5 years" still reads
    ],
)
def test_a_change_of_career(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("I still have about 8k on a credit card at 24%", ["Has about 8k of credit card debt at 24%"]),
        ("I have 20k in student loan debt", ["Has 20k of student loan debt"]),
        ("I have 2 credit cards", []),
    ],
)
def test_debt_the_user_carries(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("I have small hands and zero musical background", ["Has no musical background", "Has small hands"]),
        ("I have no PM experience", ["Has no PM experience"]),
        ("I have no real experience", []),
        ("eggs make me feel sick", ["Eggs make them sick"]),
        ("dairy makes me sick", ["Dairy makes them sick"]),
    ],
)
def test_background_and_what_the_body_does_not_take(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("i only play on switch myself, mostly cozy games", ["Likes cozy games", "Plays on Switch"]),
        ("we play on switch", ["Plays on Switch"]),
        ("I game on a PS5", ["Plays on PS5"]),
        ("I play on a team", []),
        ("we play on Sundays", []),
    ],
)
def test_where_the_user_plays_games(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("my kids are 3 and 6", ["Has kids aged 3 and 6"]),
        ("I have three kids, 2, 5 and 9", ["Has three kids aged 2, 5 and 9"]),
        ("my kids are 30 and 35 kg", ["Has kids"]),
    ],
)
def test_childrens_ages_said_with_them(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


def test_childrens_ages_said_back_to_a_request_about_them() -> None:
    fort = "Build a blanket fort, bake cookies, or do a treasure hunt."
    said = read_turn("they're 3 and 6, the little one gets bored fast", fort, "ideas for a rainy day with the kids?")
    assert [d.text for d in said] == ["Has kids aged 3 and 6"]
    assert read_turn("they're 3 and 6", "Lego or books.", "what should I get my sister's kids?") == []
    assert read_turn("they're 3 and 6", "About 5 euros.", "how much are the tickets?") == []


def test_not_handy_at_all() -> None:
    assert _texts("I'm not handy at all so I'll take it to a shop") == ["Is not handy"]
    assert _texts("I'm not sporty at all") == ["Is not sporty"]

"""Issue 13, thirty-second pass: a sixth batch of everyday conversations tried on the real stack. What read wrong:
"early it is" after "Early mornings and late evenings are quietest" had read "Prefers Early", "direct for sure" had
read "Prefers JAL fly direct", "allergic to shellfish sorry" kept its "sorry", "coldplay, three hours standing is too
much" had read "Finds coldplay, three hours standing too much"; what read nothing: "the boutique one" after three
hotels described between semicolons, "I'm breastfeeding"."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn

GYM = "Early mornings and late evenings are usually quietest; lunchtime and 5-7pm are busiest."
FLIGHTS = "ANA and JAL fly direct from London in about 14 hours; Finnair via Helsinki is cheaper but longer."
HOTELS = (
    "Hotel Arts is a luxury beachfront option; Casa Camper is a boutique hotel in El Raval; Generator is a budget "
    "hostel."
)
SHOWS = "Taylor Swift's show is a three-hour production; Coldplay is shorter with a big singalong vibe."


def _texts(turn: str, previous: str | None = None, query: str | None = None) -> list[str]:
    return sorted(d.text for d in read_turn(turn, previous, query))


def test_a_way_said_back_is_no_pick_even_with_a_capital() -> None:
    said = _texts("early it is, crowds stress me out", GYM, "best time to go to the gym?")
    assert said == ["Finds crowds stressful"]
    assert _texts("direct for sure, I hate layovers", FLIGHTS, "flights to Tokyo next month?") == ["Hates layovers"]


def test_a_pick_among_things_described_between_semicolons() -> None:
    said = _texts("the boutique one. i travel for work alot", HOTELS, "find me a hotel in barcelona")
    assert "Prefers Casa Camper, a boutique hotel in El Raval" in said


def test_two_parts_between_semicolons_are_no_list() -> None:
    laptops = "The MacBook Air is lighter; the ThinkPad has a better keyboard and runs Linux well."
    assert _texts("ThinkPad I guess", laptops, "Should I get a MacBook Air or a ThinkPad?") == ["Prefers the ThinkPad"]


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("i am allergic to shellfish sorry", ["Is allergic to shellfish"]),
        ("I'm breastfeeding", ["Is breastfeeding"]),
        ("I'm nursing so no alcohol", ["Is breastfeeding"]),
        ("I'm nursing a cold", []),
        ("I'm a nursing student", ["Is a nursing student"]),
    ],
)
def test_what_the_sixth_batch_said(turn: str, texts: list[str]) -> None:
    assert _texts(turn) == texts


def test_what_is_too_much_is_the_last_piece() -> None:
    said = _texts("coldplay, three hours standing is too much for my back", SHOWS, "Taylor Swift or Coldplay?")
    assert "Finds three hours standing too much" in said


TOAST = "Here's a draft: Ladies and gentlemen, it is my great honour to stand here today..."


def test_a_tone_said_of_a_text_holds_for_that_kind_of_text() -> None:
    (d,) = read_turn(
        "way too formal, we're a super casual bunch", TOAST, "help me write a toast for my friend's wedding"
    )
    assert (d.text, d.context) == ("Prefers a casual, friendly tone", "when writing a speech or toast")
    (d,) = read_turn("too formal", "Dear Mr. Smith, I hope you are well...", "Write an email to my landlord")
    assert d.context == "when writing an email"


def test_a_tone_said_of_an_explanation_stays_general() -> None:
    said = read_turn("too formal, talk to me like a friend", "DNS is like a phone book...", "explain DNS")
    assert ("Prefers a casual, friendly tone", "") in [(d.text, d.context) for d in said]

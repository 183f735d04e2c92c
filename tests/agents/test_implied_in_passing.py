"""Issue 13, twenty-eighth pass: who the user is, implied by a duty or a stage said in passing: the school run
("after I pick up the kids from school": Has children in school), a treatment ("After my chemo sessions I can
barely eat": Is having chemotherapy), a flock, guests hosted on Airbnb. Not someone else's ("My sister picks up the
kids from school") or what is over ("my chemo was hard")."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("I need something I can cook after I pick up the kids from school.", "Has children in school"),
        ("I drop my daughter off at daycare at 8.", "Has young children in daycare"),
        ("After my chemo sessions I can barely eat.", "Is having chemotherapy"),
        ("my IVF clinic called", "Is going through IVF"),
        ("My flock of chickens keeps escaping.", "Keeps a flock"),
        ("Our Airbnb guests always ask about parking.", "Hosts guests on Airbnb"),
    ],
)
def test_a_duty_or_a_stage_said_in_passing(turn: str, text: str) -> None:
    assert text in [d.text for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn", ["My sister picks up the kids from school.", "my chemo was hard", "if I had a flock I'd name them all"]
)
def test_someone_elses_or_what_is_over(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith(("Has children", "Is having", "Keeps a flock"))]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Planning my 30th! I want something low-key, small dinner with close friends.", "Is turning 30"),
        ("celebrating my 40th birthday next week", "Is turning 40"),
        ("my 50th is in May", "Is turning 50"),
    ],
)
def test_a_birthday_with_its_age(turn: str, text: str) -> None:
    assert text in [d.text for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn", ["Planning my son's 10th.", "My 3rd attempt.", "Planning my 30th wedding anniversary."]
)
def test_someone_elses_birthday_a_count_or_an_anniversary_is_no_age(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith("Is turning")]

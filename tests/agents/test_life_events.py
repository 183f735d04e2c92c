"""Life events of the user's own (a wedding, a baby, retiring, graduating, a holiday they host), a new start of a
pastime and a move said in the present for the future are facts in careful words; a one-off act, someone else's
event, a question or a hypothetical is none (issue 13)."""

from __future__ import annotations

import pytest

from agents.extract.gate import reveals_something
from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm getting married in June (!!!) so the first dance matters.", "Is getting married in June"),
        ("I am getting married next year", "Is getting married next year"),
        ("I'm engaged!", "Is engaged"),
        ("I got married in 2010.", "Is married"),
        ("I just got married", "Recently got married"),
        ("I'm planning my wedding and need a caterer", "Is planning a wedding"),
        ("I'm expecting a baby in March", "Is expecting a baby in March"),
        ("I'm expecting our second in the spring", "Is expecting their second child in the spring"),
        ("I just had a baby", "Recently had a baby"),
        ("I'm retiring next year", "Is retiring next year"),
        ("I just retired", "Recently retired"),
        ("I'm graduating from Ohio State in May", "Is graduating from Ohio State in May"),
        ("I just graduated from college", "Recently graduated from college"),
        ("I'm turning 40 next month", "Is turning 40 next month"),
        ("I'm hosting Thanksgiving for 12 people", "Is hosting Thanksgiving"),
        ("I'm hosting Christmas dinner this year", "Is hosting Christmas dinner this year"),
    ],
)
def test_a_life_event_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I just started pottery classes", "Recently started pottery classes"),
        ("I recently started learning Spanish", "Recently started learning Spanish"),
        ("I took up running last year", "Took up running last year"),
        ("I just started my PhD", "Recently started their PhD"),
        ("I've started composting in the backyard", "Has started composting in the backyard"),
    ],
)
def test_a_new_start_is_a_fact(sentence: str, expected: str) -> None:
    assert reveals_something(sentence)
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Now I move to Stockholm.", "Is moving to Stockholm"),
        ("Now I move to a small apartment", "Is moving to a small apartment"),
        ("I move to Berlin next month", "Is moving to Berlin"),
        ("Since 15 years I keep discus fish, it is my passion.", "Keeps discus fish"),
    ],
)
def test_non_native_time_phrasing_is_read(sentence: str, expected: str) -> None:
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [("fact", expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "my sister is getting married in June",
        "If I got married, would I need to change my name?",
        "Is it normal that I'm expecting twins?",
        "I'm hosting a party tonight, any snack ideas?",
        "I just started the download",
        "I just started cooking dinner",
        "I started reading your answer",
        "should I start running?",
        "I move to the couch when I'm tired",
        "I retire the old pans every year",
        "I'm turning 40 pages into a summary",
    ],
)
def test_no_life_event_without_one(sentence: str) -> None:
    assert read_turn(sentence) == []


def test_an_event_said_as_a_time_is_left_to_the_reader() -> None:
    assert not any(d.text == "Is retired" for d in read_turn("I've been tracing my family tree since I retired."))


def test_a_new_start_is_what_a_later_it_stands_for() -> None:
    found = [(d.kind.value, d.text) for d in read_turn("I just started pottery classes and love it")]
    assert ("fact", "Recently started pottery classes") in found
    assert ("preference", "Loves pottery classes") in found
    assert [(d.kind.value, d.text) for d in read_turn("I am a teacher and love it")] == [("fact", "Is a teacher")]

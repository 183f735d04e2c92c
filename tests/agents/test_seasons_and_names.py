"""Issue 13, thirtieth pass: a season said bare in front of the statement is its situation ("Winter I ski, summer I
climb" -> Skis in winter, Climbs in summer), "for everything else" is one situation (it had read "Prefers else Apple
Watch" for everything), and a name of two capitalised words keeps its capitals when the reader's path restates it
("Prefers Apple Watch", not "Prefers apple Watch")."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from agents.offline.restate import restate


def _said(turn: str) -> list[tuple[str, str]]:
    return [(d.text, d.context) for d in read_turn(turn)]


def test_a_bare_season_in_front_is_the_situation() -> None:
    assert _said("Winter I ski, summer I climb.") == [("Skis", "in winter"), ("Climbs", "in summer")]


def test_a_season_said_of_the_weather_is_no_situation() -> None:
    assert _said("Summers are hot here.") == []


def test_everything_else_is_one_situation() -> None:
    said = _said("For running I use Garmin, for everything else Apple Watch.")
    assert said == [("Uses Garmin", "for running"), ("Prefers Apple Watch", "for everything else")]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Apple Watch", "Prefers Apple Watch"),
        ("New York bagels", "Prefers New York bagels"),
        ("TypeScript", "Prefers TypeScript"),
        ("Window seat", "Prefers window seat"),
    ],
)
def test_a_name_keeps_its_capitals_and_a_common_word_loses_its_first(body: str, text: str) -> None:
    assert restate(body, "preference")[0] == text

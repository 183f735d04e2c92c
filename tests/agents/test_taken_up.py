"""Issue 13, thirtieth pass: a start of the user's own after "and" with its "I" left out ("I'm 52 and just started
adult ballet"), "I got back into chess", "I'm teaching myself to code", "I dabble in watercolor". Before it the
rules read none of these (the first read only the age)."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

F, P = MemoryKind.fact, MemoryKind.preference


def _read(turn: str) -> list[tuple[str, MemoryKind]]:
    return [(d.text, d.kind) for d in read_turn(turn) if not d.ends]


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("I'm 52 and just started adult ballet.", [("Is in their 50s", F), ("Recently started adult ballet", F)]),
        ("I work nights and just took up yoga.", [("Works nights", F), ("Recently took up yoga", F)]),
        ("I got back into chess this year.", [("Has gotten back into chess this year", P)]),
        ("I'm teaching myself to code.", [("Is teaching themselves to code", F)]),
        ("I dabble in watercolor.", [("Dabbles in watercolor", F)]),
    ],
)
def test_a_start_a_comeback_or_a_dabble_is_read(turn: str, said: list[tuple[str, MemoryKind]]) -> None:
    assert _read(turn) == said


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        ("My son is 8 and just started piano.", [("Has a son", F)]),
        ("The class is new and just started last week.", []),
        ("I got back into town yesterday.", []),
        ("I got into bed early.", []),
    ],
)
def test_someone_elses_start_or_a_place_got_into_is_not_a_hobby(turn: str, said: list[tuple[str, MemoryKind]]) -> None:
    assert _read(turn) == said

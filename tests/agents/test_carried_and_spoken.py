"""Issue 13, twenty-eighth pass: an aid the user carries ("I carry an EpiPen": a constraint, as "I use an inhaler"
is) and a language spoken a little ("I speak Spanish and a little Italian" had lost the Italian)."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn
from memory.types import MemoryKind

C, F = MemoryKind.constraint, MemoryKind.fact


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I carry an EpiPen.", "Carries an EpiPen", C),
        ("I carry an epipen for my peanut allergy.", "Carries an EpiPen", C),
        ("I use an inhaler.", "Uses an inhaler", C),
        ("I speak Spanish and a little Italian.", "Speaks Spanish and a little Italian", F),
        (
            "I speak English, a little bit of French and rusty German.",
            "Speaks English, a little bit of French and rusty German",
            F,
        ),
    ],
)
def test_an_aid_carried_and_a_language_spoken_a_little(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in [(d.text, d.kind) for d in read_turn(turn)]


def test_someone_elses_aid_is_theirs() -> None:
    assert [d.text for d in read_turn("My son carries an EpiPen.")] == ["Has a son"]

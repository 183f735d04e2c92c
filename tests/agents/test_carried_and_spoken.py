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


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("I've had two knee surgeries.", "Had two knee surgeries", F),
        ("I've had knee surgery.", "Had knee surgery", F),
        ("I've had three c-sections.", "Had three c-sections", F),
        ("Sober 5 years.", "Has been sober for 5 years", C),
        ("5 years sober today!", "Has been sober for 5 years", C),
        ("Sober for about two years.", "Has been sober for two years", C),
    ],
)
def test_operations_counted_and_sobriety_said_tersely(turn: str, text: str, kind: MemoryKind) -> None:
    assert (text, kind) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize("turn", ["My dad had two knee surgeries.", "Sober October.", "2 years."])
def test_someone_elses_operation_or_a_month_of_abstaining_is_not_the_users(turn: str) -> None:
    assert not [d.text for d in read_turn(turn) if d.text.startswith(("Had", "Has been sober"))]

"""A statement with its "I" left out ("Hate phone calls.", "Prefer email over calls.") is read as the user's own;
a reaction to the answer, a lead-in or a wish for someone else is not ("Love this!", "Hate to say it", "Enjoy your
weekend!")."""

from __future__ import annotations

import pytest

from agents.offline.reader import read_turn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hate phone calls.", ("dislike", "Hates phone calls")),
        ("Prefer email over calls.", ("preference", "Prefers email over calls")),
        ("Hate the cold.", ("dislike", "Hates the cold")),
    ],
)
def test_a_statement_without_its_subject(sentence: str, expected: tuple[str, str]) -> None:
    assert [(d.kind.value, d.text) for d in read_turn(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["Love this!", "Love the suggestions, thanks", "Hate to say it but that is wrong", "Enjoy your weekend!"],
)
def test_a_reaction_or_a_lead_in_is_no_statement(sentence: str) -> None:
    assert not read_turn(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Allergic to dust mites. Best mattress cover?", ("constraint", "Is allergic to dust mites")),
        ("Gluten-free. Strictly.", ("constraint", "Is gluten-free")),
        ("vegan. no honey either.", ("constraint", "Is vegan")),
    ],
)
def test_a_diet_or_an_allergy_said_alone(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.kind.value, d.text) for d in read_turn(sentence)]


@pytest.mark.parametrize(
    "sentence", ["Vegan options near me?", "Vegan restaurants in Lyon", "Gluten-free pasta recipes"]
)
def test_a_diet_naming_what_is_asked_for_is_no_statement(sentence: str) -> None:
    assert not read_turn(sentence)

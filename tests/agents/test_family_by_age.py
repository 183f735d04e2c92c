"""A child named by its age alone ("my 10 year old just discovered Pokémon") is a family fact, as "my son" is."""

from __future__ import annotations

import pytest

from agents.offline.possessions import family_and_pets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my 10 year old just discovered Pokémon and now she wants anime", "Has a 10-year-old child"),
        ("my 6-year-old and I bake on Sundays", "Has a 6-year-old child"),
        ("Any ideas for my 5 year old?", "Has a 5-year-old child"),
        ("my 3 month old is teething", "Has a 3-month-old child"),
    ],
)
def test_a_child_named_by_age(sentence: str, expected: str) -> None:
    assert [d.text for d in family_and_pets(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "my 10 year old laptop died",  # the age of a thing
        "my 8 year old loves dinosaurs",  # the child's taste: someone else's, the turn teaches nothing
        "I'll check with my 16 year old first",
    ],
)
def test_not_a_child_or_not_the_users_matter(sentence: str) -> None:
    assert not any("child" in d.text for d in family_and_pets(sentence))
